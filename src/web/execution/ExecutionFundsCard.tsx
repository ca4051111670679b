// 执行案款 on the 执行 tab: the case's own account number, what arrived, what was paid out and what is held (with the
// payout deadline), every entry, payout and postponement. The case's officer proposes payouts, allocates and asks to
// postpone here; finance takes the execution fee and reverses an erroneous line here, and approves elsewhere.
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../contracts/cases';
import type { CaseExecutionFunds, Payout } from '../../contracts/executionFunds';
import { api, ApiError } from '../api/client';
import { useModalSave } from '../api/useModalSave';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { SectionTable } from '../lists/SectionTable';
import { AllocationModal, FeeDeductionButton, PostponeModal, PostponementsTable, ReverseModal, reversible } from './FundActions';

type Entry = CaseExecutionFunds['entries'][number];
export const PAYOUT_STATUS_COLOR: Record<string, string> = { proposed: 'processing', awaitingDirector: 'warning', paid: 'success', rejected: 'error', withdrawn: 'default' };

export function ExecutionFundsCard({ detail }: { detail: CaseDetail }) {
  const { t, pick } = useI18n();
  const { user, hasRole } = useSession();
  const { message } = App.useApp();
  const funds = useApiGet<CaseExecutionFunds>(`/cases/${detail.id}/execution/funds?v=${detail.version}`, { keepPreviousData: true });
  const [proposing, setProposing] = useState(false);
  const [open, setOpen] = useState<'allocate' | 'postpone' | null>(null);
  const [reversing, setReversing] = useState<Entry | null>(null);
  const f = funds.data;
  if (!f) return null;
  const isOfficer = detail.panel.some((p) => p.userId === user?.id);
  const isFinance = hasRole('finance');
  const pending = f.postponements.some((p) => p.status === 'proposed' || p.status === 'awaitingDirector');
  const done = () => {
    setOpen(null);
    setReversing(null);
    funds.reload();
  };
  const withdraw = async (p: Payout) => {
    try {
      await api.post(`/execution/payouts/${p.id}/withdraw`);
      funds.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Card
      title={t('funds.title')}
      style={{ marginTop: 16 }}
      data-testid="execution-funds"
      extra={
        <Space wrap>
          {isOfficer && f.unallocated !== '0.00' && (
            <Button onClick={() => setOpen('allocate')} data-testid="funds-allocate">
              {t('funds.allocate')}
            </Button>
          )}
          {isOfficer && f.balance !== '0.00' && !pending && (
            <Button onClick={() => setOpen('postpone')} data-testid="funds-postpone">
              {t('funds.postpone')}
            </Button>
          )}
          {isFinance && f.unallocated !== '0.00' && <FeeDeductionButton caseId={detail.id} onDone={done} />}
          {isOfficer && f.balance !== '0.00' && (
            <Button type="primary" onClick={() => setProposing(true)} data-testid="payout-propose">
              {t('funds.propose')}
            </Button>
          )}
        </Space>
      }
    >
      {f.payoutOverdue && <Alert type="error" showIcon title={t('funds.payoutOverdue')} style={{ marginBottom: 12 }} data-testid="payout-overdue" />}
      <div style={{ display: 'flex', gap: 32, flexWrap: 'wrap', marginBottom: 12 }}>
        <Statistic title={t('funds.received')} value={f.received} data-testid="funds-received" />
        <Statistic title={t('funds.paidOut')} value={f.paidOut} data-testid="funds-paid-out" />
        <Statistic title={t('funds.fees')} value={f.fees} />
        <Statistic title={t('funds.balance')} value={f.balance} data-testid="funds-balance" />
      </div>
      <Typography.Paragraph>
        {t('funds.account')}：<Typography.Text copyable data-testid="funds-account">{f.accountNo}</Typography.Text>
        {f.payoutDueOn && (
          <Typography.Text type={f.payoutOverdue ? 'danger' : 'secondary'} style={{ marginLeft: 16 }}>
            {t('funds.payoutDue', { date: f.payoutDueOn })}
          </Typography.Text>
        )}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('funds.entries')}</Typography.Title>
      <SectionTable<Entry>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={f.entries}
        emptyText={t('funds.noEntries')}
        data-testid="funds-entries"
        columns={[
          { title: t('funds.entryOn'), dataIndex: 'entryOn', width: 110 },
          { title: t('funds.kind'), key: 'kind', width: 120, render: (_: unknown, e: Entry) => <Tag>{pick(e.label)}</Tag> },
          { title: t('funds.amount'), dataIndex: 'amount', width: 120, align: 'right' as const },
          { title: t('funds.note'), key: 'note', ellipsis: true, render: (_: unknown, e: Entry) => [e.payeeName, e.note].filter(Boolean).join(' ') },
          {
            title: '',
            key: 'actions',
            width: 90,
            render: (_: unknown, e: Entry) =>
              e.reversed ? (
                <Tag>{t('funds.reversedTag')}</Tag>
              ) : isFinance && reversible(e) ? (
                <Button size="small" danger onClick={() => setReversing(e)} data-testid={`funds-reverse-${e.id}`}>
                  {t('funds.reverse')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('funds.payouts')}
      </Typography.Title>
      <SectionTable<Payout>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={f.payouts}
        emptyText={t('funds.noPayouts')}
        data-testid="funds-payouts"
        columns={[
          { title: t('payouts.proposedAt'), key: 'at', width: 110, render: (_: unknown, p: Payout) => p.proposedAt.slice(0, 10) },
          { title: t('payouts.payee'), dataIndex: 'payeeName', width: 120 },
          { title: t('funds.amount'), dataIndex: 'amount', width: 120, align: 'right' as const },
          {
            title: t('payouts.status'),
            key: 'status',
            render: (_: unknown, p: Payout) => (
              <Space size={4} wrap>
                <Tag color={PAYOUT_STATUS_COLOR[p.status]}>{t(`payouts.status.${p.status}` as MessageKey)}</Tag>
                {p.paidOn}
                {p.decisionNote && <Typography.Text type="secondary">{p.decisionNote}</Typography.Text>}
                {isOfficer && p.status === 'proposed' && (
                  <Button size="small" onClick={() => void withdraw(p)}>
                    {t('funds.withdraw')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <PostponementsTable rows={f.postponements} isOfficer={isOfficer} onChanged={funds.reload} />
      <AllocationModal open={open === 'allocate'} detail={detail} onClose={() => setOpen(null)} onDone={done} />
      <PostponeModal open={open === 'postpone'} caseId={detail.id} dueOn={f.payoutDueOn} onClose={() => setOpen(null)} onDone={done} />
      <ReverseModal caseId={detail.id} entry={reversing} onClose={() => setReversing(null)} onDone={done} />
      <ProposeModal
        open={proposing}
        detail={detail}
        onClose={() => setProposing(false)}
        onDone={() => {
          setProposing(false);
          funds.reload();
        }}
      />
    </Card>
  );
}

interface ProposalForm {
  payeePartyId: number;
  amount: string;
  accountName: string;
  accountNo: string;
  bankName: string;
  reason: string;
}

function ProposeModal({ open, detail, onClose, onDone }: { open: boolean; detail: CaseDetail; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<ProposalForm>();
  const applicants = detail.parties.filter((p) => p.standing === 'executionApplicant');
  const send = (v: ProposalForm) => api.post(`/cases/${detail.id}/execution/payouts`, { ...v, accountNo: v.accountNo.replace(/\s/g, ''), amount: v.amount.trim() });
  const { save: submit, saving: busy } = useModalSave(form, send, onDone, () => t('funds.proposed'));
  return (
    <Modal open={open} title={t('funds.propose')} okText={t('common.submit')} cancelText={t('common.cancel')} onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('funds.proposeHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={applicants.length === 1 ? { payeePartyId: applicants[0]!.id, accountName: applicants[0]!.name } : {}}
        onValuesChange={(changed: Partial<ProposalForm>) => {
          const payee = applicants.find((a) => a.id === changed.payeePartyId);
          if (payee) form.setFieldValue('accountName', payee.name);
        }}
      >
        <Form.Item name="payeePartyId" label={t('funds.payee')} rules={[{ required: true, message: t('funds.payeeRequired') }]}>
          <Select options={applicants.map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="amount" label={t('funds.payoutAmount')} rules={[{ required: true, pattern: /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/, message: t('funds.payoutAmountRequired') }]}>
          <Input inputMode="decimal" maxLength={16} data-testid="payout-amount" />
        </Form.Item>
        <Form.Item name="accountName" label={t('funds.accountName')} extra={t('funds.accountNameHint')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="accountNo" label={t('funds.accountNo')} rules={[{ required: true, pattern: /^[0-9 ]{6,40}$/, message: t('funds.accountNoRequired') }]}>
          <Input inputMode="numeric" maxLength={40} data-testid="payout-account-no" />
        </Form.Item>
        <Form.Item name="bankName" label={t('funds.bankName')} rules={[{ required: true, whitespace: true, message: t('funds.bankNameRequired') }]}>
          <Input maxLength={100} data-testid="payout-bank" />
        </Form.Item>
        <Form.Item name="reason" label={t('funds.reason')} rules={[{ required: true, whitespace: true, message: t('funds.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="payout-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
