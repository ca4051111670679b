// 财保 and 民督 event forms: the ruling on preservation (CPL-2023 art 104), the applicant's arbitration, 执保, lifting;
// the payment order's service, the debtor's written objection and the applicant's choice (arts 227–228).
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { PAYMENT_ORDER_SERVICE_METHODS } from '../../../domain/casetypes/paymentOrderInputs';
import { LIFT_REASONS } from '../../../domain/casetypes/preservationInputs';
import { useSession } from '../../auth/session';
import { courtToday } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { SignedDocumentField, signedDocumentId } from './signedDocumentField';
import { compact, type EventFieldsProps, type EventForm } from './types';

const day = (d: unknown) => (d as Dayjs | undefined)?.format('YYYY-MM-DD');
const AMOUNT = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;

function TextField({ name, label, required, max = 2000 }: { name: string; label: MessageKey; required?: boolean; max?: number }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={t(label)} rules={required ? [{ required: true, whitespace: true }] : []}>
      <Input.TextArea rows={3} maxLength={max} showCount />
    </Form.Item>
  );
}

const textForm = (name: string, label: MessageKey, required: boolean, max?: number): EventForm => ({
  Fields: () => <TextField name={name} label={label} required={required} max={max} />,
  toInput: (v) => compact({ [name]: v[name] }),
});

export const specialNoteForm = textForm('note', 'special.note', false, 1000);
// The 保全裁定 (grant or dismissal) and the 支付令: uploaded signed, or generated from the case when none is uploaded.
export const dismissPreservationForm: EventForm = {
  Fields: () => (
    <>
      <TextField name="reasons" label="special.reasons" required />
      <SignedDocumentField />
    </>
  ),
  toInput: (v) => compact({ reasons: v.reasons, rulingAttachmentId: signedDocumentId(v) }),
};
export const issuePaymentOrderForm: EventForm = {
  Fields: () => (
    <>
      <TextField name="note" label="special.note" max={1000} />
      <SignedDocumentField />
    </>
  ),
  toInput: (v) => compact({ note: v.note, documentId: signedDocumentId(v) }),
};
export const dismissPaymentOrderForm = textForm('reasons', 'special.reasons', true);

function GrantFields() {
  const { t } = useI18n();
  return (
    <>
      <TextField name="measures" label="preservation.measures" required />
      <Form.Item name="amount" label={t('preservation.grantedAmount')} rules={[{ required: true, pattern: AMOUNT }]}>
        <Input inputMode="decimal" style={{ width: 200 }} />
      </Form.Item>
      <TextField name="note" label="special.note" max={1000} />
      <SignedDocumentField />
    </>
  );
}

export const grantPreservationForm: EventForm = { Fields: GrantFields, toInput: (v) => compact({ measures: v.measures, amount: v.amount, note: v.note, rulingAttachmentId: signedDocumentId(v) }) };

function ArbitrationFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="institution" label={t('preservation.institution')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="appliedOn" label={t('preservation.appliedOn')} rules={[{ required: true }]} initialValue={courtToday()}>
        <DatePicker disabledDate={(d) => d.isAfter(courtToday())} />
      </Form.Item>
      <Form.Item name="reference" label={t('preservation.reference')}>
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}

export const recordArbitrationForm: EventForm = { Fields: ArbitrationFields, toInput: (v) => compact({ institution: v.institution, appliedOn: day(v.appliedOn), reference: v.reference }) };

function ExecutionFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="executionCaseNumber" label={t('preservation.executionCaseNumber')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={60} placeholder="（2026）吉0102执保1号" />
      </Form.Item>
      <Form.Item name="transferredOn" label={t('preservation.transferredOn')} rules={[{ required: true }]} initialValue={courtToday()}>
        <DatePicker disabledDate={(d) => d.isAfter(courtToday())} />
      </Form.Item>
    </>
  );
}

export const recordPreservationExecutionForm: EventForm = { Fields: ExecutionFields, toInput: (v) => compact({ executionCaseNumber: v.executionCaseNumber, transferredOn: day(v.transferredOn) }) };

function LiftFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="reason" label={t('preservation.liftReason')} rules={[{ required: true }]}>
        <Radio.Group options={LIFT_REASONS.map((r) => ({ value: r, label: t(`preservation.lift.${r}`) }))} />
      </Form.Item>
      <TextField name="note" label="special.note" max={1000} />
    </>
  );
}

export const liftPreservationForm: EventForm = { Fields: LiftFields, toInput: (v) => compact({ reason: v.reason, note: v.note }) };

const respondents = (detail: EventFieldsProps['detail']) => detail.parties.filter((p) => p.standing === 'respondent');

function ServeFields({ detail, withMethod }: EventFieldsProps & { withMethod: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="partyIds" label={t('special.respondents')} rules={[{ required: true, message: t('special.respondentsRequired') }]} initialValue={respondents(detail).map((p) => p.id)}>
        <Select mode="multiple" options={respondents(detail).map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item name="servedOn" label={t('special.servedOn')} rules={[{ required: true }]} initialValue={courtToday()}>
        <DatePicker disabledDate={(d) => d.isAfter(courtToday())} />
      </Form.Item>
      {withMethod && (
        <Form.Item name="method" label={t('paymentOrder.method')} rules={[{ required: true }]} initialValue="direct">
          <Select options={PAYMENT_ORDER_SERVICE_METHODS.map((m) => ({ value: m, label: t(`serviceMethod.${m}`) }))} />
        </Form.Item>
      )}
    </>
  );
}

export const servePaymentOrderForm: EventForm = { Fields: (p) => <ServeFields {...p} withMethod />, toInput: (v) => compact({ partyIds: v.partyIds, servedOn: day(v.servedOn), method: v.method }) };
export const serveRetrialCopyForm: EventForm = { Fields: (p) => <ServeFields {...p} withMethod={false} />, toInput: (v) => compact({ partyIds: v.partyIds, servedOn: day(v.servedOn) }) };

function ObjectionFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  return (
    <>
      {hasRole('filingClerk') && (
        <Form.Item name="partyId" label={t('paymentOrder.debtor')} rules={[{ required: true }]}>
          <Select options={respondents(detail).map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      )}
      <TextField name="reasons" label="paymentOrder.objection" required max={4000} />
    </>
  );
}

export const objectToPaymentOrderForm: EventForm = { Fields: ObjectionFields, toInput: (v) => compact({ partyId: v.partyId, reasons: v.reasons }) };

function ChooseFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="litigate" label={t('paymentOrder.litigate')} rules={[{ required: true }]}>
        <Radio.Group options={[{ value: true, label: t('paymentOrder.litigateYes') }, { value: false, label: t('paymentOrder.litigateNo') }]} />
      </Form.Item>
      <TextField name="note" label="special.note" max={1000} />
    </>
  );
}

export const chooseLitigationForm: EventForm = { Fields: ChooseFields, toInput: (v) => compact({ litigate: v.litigate, note: v.note }) };
