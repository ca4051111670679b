// Where a signed-in page sits: 首页 › (系统管理 ›) the menu entry › a case — from the path and the menu's own labels.
import type { MessageKey } from '../i18n/messages';
import { ADMIN_ENTRIES, CASE_MENU_ENTRIES, type MenuEntry } from './menuItems';

export interface Crumb {
  label: MessageKey;
  /** Where the crumb links to; the last crumb (the page itself) has none. */
  path?: string;
}

const EXTRA_PAGES: MenuEntry[] = [
  { path: '/cases/', label: 'breadcrumb.case' },
  { path: '/notifications', label: 'menu.notifications' },
];

/** The trail for `pathname`, starting from the user's home page; [] on the home page itself. */
export function breadcrumbTrail(pathname: string, home: string): Crumb[] {
  if (pathname === '/' || pathname === home) return [];
  const trail: Crumb[] = [{ label: 'breadcrumb.home', path: home }];
  const admin = ADMIN_ENTRIES.find((e) => pathname.startsWith(e.path));
  if (admin) return [...trail, { label: 'menu.admin' }, { label: admin.label }];
  const entry = [...CASE_MENU_ENTRIES, ...EXTRA_PAGES].find((e) => pathname.startsWith(e.path));
  return entry ? [...trail, { label: entry.label }] : trail;
}
