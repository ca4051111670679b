// 我的送达: documents the court served on me through the platform; opening the file is recorded and may complete
// service (the server records it when it sends the file); it can be downloaded again later.
import { Button, Card, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { api } from '../api/client';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { CardLine, CardList } from '../lists/CardList';
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
  const narrow = useNarrowScreen();
  // The file opens in a new tab (or downloads); the list shows the opening once the server has recorded it.
  const opened = async (d: InboxItem) => {
    for (let i = 0; i < 20 && !d.readAt; i++) {
      await sleep(250);
      if ((await api.get<InboxItem>(`/inbox/${d.id}`)).readAt) break;
    }
    paged.list.reload();
  };
  // A blue tag, not antd's 'processing' one, whose #1677ff on light blue is below 4.5:1 (WCAG 1.4.3).
  const status = (d: InboxItem) => (
    <span data-testid="inbox-status">
      {d.readAt ? <Tag color="success">{t('inbox.read', { at: formatInstant(d.readAt) })}</Tag> : <Tag color="blue">{t('inbox.unread')}</Tag>}
      {d.deemedOn && <Typography.Text type="secondary">{t('inbox.deemed', { date: d.deemedOn })}</Typography.Text>}
    </span>
  );
  // A link to the file, not a POST: opening it is what serves the document (ONLINE-LIT art 31).
  const openButton = (d: InboxItem, block = false) => (
    <Button
      size={block ? 'middle' : 'small'}
      block={block}
      type={d.readAt ? 'default' : 'primary'}
      disabled={!d.fileName}
      href={`/api/v1/inbox/${d.id}/file`}
      target={d.fileName?.endsWith('.pdf') ? '_blank' : undefined}
      onClick={() => void opened(d)}
    >
      {d.readAt ? t('inbox.download') : t('inbox.open')}
    </Button>
  );
  const caseLink = (d: InboxItem) => <Link to={`/cases/${d.caseId}`}>{d.caseNumber ?? `#${d.caseId}`}</Link>;
  const columns: ColumnsType<InboxItem> = [
    { title: t('case.number'), key: 'case', width: 220, render: (_, d) => caseLink(d) },
    { title: t('case.court'), dataIndex: 'courtName', width: 200 },
    { title: t('service.document'), key: 'doc', render: (_, d) => <span title={d.fileName ?? undefined}>{pick(d.label)}</span> },
    { title: t('inbox.sentAt'), key: 'sent', width: 160, render: (_, d) => formatInstant(d.sentAt) },
    {
      title: t('inbox.status'),
      key: 'status',
      width: 260,
      render: (_, d) => status(d),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, d) => openButton(d),
    },
  ];
  if (narrow) {
    // On a phone the hint goes under the title, and each document is a card whose 阅读 button spans its width.
    return (
      <Card title={t('menu.inbox')}>
        <Typography.Paragraph type="secondary">{t('inbox.hint')}</Typography.Paragraph>
        <CardList<InboxItem>
          items={paged.list.data?.items ?? []}
          loading={paged.list.loading}
          pagination={paged.pagination}
          emptyText={t('inbox.empty')}
          testId="inbox"
          renderCard={(d) => ({
            title: pick(d.label),
            body: (
              <>
                <CardLine label={t('case.number')}>{caseLink(d)}</CardLine>
                <CardLine label={t('case.court')}>{d.courtName}</CardLine>
                <CardLine label={t('inbox.sentAt')}>{formatInstant(d.sentAt)}</CardLine>
                <CardLine label={t('inbox.status')}>{status(d)}</CardLine>
                <div style={{ marginTop: 8 }}>{openButton(d, true)}</div>
              </>
            ),
          })}
        />
      </Card>
    );
  }
  return (
    <Card title={t('menu.inbox')} extra={<Typography.Text type="secondary">{t('inbox.hint')}</Typography.Text>}>
      <PagedTable<InboxItem> paged={paged} columns={columns} emptyText={t('inbox.empty')} testId="inbox" />
    </Card>
  );
}
