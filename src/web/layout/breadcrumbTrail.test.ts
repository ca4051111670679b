import { expect, test } from 'vitest';
import { breadcrumbTrail } from './breadcrumbTrail';

test.each([
  ['/filing-queue', '/filing-queue', []],
  ['/service-centre', '/filing-queue', [{ label: 'breadcrumb.home', path: '/filing-queue' }, { label: 'menu.serviceCentre' }]],
  ['/admin/users', '/admin/courts', [{ label: 'breadcrumb.home', path: '/admin/courts' }, { label: 'menu.admin' }, { label: 'menu.adminUsers' }]],
  ['/cases/12', '/workbench', [{ label: 'breadcrumb.home', path: '/workbench' }, { label: 'breadcrumb.case' }]],
  ['/notifications', '/my-cases', [{ label: 'breadcrumb.home', path: '/my-cases' }, { label: 'menu.notifications' }]],
  ['/finance/receipts', '/court-cases', [{ label: 'breadcrumb.home', path: '/court-cases' }, { label: 'menu.receipts' }]],
])('%s (home %s)', (path, home, trail) => expect(breadcrumbTrail(path, home)).toEqual(trail));
