// The bell in the header: the signed-in user's unread notifications as a badge, asked again every minute, on every
// navigation and when the notifications page marks some read; a click opens 我的通知.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { UnreadCount } from '../../contracts/notifications';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { onNotificationsRead } from './unreadEvents';

const POLL_MS = 60_000;

export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Quiet: a failed count (a network blip) is not worth a message on every page.
  const count = useApiGet<UnreadCount>('/notifications/unread-count', { quiet: true, keepPreviousData: true });
  const { reload } = count;
  const shownAt = useRef(pathname);
  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    reload();
  }, [pathname, reload]);
  useEffect(() => {
    const timer = window.setInterval(reload, POLL_MS);
    const off = onNotificationsRead(reload);
    return () => {
      window.clearInterval(timer);
      off();
    };
  }, [reload]);
  const n = count.data?.unread ?? 0;
  return (
    <Badge count={n} size="small" overflowCount={99} offset={[-4, 4]}>
      <Button type="text" icon={<BellOutlined style={{ fontSize: 18 }} />} aria-label={t('notifications.bell', { n })} title={t('notifications.bell', { n })} onClick={() => navigate('/notifications')} data-testid="notification-bell" />
    </Badge>
  );
}
