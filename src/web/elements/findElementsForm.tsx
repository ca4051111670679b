// 要素认定 as an event form: the judge finds each disputed or unanswered element — as stated, with another value and
// its reason, or not established with its reason; elements left open are not found yet.
import { Alert, Card, Form, Input, Radio, Spin, Typography } from 'antd';
import type { CaseElementsResponse } from '../../contracts/elements';
import { elementOf, type ElementSchema } from '../../domain/elements/elementSchema';
import { schemaByKey } from '../../domain/elements/registry';
import { useApiGet } from '../api/useApiGet';
import type { EventFieldsProps, EventForm, FormValues } from '../caseDetail/eventForms/types';
import { useI18n } from '../i18n/i18n';
import { ElementInput, elementRule } from './ElementFields';
import { AtLeastOne } from './AtLeastOne';
import { useElementText } from './elementMessages';
import { StatusTag } from './ElementsTab';

type Dispute = NonNullable<CaseElementsResponse['elements']>['disputes'][number];

function FindingRow({ schema, d }: { schema: ElementSchema; d: Dispute }) {
  const { pick } = useI18n();
  const te = useElementText();
  const def = elementOf(schema, d.element)!;
  const choice = Form.useWatch(['findings', d.element, 'established']) as boolean | undefined;
  const value = Form.useWatch(['findings', d.element, 'value']) as unknown;
  const departs = choice === false || (choice === true && value !== undefined && value !== '' && value !== d.claimed);
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid={`finding-${d.element}`}>
      <Typography.Text strong>{pick(def.label)}</Typography.Text> <StatusTag status={d.status} />
      <div style={{ margin: '4px 0 8px' }}>
        {te('elements.claimed')}：{pick(d.claimedText)}
        {d.positions.map((p) => (
          <div key={p.partyId}>
            <Typography.Text type="secondary">
              {p.partyName}：{te(`elements.${p.stance}`)}
              {p.note ? `（${p.note}）` : ''}
            </Typography.Text>
          </div>
        ))}
      </div>
      <Form.Item name={['findings', d.element, 'established']} style={{ marginBottom: choice === undefined ? 0 : 8 }}>
        <Radio.Group optionType="button" options={[{ value: true, label: te('elements.established') }, { value: false, label: te('elements.notEstablished') }]} />
      </Form.Item>
      {choice === true && def.type !== 'text' && (
        <Form.Item name={['findings', d.element, 'value']} label={te('elements.foundValue')} rules={[elementRule(def, pick)]} style={{ marginBottom: 8 }}>
          <ElementInput def={def} />
        </Form.Item>
      )}
      {choice !== undefined && (
        <Form.Item name={['findings', d.element, 'note']} label={te('elements.findingNote')} rules={departs ? [{ required: true, whitespace: true, message: te('elements.findingNoteRequired') }] : []} style={{ marginBottom: 0 }}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      )}
    </Card>
  );
}

/** The findings chosen: an element with a choice, its value where given, its reason where written. */
function findingsOf(v: FormValues): Record<string, { established: boolean; value?: unknown; note?: string }> {
  const out: Record<string, { established: boolean; value?: unknown; note?: string }> = {};
  for (const [key, f] of Object.entries((v.findings ?? {}) as Record<string, { established?: boolean; value?: unknown; note?: string }>)) {
    if (f?.established === undefined) continue;
    const note = f.note?.trim();
    out[key] = { established: f.established, ...(f.established && f.value !== undefined && f.value !== '' ? { value: f.value } : {}), ...(note ? { note } : {}) };
  }
  return out;
}

function FindElementsFields({ detail, form }: EventFieldsProps) {
  const te = useElementText();
  const r = useApiGet<CaseElementsResponse>(`/cases/${detail.id}/elements`);
  const elements = r.data?.elements;
  const schema = elements ? schemaByKey(elements.schema.key) : undefined;
  if (!elements || !schema) return <Spin />;
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={te('elements.findHint')} />
      {elements.disputes
        .filter((d) => d.status !== 'undisputed')
        .map((d) => (
          <FindingRow key={d.element} schema={schema} d={d} />
        ))}
      <AtLeastOne form={form} name="found" message={te('elements.findNone')} count={() => Object.keys(findingsOf(form.getFieldsValue(true) as FormValues)).length} />
    </>
  );
}

export const findElementsForm: EventForm = {
  Fields: FindElementsFields,
  width: 720,
  toInput: (v) => ({ findings: findingsOf(v) }),
};
