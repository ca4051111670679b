// 延期发放审批 (a tab of 案款发放审批): the postponements of payout deadlines the officers asked for, approved by finance
// and, above the threshold on the funds held, the 执行局长 after finance; or sent back with a reason.
import { App, Button, Card, Input, Segmented, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Postponement } from '../../contracts/executionPostponements';
import { api, ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { POSTPONEMENT_STATUS_COLOR, RejectModal } from './FundActions';

const STATUSES = ['proposed', 'awaitingDirector', 'approved', 'rejected'] as const;

export function PostponementApprovals() {
  const { t, pick } = useI18n();
  const { message, modal } = App.useApp();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('proposed');
  const [q, setQ] = useState('');
  const paged = usePagedList<Postponement>('/execution/postponements', { status, q });
  const [rejecting, setRejecting] = useState<Postponement | null>(null);

  const approve = (p: Postponement) =>
    modal.confirm({
      title: t('payouts.approve'),
      content: t('postponements.approveConfirm', { caseNumber: p.caseNumber ?? '', date: p.untilOn }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.post(`/execution/postponements/${p.id}/approve`, {});
          message.success(t('payouts.approved'));
        } catch (e) {
          message.error(e instanceof ApiError ? e.message : String(e));
        }
        paged.list.reload();
      },
    });

  const columns: ColumnsType<Postponement> = [
    { title: t('payouts.caseNumber'), key: 'caseNumber', sorter: true, width: 200, render: (_, p) => <Link to={`/cases/${p.caseId}`}>{p.caseNumber}</Link> },
    { title: t('funds.postponeReason'), key: 'reason', width: 220, render: (_, p) => [pick(p.reasonLabel), p.reasonText].filter(Boolean).join('：') },
    { title: t('postponements.held'), dataIndex: 'held', width: 150, align: 'right' },
    { title: t('funds.postponeUntil'), key: 'untilOn', sorter: true, width: 200, render: (_, p) => `${p.dueOnBefore} → ${p.untilOn}` },
    { title: t('payouts.proposedBy'), dataIndex: 'requestedBy', width: 120 },
    { title: t('payouts.proposedAt'), key: 'requestedAt', sorter: true, width: 150, dataIndex: 'requestedAt' },
    {
      title: t('payouts.status'),
      key: 'status',
      width: 200,
      render: (_, p) => (
        <Space size={4} wrap>
          <Tag color={POSTPONEMENT_STATUS_COLOR[p.status]}>{t(`postponements.status.${p.status}` as MessageKey)}</Tag>
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
            <Button size="small" type="primary" onClick={() => approve(p)} data-testid={`postponement-approve-${p.id}`}>
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
      title={t('postponements.tab')}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('postponements.searchPlaceholder')}
            aria-label={t('postponements.searchPlaceholder')}
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
            options={STATUSES.map((s) => ({ value: s, label: t(`postponements.status.${s}` as MessageKey) }))}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('postponements.intro')}</Typography.Paragraph>
      <PagedTable<Postponement> paged={paged} columns={columns} emptyText={t('postponements.empty')} testId="postponements" exportPath="/execution/postponements" />
      <RejectModal
        path={rejecting && `/execution/postponements/${rejecting.id}/reject`}
        title={t('postponements.rejectTitle')}
        onClose={() => setRejecting(null)}
        onDone={() => {
          setRejecting(null);
          paged.list.reload();
        }}
      />
    </Card>
  );
}
