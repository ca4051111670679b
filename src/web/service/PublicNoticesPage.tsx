// 公告 (public, no login): the announcements of public hearings until they begin (CPL-2023 art 139), and notices of
// service while they run, with their full text and the day service is deemed.
import { Card, Empty, List, Pagination, Space, Tag, Typography } from 'antd';
import { PublicToolLayout } from '../layout/PublicToolLayout';
import { usePagedList } from '../lists/usePagedList';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

interface Notice {
  id: number;
  courtName: string;
  caseNumber: string | null;
  recipient: string;
  document: string;
  issuedOn: string;
  deemedOn: string;
  content: { 'zh-CN': string; en: string };
}

interface HearingAnnouncement {
  id: number;
  courtName: string;
  caseNumber: string | null;
  startsAt: string;
  roomName: string;
  postponed: boolean;
  announcedOn: string;
  content: { 'zh-CN': string; en: string };
}

function HearingAnnouncements() {
  const { t, pick } = useI18n();
  const paged = usePagedList<HearingAnnouncement>('/public-notices/hearings', {}, 10);
  const items = paged.list.data?.items ?? [];
  return (
    <Card title={t('notices.hearings')} loading={paged.list.loading && !paged.list.data} data-testid="hearing-announcements" style={{ marginBottom: 16 }}>
      {items.length === 0 ? (
        <Empty description={t('notices.hearingsEmpty')} />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={items}
          renderItem={(h) => (
            <List.Item key={h.id} data-testid="hearing-announcement">
              <Space wrap style={{ marginBottom: 8 }}>
                <Typography.Text strong>{h.courtName}</Typography.Text>
                <Typography.Text>{h.caseNumber}</Typography.Text>
                {h.postponed && <Tag color="orange">{t('notices.postponed')}</Tag>}
                <Typography.Text type={h.postponed ? 'secondary' : undefined} delete={h.postponed}>
                  {t('notices.hearingAt', { at: formatInstant(h.startsAt), room: h.roomName })}
                </Typography.Text>
                <Typography.Text type="secondary">{t('notices.announcedOn', { on: h.announcedOn })}</Typography.Text>
              </Space>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{pick(h.content)}</Typography.Paragraph>
            </List.Item>
          )}
        />
      )}
      {(paged.list.data?.total ?? 0) > 10 && <Pagination style={{ marginTop: 16 }} {...paged.pagination} />}
    </Card>
  );
}

export function PublicNoticesPage() {
  const { t, pick } = useI18n();
  const paged = usePagedList<Notice>('/public-notices', {}, 10);
  const items = paged.list.data?.items ?? [];
  return (
    <PublicToolLayout path="/notices" intro={t('notices.intro')}>
      <HearingAnnouncements />
      <Card title={t('notices.service')} loading={paged.list.loading && !paged.list.data} data-testid="public-notices">
        {items.length === 0 ? (
          <Empty description={t('notices.empty')} />
        ) : (
          <List
            itemLayout="vertical"
            dataSource={items}
            renderItem={(n) => (
              <List.Item key={n.id} data-testid="public-notice">
                <Space wrap style={{ marginBottom: 8 }}>
                  <Typography.Text strong>{n.courtName}</Typography.Text>
                  <Typography.Text>{n.caseNumber}</Typography.Text>
                  <Tag>{t(`serviceDocument.${n.document}` as MessageKey)}</Tag>
                  <Typography.Text type="secondary">{t('notices.dates', { issued: n.issuedOn, deemed: n.deemedOn })}</Typography.Text>
                </Space>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{pick(n.content)}</Typography.Paragraph>
              </List.Item>
            )}
          />
        )}
        {(paged.list.data?.total ?? 0) > 10 && <Pagination style={{ marginTop: 16 }} {...paged.pagination} />}
      </Card>
    </PublicToolLayout>
  );
}
