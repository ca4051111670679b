// 要素式答辩 as an event form: for each element the complaint states, the party admits, denies or explains (with its
// own figure where it differs); items left open are established at the hearing.
import { Alert, Card, Form, Input, Radio, Spin, Typography } from 'antd';
import type { CaseElementsResponse } from '../../contracts/elements';
import { elementOf, type ElementSchema } from '../../domain/elements/elementSchema';
import { schemaByKey } from '../../domain/elements/registry';
import { useApiGet } from '../api/useApiGet';
import { PartyField } from '../caseDetail/eventForms/pleadingForms';
import type { EventFieldsProps, EventForm, FormValues } from '../caseDetail/eventForms/types';
import { useI18n } from '../i18n/i18n';
import { ElementInput, elementRule } from './ElementFields';
import { AtLeastOne } from './AtLeastOne';
import { useElementText } from './elementMessages';

const DEFENDING = ['defendant', 'thirdParty'] as const;

function AnswerRow({ schema, element, claimed }: { schema: ElementSchema; element: string; claimed: string }) {
  const { pick } = useI18n();
  const te = useElementText();
  const def = elementOf(schema, element)!;
  const stance = Form.useWatch(['answers', element, 'stance']) as string | undefined;
  return (
    <Card size="small" style={{ marginBottom: 8 }} data-testid={`answer-${element}`}>
      <Typography.Text strong>{pick(def.label)}</Typography.Text>
      <div style={{ margin: '4px 0 8px' }}>
        {te('elements.claimed')}：{claimed}
      </div>
      <Form.Item name={['answers', element, 'stance']} style={{ marginBottom: stance && stance !== 'admit' ? 8 : 0 }}>
        <Radio.Group optionType="button" options={(['admit', 'deny', 'explain'] as const).map((s) => ({ value: s, label: te(`elements.${s}`) }))} />
      </Form.Item>
      {stance && stance !== 'admit' && (
        <Form.Item name={['answers', element, 'note']} label={te('elements.note')} rules={stance === 'explain' ? [{ required: true, whitespace: true, message: te('elements.noteRequired') }] : []} style={{ marginBottom: 8 }}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      )}
      {stance === 'explain' && def.type !== 'text' && (
        <Form.Item name={['answers', element, 'value']} label={te('elements.ownValue')} rules={[elementRule(def, pick)]} style={{ marginBottom: 0 }}>
          <ElementInput def={def} />
        </Form.Item>
      )}
    </Card>
  );
}

function AnswerElementsFields({ detail, form }: EventFieldsProps) {
  const { pick } = useI18n();
  const te = useElementText();
  const r = useApiGet<CaseElementsResponse>(`/cases/${detail.id}/elements`);
  const elements = r.data?.elements;
  const schema = elements ? schemaByKey(elements.schema.key) : undefined;
  if (!elements || !schema) return <Spin />;
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={te('elements.answerHint')} />
      <PartyField detail={detail} standings={DEFENDING} />
      {elements.disputes.map((d) => (
        <AnswerRow key={d.element} schema={schema} element={d.element} claimed={pick(d.claimedText)} />
      ))}
      {/* At least one position: checked on a hidden field, since the answers are many fields. */}
      <AtLeastOne form={form} name="answered" message={te('elements.answerNone')} count={() => Object.keys(answersOf(form.getFieldsValue(true) as FormValues)).length} />
    </>
  );
}

/** The answers given: only elements with a position, a note or value only where one was given. */
function answersOf(v: FormValues): Record<string, { stance: string; note?: string; value?: unknown }> {
  const out: Record<string, { stance: string; note?: string; value?: unknown }> = {};
  for (const [key, a] of Object.entries((v.answers ?? {}) as Record<string, { stance?: string; note?: string; value?: unknown }>)) {
    if (!a?.stance) continue;
    const note = a.stance !== 'admit' ? a.note?.trim() : undefined;
    out[key] = { stance: a.stance, ...(note ? { note } : {}), ...(a.stance === 'explain' && a.value !== undefined && a.value !== '' ? { value: a.value } : {}) };
  }
  return out;
}

export const answerElementsForm: EventForm = {
  Fields: AnswerElementsFields,
  width: 720,
  initialValues: (detail) => {
    const mine = detail.parties.filter((p) => detail.myPartyIds.includes(p.id) && (DEFENDING as readonly string[]).includes(p.standing));
    return mine.length === 1 ? { partyId: mine[0]!.id } : {};
  },
  toInput: (v) => ({ partyId: v.partyId, answers: answersOf(v) }),
};
