// The 执行和解 forms: the officer records the signed agreement with its instalment table, or a payment made to the
// applicant directly; the applicant (or the officer for them) applies to restore the original title. The server decides.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Attachment } from '../../contracts/cases';
import { api } from '../api/client';
import { useModalSave } from '../api/useModalSave';
import { DocumentUpload } from '../caseDetail/eventForms/closeForm';
import { RESTORATION_GROUNDS, RESTORATION_GROUND_LABELS } from '../../domain/execution/settlement';
import { useI18n } from '../i18n/i18n';

const YUAN = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

type AgreementForm = { agreedOn: Dayjs; replaces: string; document: UploadFile<Attachment>[]; instalments: { amount: string; dueOn: Dayjs }[] };

export function RecordSettlementModal({ caseId, onClose, onDone }: { caseId: number; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<AgreementForm>();
  const send = (v: AgreementForm) =>
    api.post(`/cases/${caseId}/execution/settlement`, {
      agreedOn: day(v.agreedOn),
      replaces: v.replaces.trim(),
      documentId: v.document.find((f) => f.status === 'done')?.response?.id,
      instalments: v.instalments.map((i) => ({ amount: i.amount.trim(), dueOn: day(i.dueOn) })),
    });
  const { save, saving } = useModalSave(form, send, onDone, () => t('settlement.recorded'));
  return (
    <Modal open width={640} title={t('settlement.record')} okText={t('common.submit')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('settlement.recordHint')} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ instalments: [{}] }} data-testid="settlement-form">
        <Form.Item name="agreedOn" label={t('settlement.agreedOn')} rules={[{ required: true, message: t('settlement.dateRequired') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="replaces" label={t('settlement.replaces')} rules={[{ required: true, whitespace: true, message: t('settlement.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.List name="instalments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, n) => (
                <Space key={f.key} align="baseline" wrap>
                  <span>{n + 1}.</span>
                  <Form.Item name={[f.name, 'amount']} rules={[{ required: true, pattern: YUAN, message: t('settlement.amountRequired') }]}>
                    <Input placeholder={t('settlement.amount')} style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueOn']} rules={[{ required: true, message: t('settlement.dateRequired') }]}>
                    <DatePicker placeholder={t('settlement.dueOn')} />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} data-testid="settlement-add-instalment">
                {t('settlement.addInstalment')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="document" label={t('settlement.document')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList} rules={[{ required: true, message: t('settlement.documentRequired') }]} style={{ marginTop: 16 }}>
          <DocumentUpload text="settlement.document" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type PaymentForm = { paidOn: Dayjs; amount: string; note?: string };

export function SettlementPaymentModal({ caseId, onClose, onDone }: { caseId: number; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<PaymentForm>();
  const send = (v: PaymentForm) => api.post(`/cases/${caseId}/execution/settlement/payments`, { paidOn: day(v.paidOn), amount: v.amount.trim(), note: v.note?.trim() || undefined });
  const { save, saving } = useModalSave(form, send, onDone, () => t('settlement.paymentRecorded'));
  return (
    <Modal open title={t('settlement.recordPayment')} okText={t('common.submit')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="paidOn" label={t('settlement.paidOn')} rules={[{ required: true, message: t('settlement.dateRequired') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="amount" label={t('settlement.amount')} rules={[{ required: true, pattern: YUAN, message: t('settlement.amountRequired') }]}>
          <Input style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="note" label={t('settlement.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type RestoreForm = { ground: string; reason: string; assetClues?: string };

export function RestoreAfterSettlementModal({ caseId, closed, onClose, onDone }: { caseId: number; closed: boolean; onClose(): void; onDone(): void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<RestoreForm>();
  const send = (v: RestoreForm) => api.post(`/cases/${caseId}/execution/settlement/restoration`, { ground: v.ground, reason: v.reason.trim(), ...(v.assetClues?.trim() ? { assetClues: v.assetClues.trim() } : {}) });
  const { save, saving } = useModalSave(form, send, onDone, () => t('settlement.restored'));
  return (
    <Modal open title={t('settlement.restore')} okText={t('common.submit')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('settlement.restoreHint')} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ ground: 'default' }} data-testid="settlement-restore-form">
        <Form.Item name="ground" label={t('settlement.ground')} rules={[{ required: true }]}>
          <Select options={RESTORATION_GROUNDS.map((g) => ({ value: g, label: pick(RESTORATION_GROUND_LABELS[g]) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('settlement.reason')} rules={[{ required: true, whitespace: true, message: t('settlement.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        {closed && (
          <Form.Item name="assetClues" label={t('settlement.assetClues')}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
