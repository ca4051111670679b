// The actions on a case's 执行案款 besides payouts: the officer's 分配方案 (rank and claim per applicant) and 延期发放
// request, finance's 扣收执行费 and 冲销 of a ledger line; and the case's postponements with their state. Every modal
// form saves through useModalSave.
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CaseDetail } from '../../contracts/cases';
import type { CaseExecutionFunds } from '../../contracts/executionFunds';
import type { Postponement } from '../../contracts/executionPostponements';
import { POSTPONEMENT_REASON_CODES, POSTPONEMENT_REASONS, type PostponementReason } from '../../domain/execution/payoutPostponement';
import { api, ApiError } from '../api/client';
import { useModalSave } from '../api/useModalSave';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { SectionTable } from '../lists/SectionTable';

type Entry = CaseExecutionFunds['entries'][number];
const YUAN = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;
export const POSTPONEMENT_STATUS_COLOR: Record<string, string> = { proposed: 'processing', awaitingDirector: 'warning', approved: 'success', rejected: 'error', withdrawn: 'default' };

/** Entries finance may reverse: not a payout (the bank's return is a new receipt), not a reversal, not reversed already. */
export const reversible = (e: Entry) => !e.reversed && e.kind !== 'reversal' && e.kind !== 'disbursement';

interface AllocationForm {
  claims: { partyId: number; rank: number; claim: string }[];
  note: string;
}

