// 民申 event forms: registration before a collegial panel of the higher court, the respondent's written opinion
// (CPL-2023 art 214) and the ruling — dismissal, or retrial which opens the 民再 (art 215).
import { Form, Input, Radio, Select } from 'antd';
import type { Division, EligibleJudge } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useI18n } from '../../i18n/i18n';
import { SignedDocumentField, signedDocumentId } from './signedDocumentField';
import { compact, type EventFieldsProps, type EventForm } from './types';

function RegisterFields({ detail, form }: EventFieldsProps) {
  const { t } = useI18n();
  const divisionId = Form.useWatch('divisionId', form) as number | undefined;
  const divisions = useApiGet<Division[]>(`/courts/${detail.courtId}/divisions`);
  const judges = useApiGet<EligibleJudge[]>(divisionId ? `/cases/${detail.id}/eligible-judges?divisionId=${divisionId}` : null);
  const options = (judges.data ?? []).map((j) => ({ value: j.id, label: j.displayName }));
  const judge = (name: string, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('assign.judgeRequired') }]}>
      <Select disabled={!divisionId} loading={judges.loading} options={options} />
    </Form.Item>
  );
  return (
    <>
      <Form.Item name="divisionId" label={t('event.division')} rules={[{ required: true, message: t('event.divisionRequired') }]}>
        <Select loading={divisions.loading} options={(divisions.data ?? []).filter((d) => d.kind === 'civil').map((d) => ({ value: d.id, label: d.name }))} />
      </Form.Item>
      {judge('presidingJudgeId', t('retrial.presiding'))}
      {judge('member1', t('retrial.member'))}
      {judge('member2', t('retrial.member'))}
    </>
  );
}

export const registerRetrialReviewForm: EventForm = {
  Fields: RegisterFields,
  toInput: (v) => compact({ divisionId: v.divisionId, presidingJudgeId: v.presidingJudgeId, memberIds: [v.member1, v.member2], note: v.note }),
};

function OpinionFields() {
  const { t } = useI18n();
  return (
    <Form.Item name="opinion" label={t('retrial.opinion')} rules={[{ required: true, whitespace: true }]}>
      <Input.TextArea rows={5} maxLength={5000} showCount />
    </Form.Item>
  );
}

export const submitRetrialOpinionForm: EventForm = { Fields: OpinionFields, toInput: (v) => compact({ opinion: v.opinion }) };

function RuleFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="decision" label={t('retrial.decision')} rules={[{ required: true }]}>
        <Radio.Group options={[{ value: 'dismiss', label: t('retrial.dismiss') }, { value: 'retry', label: t('retrial.retry') }]} />
      </Form.Item>
      <Form.Item name="reasons" label={t('special.reasons')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <SignedDocumentField />
    </>
  );
}

export const ruleOnRetrialForm: EventForm = { Fields: RuleFields, toInput: (v) => compact({ decision: v.decision, reasons: v.reasons, documentId: signedDocumentId(v) }) };
