// The records 终本's checklist reads (ZHONGBEN arts 1(1), 1(5), 2, 5) and the service of the execution notices.
import { Alert, Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DEBTOR_WHEREABOUTS, PROPERTY_REPORT_MEASURES } from '../../../domain/execution/endOfRound';
import { EXECUTION_SERVED_DOCUMENTS } from '../../../domain/casetypes/executionInputs';
import { courtToday } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { recordServiceFormFor, serveOnPlatformFormFor } from './serviceForms';
import { compact, type EventFieldsProps, type EventForm } from './types';

export const recordExecutionServiceForm = recordServiceFormFor(EXECUTION_SERVED_DOCUMENTS);
export const serveExecutionDocumentForm = serveOnPlatformFormFor(EXECUTION_SERVED_DOCUMENTS);

function DebtorField({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  const debtors = detail.parties.filter((p) => p.standing === 'executionDebtor');
  return (
    <Form.Item name="partyId" label={t('endOfRound.debtor')} initialValue={debtors.length === 1 ? debtors[0]!.id : undefined} rules={[{ required: true, message: t('endOfRound.debtorRequired') }]}>
      <Select options={debtors.map((p) => ({ value: p.id, label: p.name }))} />
    </Form.Item>
  );
}

function Note({ label }: { label: string }) {
  return (
    <Form.Item name="note" label={label}>
      <Input.TextArea rows={3} maxLength={1000} showCount />
    </Form.Item>
  );
}

function PropertyReportFields(props: EventFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <DebtorField {...props} />
      <Form.Item name="reported" valuePropName="checked">
        <Checkbox>{t('endOfRound.reported')}</Checkbox>
      </Form.Item>
      <Form.Item name="verified" valuePropName="checked">
        <Checkbox>{t('endOfRound.verified')}</Checkbox>
      </Form.Item>
      <Form.Item name="measure" label={t('endOfRound.measure')} extra={t('endOfRound.measureHint')} rules={[{ required: true }]}>
        <Radio.Group options={PROPERTY_REPORT_MEASURES.map((m) => ({ value: m, label: t(`endOfRound.measure.${m}` as MessageKey) }))} />
      </Form.Item>
      <Note label={t('executionForm.note')} />
    </>
  );
}

export const recordPropertyReportForm: EventForm = {
  Fields: PropertyReportFields,
  initialValues: () => ({ reported: false, verified: false, measure: 'none' }),
  toInput: (v) => compact({ partyId: v.partyId, reported: v.reported === true, verified: v.verified === true, measure: v.measure, note: v.note }),
};

function DebtorSearchFields(props: EventFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <DebtorField {...props} />
      <Form.Item name="whereabouts" label={t('endOfRound.whereabouts')} rules={[{ required: true }]}>
        <Radio.Group options={DEBTOR_WHEREABOUTS.map((w) => ({ value: w, label: t(`endOfRound.whereabouts.${w}` as MessageKey) }))} />
      </Form.Item>
      <Note label={t('endOfRound.searchNote')} />
    </>
  );
}

export const recordDebtorSearchForm: EventForm = {
  Fields: DebtorSearchFields,
  initialValues: () => ({ whereabouts: 'known' }),
  toInput: (v) => compact({ partyId: v.partyId, whereabouts: v.whereabouts, note: v.note }),
};

function InterviewFields() {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('endOfRound.interviewHint')} />
      <Form.Item name="heldOn" label={t('endOfRound.heldOn')} rules={[{ required: true, message: t('deductionForm.dateRequired') }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="opinion" label={t('endOfRound.opinion')} rules={[{ required: true, whitespace: true, message: t('endOfRound.opinionRequired') }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="bankruptcyRequested" valuePropName="checked">
        <Checkbox>{t('endOfRound.bankruptcy')}</Checkbox>
      </Form.Item>
      <Note label={t('executionForm.note')} />
    </>
  );
}

export const interviewApplicantForm: EventForm = {
  Fields: InterviewFields,
  initialValues: () => ({ heldOn: courtToday(), bankruptcyRequested: false }),
  toInput: (v) => compact({ heldOn: (v.heldOn as Dayjs).format('YYYY-MM-DD'), opinion: v.opinion, bankruptcyRequested: v.bankruptcyRequested === true, note: v.note }),
};

function ProposeFields() {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('endOfRound.proposeHint')} />
      <Form.Item name="propertyNotDisposable" label={t('endOfRound.propertyNotDisposable')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Note label={t('executionForm.note')} />
    </>
  );
}

export const proposeEndOfRoundForm: EventForm = { Fields: ProposeFields, toInput: (v) => compact({ propertyNotDisposable: v.propertyNotDisposable, note: v.note }) };

function ReturnFields() {
  const { t } = useI18n();
  return (
    <Form.Item name="reason" label={t('endOfRound.returnReason')} rules={[{ required: true, whitespace: true, message: t('executionForm.reasonRequired') }]}>
      <Input.TextArea rows={3} maxLength={1000} showCount />
    </Form.Item>
  );
}

export const returnEndOfRoundForm: EventForm = { Fields: ReturnFields, toInput: (v) => compact({ reason: v.reason }) };
