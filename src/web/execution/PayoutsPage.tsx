// 案款发放审批: the payouts of this court for finance (and the 执行局长 for those above the threshold) — approve, which
// pays out when it is the last approval, or send back with a reason — and, in the next tab, the postponements of payout
// deadlines through the same chain. Sorted, filtered and exported on the server.
import { App, Button, Card, Input, Segmented, Space, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Payout } from '../../contracts/executionFunds';
import { api, ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { PAYOUT_STATUS_COLOR } from './ExecutionFundsCard';
import { RejectModal } from './FundActions';
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
  const { message, modal } = App.useApp();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('proposed');
  const [q, setQ] = useState('');
  const paged = usePagedList<Payout>('/execution/payouts', { status, q });
  const [rejecting, setRejecting] = useState<Payout | null>(null);

  const approve = (p: Payout) =>
    modal.confirm({
      title: t('payouts.approve'),
      content: t('payouts.approveConfirm', { payee: p.payeeName, amount: p.amount }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.post(`/execution/payouts/${p.id}/approve`, {});
          message.success(t('payouts.approved'));
        } catch (e) {
          message.error(e instanceof ApiError ? e.message : String(e));
        }
        paged.list.reload();
      },
    });

  const columns: ColumnsType<Payout> = [
    { title: t('payouts.caseNumber'), key: 'caseNumber', sorter: true, width: 200, render: (_, p) => <Link to={`/cases/${p.caseId}`}>{p.caseNumber}</Link> },
    { title: t('payouts.payee'), dataIndex: 'payeeName', width: 120 },
    { title: t('funds.amount'), key: 'amount', dataIndex: 'amount', sorter: true, width: 130, align: 'right' },
    { title: t('payouts.account'), key: 'account', width: 220, render: (_, p) => `${p.bankName} ${p.accountNo}` },
    { title: t('funds.reason'), dataIndex: 'reason', ellipsis: true },
    { title: t('payouts.proposedBy'), dataIndex: 'proposedBy', width: 120 },
    { title: t('payouts.proposedAt'), key: 'proposedAt', sorter: true, width: 150, dataIndex: 'proposedAt' },
    {
      title: t('payouts.status'),
      key: 'status',
      width: 200,
      render: (_, p) => (
        <Space size={4} wrap>
          <Tag color={PAYOUT_STATUS_COLOR[p.status]}>{t(`payouts.status.${p.status}` as MessageKey)}</Tag>
          {p.needsDirector && p.status === 'proposed' && <Tag>{t('payouts.needsDirector')}</Tag>}
          {p.decisionNote && <Typography.Text type="secondary">{p.decisionNote}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, p) =>
        p.status === 'proposed' || p.status === 'awaitingDirector' ? (
          <Space size={4}>
            <Button size="small" type="primary" onClick={() => approve(p)} data-testid={`payout-approve-${p.id}`}>
              {t('payouts.approve')}
            </Button>
            <Button size="small" danger onClick={() => setRejecting(p)}>
              {t('payouts.reject')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <Card
      title={t('menu.payouts')}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('payouts.searchPlaceholder')}
            aria-label={t('payouts.searchPlaceholder')}
            onSearch={(v) => {
              setQ(v.trim());
              paged.resetPage();
            }}
            style={{ width: 220 }}
          />
          <Segmented
            value={status}
            onChange={(v) => {
              setStatus(v as (typeof STATUSES)[number]);
              paged.resetPage();
            }}
            options={STATUSES.map((s) => ({ value: s, label: t(`payouts.status.${s}` as MessageKey) }))}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('payouts.intro')}</Typography.Paragraph>
      <PagedTable<Payout> paged={paged} columns={columns} emptyText={t('payouts.empty')} testId="payouts" exportPath="/execution/payouts" />
      <RejectModal
        path={rejecting && `/execution/payouts/${rejecting.id}/reject`}
        title={t('payouts.rejectTitle')}
        onClose={() => setRejecting(null)}
        onDone={() => {
          setRejecting(null);
          paged.list.reload();
        }}
      />
    </Card>
  );
}