export function AllocationModal({ open, detail, onClose, onDone }: { open: boolean; detail: CaseDetail; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<AllocationForm>();
  const applicants = detail.parties.filter((p) => p.standing === 'executionApplicant');
  const send = (v: AllocationForm) =>
    api.post(`/cases/${detail.id}/execution/allocations`, { claims: v.claims.map((c) => ({ partyId: c.partyId, rank: c.rank, claim: c.claim.trim() })), note: v.note.trim() });
  const { save, saving } = useModalSave(form, send, onDone, () => t('funds.allocated'));
  return (
    <Modal open={open} title={t('funds.allocate')} okText={t('common.submit')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden width={640}>
      <Typography.Paragraph type="secondary">{t('funds.allocateHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ claims: applicants.map((a) => ({ partyId: a.id, rank: 1, claim: '' })) }}>
        <Form.List name="claims">
          {(fields) =>
            fields.map((field, i) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'partyId']} hidden>
                  <Input />
                </Form.Item>
                <Typography.Text style={{ display: 'inline-block', width: 120 }}>{applicants[i]?.name}</Typography.Text>
                <Form.Item name={[field.name, 'rank']} label={t('funds.rank')} rules={[{ required: true }]}>
                  <InputNumber min={1} max={20} precision={0} />
                </Form.Item>
                <Form.Item name={[field.name, 'claim']} label={t('funds.claim')} rules={[{ required: true, pattern: YUAN, message: t('funds.payoutAmountRequired') }]}>
                  <Input inputMode="decimal" maxLength={16} data-testid={`allocation-claim-${i}`} />
                </Form.Item>
              </Space>
            ))
          }
        </Form.List>
        <Form.Item name="note" label={t('funds.allocationNote')} rules={[{ required: true, whitespace: true, message: t('funds.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface PostponeForm {
  reason: PostponementReason;
  reasonText?: string;
  untilOn: Dayjs;
}

export function PostponeModal({ open, caseId, dueOn, onClose, onDone }: { open: boolean; caseId: number; dueOn: string | null; onClose(): void; onDone(): void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<PostponeForm>();
  const reason = Form.useWatch('reason', form);
  const send = (v: PostponeForm) => api.post(`/cases/${caseId}/execution/postponements`, { reason: v.reason, reasonText: v.reasonText?.trim() || undefined, untilOn: v.untilOn.format('YYYY-MM-DD') });
  const { save, saving } = useModalSave(form, send, onDone, () => t('funds.postponeRequested'));
  return (
    <Modal open={open} title={t('funds.postpone')} okText={t('common.submit')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('funds.postponeHint', { date: dueOn ?? '—' })}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('funds.postponeReason')} rules={[{ required: true, message: t('funds.postponeReasonRequired') }]}>
          <Select options={POSTPONEMENT_REASON_CODES.map((c) => ({ value: c, label: pick(POSTPONEMENT_REASONS[c]) }))} data-testid="postpone-reason" />
        </Form.Item>
        <Form.Item name="reasonText" label={t('funds.postponeReasonText')} rules={[{ required: reason === 'other', whitespace: true, message: t('funds.postponeReasonTextRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="untilOn" label={t('funds.postponeUntil')} rules={[{ required: true, message: t('funds.postponeUntilRequired') }]}>
          <DatePicker disabledDate={(d) => dueOn !== null && d.format('YYYY-MM-DD') <= dueOn} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ReverseModal({ caseId, entry, onClose, onDone }: { caseId: number; entry: Entry | null; onClose(): void; onDone(): void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const send = (v: { reason: string }) => api.post(`/cases/${caseId}/execution/entries/${entry!.id}/reverse`, { reason: v.reason.trim() });
  const { save, saving } = useModalSave(form, send, onDone, () => t('funds.reversed'));
  return (
    <Modal open={!!entry} title={t('funds.reverse')} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      {entry && <Typography.Paragraph>{t('funds.reverseConfirm', { kind: pick(entry.label), amount: entry.amount, date: entry.entryOn })}</Typography.Paragraph>}
      <Typography.Paragraph type="secondary">{t('funds.reverseHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('funds.reverseReason')} rules={[{ required: true, whitespace: true, message: t('funds.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="reverse-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Finance takes the execution fee still owed: a confirmation, no form. */
export function FeeDeductionButton({ caseId, onDone }: { caseId: number; onDone(): void }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const confirm = () =>
    modal.confirm({
      title: t('funds.deductFee'),
      content: t('funds.deductFeeConfirm'),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.post(`/cases/${caseId}/execution/fee-deduction`);
          message.success(t('funds.feeDeducted'));
          onDone();
        } catch (e) {
          message.error(e instanceof ApiError ? e.message : String(e));
        }
      },
    });
  return (
    <Button onClick={confirm} data-testid="fee-deduct">
      {t('funds.deductFee')}
    </Button>
  );
}

/** The case's postponements with their state; the officer withdraws one awaiting approval. */
export function PostponementsTable({ rows, isOfficer, onChanged }: { rows: Postponement[]; isOfficer: boolean; onChanged(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const withdraw = async (p: Postponement) => {
    try {
      await api.post(`/execution/postponements/${p.id}/withdraw`);
      onChanged();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  if (!rows.length) return null;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('funds.postponements')}
      </Typography.Title>
      <SectionTable<Postponement>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="funds-postponements"
        columns={[
          { title: t('payouts.proposedAt'), key: 'at', width: 110, render: (_: unknown, p: Postponement) => p.requestedAt.slice(0, 10) },
          { title: t('funds.postponeReason'), key: 'reason', render: (_: unknown, p: Postponement) => [pick(p.reasonLabel), p.reasonText].filter(Boolean).join('：') },
          { title: t('funds.postponeUntil'), key: 'until', width: 200, render: (_: unknown, p: Postponement) => `${p.dueOnBefore} → ${p.untilOn}` },
          {
            title: t('payouts.status'),
            key: 'status',
            render: (_: unknown, p: Postponement) => (
              <Space size={4} wrap>
                <Tag color={POSTPONEMENT_STATUS_COLOR[p.status]}>{t(`postponements.status.${p.status}` as MessageKey)}</Tag>
                {p.decisionNote && <Typography.Text type="secondary">{p.decisionNote}</Typography.Text>}
                {isOfficer && (p.status === 'proposed' || p.status === 'awaitingDirector') && (
                  <Button size="small" onClick={() => void withdraw(p)}>
                    {t('funds.withdraw')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

/** Sends a payout or a postponement back with a reason (`path`: its reject route; null: closed). */
export function RejectModal({ path, title, onClose, onDone }: { path: string | null; title: string; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ note: string }>();
  const { save: submit, saving: busy } = useModalSave(form, (v) => api.post(path!, { note: v.note.trim() }), onDone, () => t('payouts.rejected'));
  return (
    <Modal open={!!path} title={title} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="note" label={t('payouts.rejectReason')} rules={[{ required: true, whitespace: true, message: t('payouts.rejectReasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
