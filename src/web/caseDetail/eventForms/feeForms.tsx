// 司法救助 and 退费 decisions: the applicant, the kind and amount, and the reason (FEE arts 15, 27, 44–49, 53).
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { JUDICIAL_AID_KINDS, REFUND_GROUNDS } from '../../../domain/payments/feeRelief';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { compact, type EventFieldsProps, type EventForm } from './types';
import { YUAN_PATTERN } from '../../filing/filingForm';


function AidFields({ detail, form }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const kind = Form.useWatch('kind', form) as string | undefined;
  return (
    <>
      <Form.Item name="kind" label={t('aid.kind')} rules={[{ required: true, message: t('aid.kindRequired') }]}>
        <Select options={JUDICIAL_AID_KINDS.map((k) => ({ value: k, label: t(`aid.${k}` as MessageKey) }))} />
      </Form.Item>
      <Form.Item name="partyId" label={t('aid.party')} rules={[{ required: true, message: t('aid.partyRequired') }]}>
        <Select options={detail.parties.map((p) => ({ value: p.id, label: `${pick(p.standingLabel)}：${p.name}` }))} />
      </Form.Item>
      {kind === 'reduction' && (
        <Form.Item name="amount" label={t('aid.amount')} extra={t('aid.amountHint')} rules={[{ required: true, pattern: YUAN_PATTERN, message: t('aid.amountRequired') }]}>
          <Input suffix={t('common.yuan')} />
        </Form.Item>
      )}
      {kind === 'deferral' && (
        <Form.Item name="deferUntil" label={t('aid.deferUntil')} rules={[{ required: true, message: t('deductionForm.dateRequired') }]}>
          <DatePicker />
        </Form.Item>
      )}
      <Form.Item name="reason" label={t('aid.reason')} rules={[{ required: true, whitespace: true, message: t('aid.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </>
  );
}

export const grantJudicialAidForm: EventForm = {
  Fields: AidFields,
  toInput: (v) =>
    compact({
      kind: v.kind,
      partyId: v.partyId,
      amount: v.kind === 'reduction' ? v.amount : undefined,
      deferUntil: v.kind === 'deferral' && v.deferUntil ? (v.deferUntil as Dayjs).format('YYYY-MM-DD') : undefined,
      reason: v.reason,
    }),
};

function RefundFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="ground" label={t('refund.ground')} rules={[{ required: true, message: t('refund.groundRequired') }]}>
        <Select options={REFUND_GROUNDS.map((g) => ({ value: g, label: t(`refund.${g}` as MessageKey) }))} />
      </Form.Item>
      <Form.Item name="amount" label={t('refund.amount')} extra={t('refund.amountHint')} rules={[{ required: true, pattern: YUAN_PATTERN, message: t('aid.amountRequired') }]}>
        <Input suffix={t('common.yuan')} />
      </Form.Item>
      <Form.Item name="reason" label={t('aid.reason')} rules={[{ required: true, whitespace: true, message: t('aid.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </>
  );
}

export const decideRefundForm: EventForm = {
  Fields: RefundFields,
  toInput: (v) => compact({ ground: v.ground, amount: v.amount, reason: v.reason }),
};
