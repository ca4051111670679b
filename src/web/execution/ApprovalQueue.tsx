// What 案款发放审批 and 延期发放审批 share: a court's requests going through the same chain (finance, then the 执行局长
// above the threshold), filtered by status and searched on the server, each approved after a confirmation or sent back
// with a reason; the item's own columns come from the page.
import { App, Button, Card, Input, Segmented, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { api, ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { RejectModal } from './FundActions';

interface Approvable {
  id: number;
  status: string;
  needsDirector: boolean;
  decisionNote: string | null;
}

interface ApprovalQueueProps<T extends Approvable, S extends string> {
  /** The list's path; `/:id/approve`, `/:id/reject` and the export hang from it. */
  path: string;
  statuses: readonly S[];
  statusLabel(s: string): string;
  statusColor(s: string): string;
  title: string;
  intro: string;
  searchPlaceholder: string;
  emptyText: string;
  rejectTitle: string;
  /** The approve button's test id prefix (`payout-approve` → `payout-approve-12`) and the table's. */
  testId: string;
  approveTestId: string;
  /** What the confirmation says about the item. */
  approveConfirm(item: T): ReactNode;
  /** The item's own columns, before its status and the actions. */
  columns: ColumnsType<T>;
}

export function ApprovalQueue<T extends Approvable, S extends string>(p: ApprovalQueueProps<T, S>) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [status, setStatus] = useState<S>(p.statuses[0]!);
  const [q, setQ] = useState('');
  const paged = usePagedList<T>(p.path, { status, q });
  const [rejecting, setRejecting] = useState<T | null>(null);

  const approve = (item: T) =>
    modal.confirm({
      title: t('payouts.approve'),
      content: p.approveConfirm(item),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await api.post(`${p.path}/${item.id}/approve`, {});
          message.success(t('payouts.approved'));
        } catch (e) {
          message.error(e instanceof ApiError ? e.message : String(e));
        }
        paged.list.reload();
      },
    });

  const columns: ColumnsType<T> = [
    ...p.columns,
    {
      title: t('payouts.status'),
      key: 'status',
      width: 200,
      render: (_, item) => (
        <Space size={4} wrap>
          <Tag color={p.statusColor(item.status)}>{p.statusLabel(item.status)}</Tag>
          {item.needsDirector && item.status === 'proposed' && <Tag>{t('payouts.needsDirector')}</Tag>}
          {item.decisionNote && <Typography.Text type="secondary">{item.decisionNote}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, item) =>
        item.status === 'proposed' || item.status === 'awaitingDirector' ? (
          <Space size={4}>
            <Button size="small" type="primary" onClick={() => approve(item)} data-testid={`${p.approveTestId}-${item.id}`}>
              {t('payouts.approve')}
            </Button>
            <Button size="small" danger onClick={() => setRejecting(item)}>
              {t('payouts.reject')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <Card
      title={p.title}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={p.searchPlaceholder}
            aria-label={p.searchPlaceholder}
            onSearch={(v) => {
              setQ(v.trim());
              paged.resetPage();
            }}
            style={{ width: 220 }}
          />
          <Segmented
            value={status}
            onChange={(v) => {
              setStatus(v as S);
              paged.resetPage();
            }}
            options={p.statuses.map((s) => ({ value: s, label: p.statusLabel(s) }))}
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{p.intro}</Typography.Paragraph>
      <PagedTable<T> paged={paged} columns={columns} emptyText={p.emptyText} testId={p.testId} exportPath={p.path} />
      <RejectModal
        path={rejecting && `${p.path}/${rejecting.id}/reject`}
        title={p.rejectTitle}
        onClose={() => setRejecting(null)}
        onDone={() => {
          setRejecting(null);
          paged.list.reload();
        }}
      />
    </Card>
  );
}
