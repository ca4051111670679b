// 我的通知: the signed-in user's notifications, unread first and newest first; opening one marks it read and goes to
// what it is about; 全部标为已读 marks them all. A table on a wide screen, cards on a phone.
import { App, Button, Card, Space, Switch, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { MarkedRead, Notification } from '../../contracts/notifications';
import { api, ApiError } from '../api/client';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { CardLine, CardList } from '../lists/CardList';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { announceNotificationsRead } from './unreadEvents';

export function NotificationsPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const narrow = useNarrowScreen();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const paged = usePagedList<Notification>('/notifications', { unread: onlyUnread || undefined });
  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.message : String(e));

  const markRead = async (n: Notification) => {
    if (n.readAt) return;
    await api.post(`/notifications/${n.id}/read`);
    announceNotificationsRead();
  };
  const open = async (n: Notification) => {
    try {
      await markRead(n);
      if (n.link) navigate(n.link);
      else paged.list.reload();
    } catch (e) {
      fail(e);
    }
  };
  const readAll = async () => {
    try {
      const r = await api.post<MarkedRead>('/notifications/read-all');
      message.success(t('notifications.readAllDone', { n: r.marked }));
      announceNotificationsRead();
      paged.list.reload();
    } catch (e) {
      fail(e);
    }
  };

  const status = (n: Notification) => (n.readAt ? <Tag>{t('notifications.read')}</Tag> : <Tag color="blue">{t('notifications.unread')}</Tag>);
  const title = (n: Notification) => (
    <Typography.Link onClick={() => void open(n)} strong={!n.readAt} data-testid="notification-title">
      {pick(n.title)}
    </Typography.Link>
  );
  const markButton = (n: Notification) =>
    !n.readAt && (
      <Button size="small" onClick={() => void markRead(n).then(paged.list.reload, fail)}>
        {t('notifications.markRead')}
      </Button>
    );
  const extra = (
    <Space wrap>
      <Space size={4}>
        <Switch size="small" checked={onlyUnread} onChange={(v) => { setOnlyUnread(v); paged.resetPage(); }} aria-label={t('notifications.onlyUnread')} />
        <Typography.Text>{t('notifications.onlyUnread')}</Typography.Text>
      </Space>
      <Button onClick={() => void readAll()} data-testid="notifications-read-all">
        {t('notifications.readAll')}
      </Button>
    </Space>
  );
  const items = paged.list.data?.items ?? [];

  if (narrow) {
    return (
      <Card title={t('menu.notifications')}>
        <div style={{ marginBottom: 12 }}>{extra}</div>
        <CardList<Notification>
          items={items}
          loading={paged.list.loading}
          pagination={paged.pagination}
          emptyText={t('notifications.empty')}
          testId="notifications"
          renderCard={(n) => ({
            title: title(n),
            extra: status(n),
            body: (
              <>
                <Typography.Paragraph style={{ marginBottom: 4 }}>{pick(n.body)}</Typography.Paragraph>
                <CardLine label={t('notifications.createdAt')}>{formatInstant(n.createdAt)}</CardLine>
                <div style={{ marginTop: 8 }}>{markButton(n)}</div>
              </>
            ),
          })}
        />
      </Card>
    );
  }
  const columns: ColumnsType<Notification> = [
    { title: t('notifications.status'), key: 'status', width: 80, render: (_, n) => status(n) },
    { title: t('notifications.title'), key: 'title', width: 220, render: (_, n) => title(n) },
    { title: t('notifications.body'), key: 'body', width: 460, render: (_, n) => <Typography.Text type={n.readAt ? 'secondary' : undefined}>{pick(n.body)}</Typography.Text> },
    { title: t('notifications.createdAt'), key: 'createdAt', width: 150, render: (_, n) => formatInstant(n.createdAt) },
    { title: t('common.actions'), key: 'actions', width: 110, render: (_, n) => markButton(n) },
  ];
  return (
    <Card title={t('menu.notifications')} extra={extra}>
      <PagedTable<Notification> paged={paged} columns={columns} emptyText={t('notifications.empty')} testId="notifications" />
    </Card>
  );
}
