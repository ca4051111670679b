// The frame around every signed-in page: side menu by role, header with user, court, the notification bell, language
// and logout; on a phone, a short header with the bell, whose drawer holds the rest.
import { ApiOutlined, AuditOutlined, BankOutlined, FileAddOutlined, FolderOpenOutlined, LogoutOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Typography, type MenuProps } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { isStaffRole } from '../../domain/roles/roles';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { ROLE_LABELS } from '../i18n/vocabulary';
import { FullPageSpin } from '../auth/RequireAuth';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { PageBreadcrumb } from './PageBreadcrumb';
import { ADMIN_ENTRIES, caseMenuFor, executionEntries, isFilingDivisionChief, MEDIATION_ADMIN_ENTRY } from './menuItems';
import { useNarrowScreen } from './useNarrowScreen';

// The phone's header (with its drawer) is fetched only on a phone: the login page's scripts stay as they were.
const NarrowHeader = lazy(() => import('./NarrowHeader').then((m) => ({ default: m.NarrowHeader })));

const ICONS: Record<string, ReactNode> = {
  '/filings/new': <FileAddOutlined />,
  '/filings/cross-region/new': <FileAddOutlined />,
  '/filing-queue': <AuditOutlined />,
  '/court-cases': <BankOutlined />,
};

export function AppLayout() {
  const { user, logout } = useSession();
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const narrow = useNarrowScreen();
  if (!user) return <FullPageSpin />;

  const caseEntries = [...caseMenuFor(user.roles), ...(isFilingDivisionChief(user) && !user.roles.includes('admin') ? [MEDIATION_ADMIN_ENTRY] : []), ...executionEntries(user)];
  const items: MenuProps['items'] = caseEntries.map((e) => ({
    key: e.path,
    label: t(e.label),
    icon: ICONS[e.path] ?? <FolderOpenOutlined />,
  }));
  if (user.roles.includes('admin')) {
    items.push({
      key: 'admin',
      label: t('menu.admin'),
      icon: <SettingOutlined />,
      children: ADMIN_ENTRIES.map((e) => ({ key: e.path, label: t(e.label) })),
    });
  }
  const selected = [...caseEntries, ...ADMIN_ENTRIES].map((e) => e.path).filter((p) => location.pathname.startsWith(p));
  const showApiDocs = user.roles.some((r) => r === 'admin' || isStaffRole(r));
  const roleNames = user.roles.map((r) => pick(ROLE_LABELS[r])).join('、');
  const userLine = [user.courtName, roleNames].filter(Boolean).join(' · ');
  const onLogout = async () => {
    await logout();
    navigate('/login', { replace: true });
  };
  const content = (
    <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
      {/* A page's chunk loads under the menu, which stays in place; the phone layout has no room for breadcrumbs. */}
      {!narrow && <PageBreadcrumb />}
      <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '96px auto' }} />}>
        <Outlet />
      </Suspense>
    </Layout.Content>
  );

  if (narrow) {
    return (
      <Layout style={{ minHeight: '100vh' }}>
        <Suspense fallback={<Layout.Header style={{ background: '#fff', height: 56 }} />}>
          <NarrowHeader items={items} selected={selected} userName={user.displayName} userLine={userLine} onNavigate={(p) => navigate(p)} onLogout={() => void onLogout()} />
        </Suspense>
        {content}
      </Layout>
    );
  }
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" breakpoint="lg" collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208} style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ height: 56, display: 'flex', alignItems: 'center', justifyContent: 'center', fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {collapsed ? 'CF' : t('app.short')}
        </div>
        <Menu mode="inline" items={items} selectedKeys={selected} defaultOpenKeys={['admin']} onClick={({ key }) => navigate(key)} style={{ borderInlineEnd: 'none' }} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('app.name')}
          </Typography.Text>
          <Space size="middle">
            <span data-testid="current-user">
              <Typography.Text strong>{user.displayName}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {userLine}
              </Typography.Text>
            </span>
            {showApiDocs && (
              <Button type="link" icon={<ApiOutlined />} href="/api/docs" target="_blank" rel="noreferrer">
                {t('menu.apiDocs')}
              </Button>
            )}
            <NotificationBell />
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={() => void onLogout()}>
              {t('common.logout')}
            </Button>
          </Space>
        </Layout.Header>
        {content}
      </Layout>
    </Layout>
  );
}
