// Filing step 3: where the chosen cause has an element schema, the wizard offers the element form above the claims,
// and drafts the claims and the facts from it (the filer may still edit them).
import { App, Alert, Button, Card, Form, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { draftClaims, draftFacts } from '../../domain/elements/elementText';
import { elementProblems } from '../../domain/elements/validateElements';
import { useI18n } from '../i18n/i18n';
import { ElementFields } from './ElementFields';
import { useElementText } from './elementMessages';
import { filledValues, schemaOfCause } from './elementForm';

const PREFIX = ['elements', 'values'];

/** Marks the element form's problems on their fields (the cross-element checks too); true when there are none. */
export function markElementProblems(form: FormInstance, pick: (b: { 'zh-CN': string; en: string }) => string): boolean {
  const schema = schemaOfCause(form.getFieldValue('causeId'));
  if (!schema || !form.getFieldValue(['elements', 'enabled'])) return true;
  const problems = elementProblems(schema, filledValues(schema, form.getFieldValue(PREFIX)));
  form.setFields(problems.map((p) => ({ name: [...PREFIX, p.element], errors: [pick(p.message)] })));
  if (problems[0]) form.scrollToField([...PREFIX, problems[0].element]);
  return problems.length === 0;
}

export function ElementComplaintFields() {
  const { pick } = useI18n();
  const te = useElementText();
  const { message } = App.useApp();
  const form = Form.useFormInstance();
  const cause = Form.useWatch('causeId', { preserve: true }) as { key?: string } | undefined;
  const enabled = Form.useWatch(['elements', 'enabled'], { preserve: true }) as boolean | undefined;
  const schema = schemaOfCause(cause);
  if (!schema) return null;

  const draft = () => {
    if (!markElementProblems(form, pick)) {
      message.warning(te('elements.draftIncomplete'));
      return;
    }
    const values = filledValues(schema, form.getFieldValue(PREFIX));
    form.setFieldsValue({ claims: draftClaims(schema, values), facts: draftFacts(schema, values) });
    message.success(te('elements.drafted'));
  };

  return (
    <Card size="small" style={{ marginBottom: 16 }} title={te('elements.complaintTitle')} data-testid="element-complaint">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={te('elements.complaintExplain', { schema: pick(schema.label) })} />
      <Form.Item name={['elements', 'enabled']} valuePropName="checked" label={te('elements.use')} initialValue={false}>
        <Switch data-testid="element-complaint-switch" />
      </Form.Item>
      {enabled === true && (
        <>
          <ElementFields schema={schema} prefix={PREFIX} />
          <Button type="primary" ghost onClick={draft} data-testid="element-draft">
            {te('elements.draft')}
          </Button>
        </>
      )}
    </Card>
  );
}
