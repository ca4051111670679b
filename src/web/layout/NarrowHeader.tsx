// The frame's header on a phone: the short name and a menu button; the menu, the user, language and logout sit in
// a drawer, so nothing wraps or runs off a 390 px screen; the notification bell stays in the header.
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Menu, Space, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';

interface NarrowHeaderProps {
  items: MenuProps['items'];
  selected: string[];
  userName: string;
  userLine: string;
  onNavigate(path: string): void;
  onLogout(): void;
}

export function NarrowHeader({ items, selected, userName, userLine, onNavigate, onLogout }: NarrowHeaderProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Layout.Header style={{ background: '#fff', padding: '0 12px', display: 'flex', alignItems: 'center', gap: 8, borderBottom: '1px solid #f0f0f0', height: 56, lineHeight: '56px' }}>
      <Button type="text" icon={<MenuOutlined />} aria-label={t('portal.openMenu')} aria-expanded={open} onClick={() => setOpen(true)} data-testid="drawer-menu-button" />
      <Typography.Text strong ellipsis style={{ fontSize: 16, flex: 1, minWidth: 0 }}>
        {t('app.short')}
      </Typography.Text>
      <NotificationBell />
      <Drawer
        placement="left"
        open={open}
        onClose={() => setOpen(false)}
        size={280}
        title={t('portal.menu')}
        styles={{ body: { padding: 0, display: 'flex', flexDirection: 'column' } }}
        data-testid="drawer-menu"
      >
        <div data-testid="current-user" style={{ padding: '12px 24px', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong>{userName}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{userLine}</Typography.Text>
        </div>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={selected}
          defaultOpenKeys={['admin']}
          onClick={({ key }) => {
            setOpen(false);
            onNavigate(key);
          }}
          style={{ borderInlineEnd: 'none', flex: 1 }}
        />
        <Space style={{ padding: '12px 24px', borderTop: '1px solid #f0f0f0' }}>
          <LanguageSwitch />
          <Button icon={<LogoutOutlined />} onClick={onLogout}>
            {t('common.logout')}
          </Button>
        </Space>
      </Drawer>
    </Layout.Header>
  );
}
