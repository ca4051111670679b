// 记录送达, 指定举证期限 and 收到上诉答辩状: the facts from which the parties' own periods start (CPL-2023 arts 85, 171; CPL-Interp art 99).
import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Select, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CaseClock } from '../../../contracts/clock';
import { useApiGet } from '../../api/useApiGet';
import { SERVED_DOCUMENTS, SERVICE_METHODS } from '../../../domain/casetypes/eventInputs';
import { courtToday } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { compact, type EventFieldsProps, type EventForm } from './types';

/** The documents a form offers: a trial case's, or an execution case's notices (src/domain/casetypes/executionInputs.ts). */
type Documents = readonly string[];

const recordServiceFields = (documents: Documents) => function RecordServiceFields({ detail, form }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const method = Form.useWatch('method', form) as string | undefined;
  return (
    <>
      <Form.Item name="document" label={t('service.document')} rules={[{ required: true, message: t('service.documentRequired') }]}>
        <Select options={documents.map((d) => ({ value: d, label: t(`serviceDocument.${d}` as MessageKey) }))} />
      </Form.Item>
      <Form.Item name="partyIds" label={t('service.parties')} rules={[{ required: true, type: 'array', min: 1, message: t('service.partiesRequired') }]}>
        <Checkbox.Group options={detail.parties.map((p) => ({ value: p.id, label: `${pick(p.standingLabel)}：${p.name}` }))} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
      </Form.Item>
      <Form.Item name="servedOn" label={t('service.servedOn')} extra={t('service.servedOnHint')} rules={[{ required: true, message: t('deductionForm.dateRequired') }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="method" label={t('service.method')} rules={[{ required: true, message: t('service.methodRequired') }]}>
        <Select options={SERVICE_METHODS.map((m) => ({ value: m, label: t(`serviceMethod.${m}` as MessageKey) }))} />
      </Form.Item>
      {method === 'publicNotice' && (
        <Form.Item name="publicNoticeReason" label={t('service.publicNoticeReason')} extra={t('service.publicNoticeReasonHint')} rules={[{ required: true, whitespace: true, message: t('service.publicNoticeReasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
    </>
  );
};

export const recordServiceFormFor = (documents: Documents): EventForm => ({
  Fields: recordServiceFields(documents),
  initialValues: () => ({ servedOn: courtToday(), method: 'electronic' }),
  toInput: (v) =>
    compact({ document: v.document, partyIds: v.partyIds, servedOn: (v.servedOn as Dayjs).format('YYYY-MM-DD'), method: v.method, publicNoticeReason: v.method === 'publicNotice' ? v.publicNoticeReason : undefined }),
});

export const recordServiceForm = recordServiceFormFor(SERVED_DOCUMENTS);

function SetEvidencePeriodFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="days" label={t('evidence.days')} rules={[{ required: true, message: t('evidence.daysRequired') }]}>
        <InputNumber min={1} max={365} precision={0} />
      </Form.Item>
      <Form.Item name="noticeServedOn" label={t('evidence.noticeServedOn')} extra={t('evidence.noticeServedOnHint')}>
        <DatePicker />
      </Form.Item>
    </>
  );
}

export const setEvidencePeriodForm: EventForm = {
  Fields: SetEvidencePeriodFields,
  toInput: (v) => compact({ days: v.days, noticeServedOn: v.noticeServedOn ? (v.noticeServedOn as Dayjs).format('YYYY-MM-DD') : undefined }),
};

function ReceiveAppealDefenceFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  const clock = useApiGet<CaseClock>(`/cases/${detail.id}/clock`).data;
  const waiting = clock?.periods.filter((p) => p.kind === 'appelleeDefence' && p.status === 'running') ?? [];
  if (!clock) return <Spin />;
  if (!waiting.length) return <Alert type="warning" showIcon title={t('appealDefence.none')} />;
  return (
    <>
      <Form.Item name="partyId" initialValue={waiting.length === 1 ? waiting[0]!.partyId : undefined} label={t('appealDefence.party')} rules={[{ required: true, message: t('service.partiesRequired') }]}>
        <Select options={waiting.map((p) => ({ value: p.partyId, label: t('appealDefence.option', { name: p.partyName ?? '', due: p.dueOn ?? '' }) }))} />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('appealDefence.receivedOn')} rules={[{ required: true, message: t('deductionForm.dateRequired') }]}>
        <DatePicker />
      </Form.Item>
    </>
  );
}

export const receiveAppealDefenceForm: EventForm = {
  Fields: ReceiveAppealDefenceFields,
  initialValues: () => ({ receivedOn: courtToday() }),
  toInput: (v) => compact({ partyId: v.partyId, receivedOn: (v.receivedOn as Dayjs).format('YYYY-MM-DD') }),
};

const serveOnPlatformFields = (documents: Documents) => function ServeOnPlatformFields({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  return (
    <>
      <Alert type="info" showIcon title={t('platform.hint')} style={{ marginBottom: 16 }} />
      <Form.Item name="document" label={t('service.document')} rules={[{ required: true, message: t('service.documentRequired') }]}>
        <Select options={documents.map((d) => ({ value: d, label: t(`serviceDocument.${d}` as MessageKey) }))} />
      </Form.Item>
      <Form.Item name="partyIds" label={t('service.parties')} rules={[{ required: true, type: 'array', min: 1, message: t('service.partiesRequired') }]}>
        <Checkbox.Group options={detail.parties.map((p) => ({ value: p.id, label: `${pick(p.standingLabel)}：${p.name}` }))} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
      </Form.Item>
      <Form.Item name="attachmentId" label={t('platform.file')} extra={t('platform.fileHint')}>
        <Select allowClear options={detail.attachments.map((a) => ({ value: a.id, label: a.fileName }))} />
      </Form.Item>
    </>
  );
};

export const serveOnPlatformFormFor = (documents: Documents): EventForm => ({
  Fields: serveOnPlatformFields(documents),
  toInput: (v) => compact({ document: v.document, partyIds: v.partyIds, attachmentId: v.attachmentId }),
});

export const serveOnPlatformForm = serveOnPlatformFormFor(SERVED_DOCUMENTS);
