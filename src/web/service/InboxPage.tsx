// 我的送达: documents the court served on me through the platform; opening the file is recorded and may complete
// service (the server records it when it sends the file); it can be downloaded again later.
import { Button, Card, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { api } from '../api/client';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';

interface InboxItem {
  id: number;
  caseId: number;
  caseNumber: string | null;
  courtName: string;
  document: string;
  label: { 'zh-CN': string; en: string };
  sentAt: string;
  readAt: string | null;
  deemedOn: string | null;
  fileName: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

export function InboxPage() {
  const { t, pick } = useI18n();
  const paged = usePagedList<InboxItem>('/inbox');
  // The file opens in a new tab (or downloads); the list shows the opening once the server has recorded it.
  const opened = async (d: InboxItem) => {
    for (let i = 0; i < 20 && !d.readAt; i++) {
      await sleep(250);
      if ((await api.get<InboxItem>(`/inbox/${d.id}`)).readAt) break;
    }
    paged.list.reload();
  };
  const columns: ColumnsType<InboxItem> = [
    { title: t('case.number'), key: 'case', width: 220, render: (_, d) => <Link to={`/cases/${d.caseId}`}>{d.caseNumber ?? `#${d.caseId}`}</Link> },
    { title: t('case.court'), dataIndex: 'courtName', width: 200 },
    { title: t('service.document'), key: 'doc', render: (_, d) => <span title={d.fileName ?? undefined}>{pick(d.label)}</span> },
    { title: t('inbox.sentAt'), key: 'sent', width: 160, render: (_, d) => formatInstant(d.sentAt) },
    {
      title: t('inbox.status'),
      key: 'status',
      width: 260,
      render: (_, d) => (
        <span data-testid="inbox-status">
          {d.readAt ? <Tag color="success">{t('inbox.read', { at: formatInstant(d.readAt) })}</Tag> : <Tag color="processing">{t('inbox.unread')}</Tag>}
          {d.deemedOn && <Typography.Text type="secondary">{t('inbox.deemed', { date: d.deemedOn })}</Typography.Text>}
        </span>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, d) => (
        <Button size="small" type={d.readAt ? 'default' : 'primary'} disabled={!d.fileName} href={`/api/v1/inbox/${d.id}/file`} target={d.fileName?.endsWith('.pdf') ? '_blank' : undefined} onClick={() => void opened(d)}>
          {d.readAt ? t('inbox.download') : t('inbox.open')}
        </Button>
      ),
    },
  ];
  return (
    <Card title={t('menu.inbox')} extra={<Typography.Text type="secondary">{t('inbox.hint')}</Typography.Text>}>
      <PagedTable<InboxItem> paged={paged} columns={columns} emptyText={t('inbox.empty')} testId="inbox" />
    </Card>
  );
}
