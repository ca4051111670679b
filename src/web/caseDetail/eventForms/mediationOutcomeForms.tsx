// 诉前调解's outcomes: the mediator drafts the 调解协议, each party signs exactly the text it read (its SHA-256), the
// mediator ends a failed mediation on a ground of art 25, or the applicant withdraws (ONLINE-MED arts 20, 21, 25).
import { FileOutlined } from '@ant-design/icons';
import { Alert, Checkbox, Form, Input, Select, Spin, Typography } from 'antd';
import type { MediationRecord } from '../../../contracts/mediation';
import { MEDIATION_END_GROUNDS, MEDIATION_END_GROUND_LABELS } from '../../../domain/mediation/termination';
import { useApiGet } from '../../api/useApiGet';
import { useI18n } from '../../i18n/i18n';
import { TextListField } from './TextListField';
import { compact, trimmedList, type EventFieldsProps, type EventForm } from './types';

function DraftAgreementFields() {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('mediationForm.draftHint')} />
      <TextListField name="terms" label={t('mediationForm.terms')} addText={t('mediationForm.addTerm')} required requiredMessage={t('mediationForm.termsRequired')} maxLength={2000} maxItems={30} />
      <Form.Item name="performance" label={t('mediationForm.performance')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

export const draftAgreementForm: EventForm = {
  Fields: DraftAgreementFields,
  initialValues: () => ({ terms: [''] }),
  toInput: (v) => compact({ terms: trimmedList(v.terms), performance: v.performance }),
  width: 640,
};

/** The agreement as the party reads it: its file and SHA-256, which the signature binds. */
function SignAgreementFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  const record = useApiGet<MediationRecord>(`/cases/${detail.id}/mediation`);
  const agreement = record.data?.agreement;
  if (!record.data) return record.error ? <Alert type="error" showIcon title={record.error.message} /> : <Spin />;
  if (!agreement) return <Alert type="warning" showIcon title={t('mediationForm.noAgreement')} />;
  return (
    <>
      <Form.Item label={t('mediationForm.agreementFile')}>
        <a href={`/api/v1/attachments/${agreement.attachmentId}/content`} target="_blank" rel="noreferrer" data-testid="agreement-link">
          <FileOutlined /> {agreement.fileName}
        </a>
        <div>
          <Typography.Text type="secondary">SHA-256 </Typography.Text>
          <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="agreement-sha256">
            {agreement.sha256}
          </Typography.Text>
        </div>
      </Form.Item>
      <Form.Item name="sha256" initialValue={agreement.sha256} hidden>
        <Input />
      </Form.Item>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('mediationForm.signHint')} />
      <Form.Item
        name="confirmed"
        valuePropName="checked"
        rules={[{ validator: async (_, v: boolean | undefined) => (v ? undefined : Promise.reject(new Error(t('mediationForm.readConfirmRequired')))) }]}
      >
        <Checkbox data-testid="agreement-confirm">{t('mediationForm.readConfirm')}</Checkbox>
      </Form.Item>
    </>
  );
}

export const signAgreementForm: EventForm = {
  Fields: SignAgreementFields,
  toInput: (v) => ({ sha256: v.sha256 }),
  okText: 'mediationForm.sign',
};

// Agreement and withdrawal end mediation through their own events; these are the grounds of failure (art 25).
const FAILURE_GROUNDS = MEDIATION_END_GROUNDS.filter((g) => g !== 'agreement' && g !== 'withdrawn' && g !== 'settledAndWithdrawn');

function EndMediationFields() {
  const { t, pick } = useI18n();
  return (
    <>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('mediationForm.endHint')} />
      <Form.Item name="ground" label={t('mediationForm.ground')} rules={[{ required: true, message: t('mediationForm.groundRequired') }]}>
        <Select options={FAILURE_GROUNDS.map((g) => ({ value: g, label: pick(MEDIATION_END_GROUND_LABELS[g]) }))} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item name="note" label={t('mediationForm.note')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

export const endMediationForm: EventForm = {
  Fields: EndMediationFields,
  toInput: (v) => compact({ ground: v.ground, note: v.note }),
};

function WithdrawMediationFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="settled" valuePropName="checked">
        <Checkbox>{t('mediationForm.settled')}</Checkbox>
      </Form.Item>
      <Form.Item name="reason" label={t('mediationForm.withdrawReason')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

export const withdrawMediationForm: EventForm = {
  Fields: WithdrawMediationFields,
  toInput: (v) => compact({ settled: v.settled ? true : undefined, reason: v.reason }),
};
