// 延期发放审批 (a tab of 案款发放审批): the postponements of payout deadlines the officers asked for, approved by finance
// and, above the threshold on the funds held, the 执行局长 after finance; or sent back with a reason.
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Postponement } from '../../contracts/executionPostponements';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { ApprovalQueue } from './ApprovalQueue';
import { POSTPONEMENT_STATUS_COLOR } from './FundActions';

const STATUSES = ['proposed', 'awaitingDirector', 'approved', 'rejected'] as const;

export function PostponementApprovals() {
  const { t, pick } = useI18n();
  const columns: ColumnsType<Postponement> = [
    { title: t('payouts.caseNumber'), key: 'caseNumber', sorter: true, width: 200, render: (_, p) => <Link to={`/cases/${p.caseId}`}>{p.caseNumber}</Link> },
    { title: t('funds.postponeReason'), key: 'reason', width: 220, render: (_, p) => [pick(p.reasonLabel), p.reasonText].filter(Boolean).join('：') },
    { title: t('postponements.held'), dataIndex: 'held', width: 150, align: 'right' },
    { title: t('funds.postponeUntil'), key: 'untilOn', sorter: true, width: 200, render: (_, p) => `${p.dueOnBefore} → ${p.untilOn}` },
    { title: t('payouts.proposedBy'), dataIndex: 'requestedBy', width: 120 },
    { title: t('payouts.proposedAt'), key: 'requestedAt', sorter: true, width: 150, dataIndex: 'requestedAt' },
  ];
  return (
    <ApprovalQueue<Postponement, (typeof STATUSES)[number]>
      path="/execution/postponements"
      statuses={STATUSES}
      statusLabel={(s) => t(`postponements.status.${s}` as MessageKey)}
      statusColor={(s) => POSTPONEMENT_STATUS_COLOR[s as Postponement['status']] ?? 'default'}
      title={t('postponements.tab')}
      intro={t('postponements.intro')}
      searchPlaceholder={t('postponements.searchPlaceholder')}
      emptyText={t('postponements.empty')}
      rejectTitle={t('postponements.rejectTitle')}
      testId="postponements"
      approveTestId="postponement-approve"
      approveConfirm={(p) => t('postponements.approveConfirm', { caseNumber: p.caseNumber ?? '', date: p.untilOn })}
      columns={columns}
    />
  );
}
