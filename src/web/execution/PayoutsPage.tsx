// 案款发放审批: the payouts of this court for finance (and the 执行局长 for those above the threshold) — approve, which
// pays out when it is the last approval, or send back with a reason — and, in the next tab, the postponements of payout
// deadlines through the same chain. Sorted, filtered and exported on the server.
import { Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Payout } from '../../contracts/executionFunds';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { PAYOUT_STATUS_COLOR } from './ExecutionFundsCard';
import { ApprovalQueue } from './ApprovalQueue';
import { PostponementApprovals } from './PostponementApprovals';

const STATUSES = ['proposed', 'awaitingDirector', 'paid', 'rejected'] as const;

export function PayoutsPage() {
  const { t } = useI18n();
  return (
    <Tabs
      items={[
        { key: 'payouts', label: t('payouts.tab'), children: <PayoutApprovals /> },
        { key: 'postponements', label: t('postponements.tab'), children: <PostponementApprovals /> },
      ]}
    />
  );
}

function PayoutApprovals() {
  const { t } = useI18n();
  const columns: ColumnsType<Payout> = [
    { title: t('payouts.caseNumber'), key: 'caseNumber', sorter: true, width: 200, render: (_, p) => <Link to={`/cases/${p.caseId}`}>{p.caseNumber}</Link> },
    { title: t('payouts.payee'), dataIndex: 'payeeName', width: 120 },
    { title: t('funds.amount'), key: 'amount', dataIndex: 'amount', sorter: true, width: 130, align: 'right' },
    { title: t('payouts.account'), key: 'account', width: 220, render: (_, p) => `${p.bankName} ${p.accountNo}` },
    { title: t('funds.reason'), dataIndex: 'reason', ellipsis: true },
    { title: t('payouts.proposedBy'), dataIndex: 'proposedBy', width: 120 },
    { title: t('payouts.proposedAt'), key: 'proposedAt', sorter: true, width: 150, dataIndex: 'proposedAt' },
  ];
  return (
    <ApprovalQueue<Payout, (typeof STATUSES)[number]>
      path="/execution/payouts"
      statuses={STATUSES}
      statusLabel={(s) => t(`payouts.status.${s}` as MessageKey)}
      statusColor={(s) => PAYOUT_STATUS_COLOR[s as Payout['status']] ?? 'default'}
      title={t('menu.payouts')}
      intro={t('payouts.intro')}
      searchPlaceholder={t('payouts.searchPlaceholder')}
      emptyText={t('payouts.empty')}
      rejectTitle={t('payouts.rejectTitle')}
      testId="payouts"
      approveTestId="payout-approve"
      approveConfirm={(p) => t('payouts.approveConfirm', { payee: p.payeeName, amount: p.amount })}
      columns={columns}
    />
  );
}
