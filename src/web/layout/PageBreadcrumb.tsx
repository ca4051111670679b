// The breadcrumb above every signed-in page (none on the user's home page).
import { Breadcrumb } from 'antd';
import { Link, useLocation } from 'react-router';
import { homePath } from '../auth/homePath';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { breadcrumbTrail } from './breadcrumbTrail';

export function PageBreadcrumb() {
  const { user } = useSession();
  const { t } = useI18n();
  const { pathname } = useLocation();
  if (!user) return null;
  const trail = breadcrumbTrail(pathname, homePath(user));
  if (!trail.length) return null;
  return (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      data-testid="breadcrumb"
      items={trail.map((c) => ({ key: c.label, title: c.path ? <Link to={c.path}>{t(c.label)}</Link> : t(c.label) }))}
    />
  );
}
