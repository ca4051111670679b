import { expect, test } from 'vitest';
import { breadcrumbTrail } from './breadcrumbTrail';
import { caseMenuFor, isExecutionDivisionChief, isFilingDivisionChief } from './menuItems';

test.each([
  [['divisionChief', 'judge'], 'filing', true],
  [['divisionChief', 'judge'], 'civil', false],
  [['filingClerk'], 'filing', false],
  [['admin'], null, false],
] as const)('roles %j in a %s division: 调解组织与调解员 in the case menu is %s', (roles, divisionKind, expected) => {
  expect(isFilingDivisionChief({ roles: [...roles], divisionKind })).toBe(expected);
});

test('the page sits under 系统管理 in the breadcrumbs', () => {
  expect(breadcrumbTrail('/admin/mediation', '/filing-queue')).toEqual([{ label: 'breadcrumb.home', path: '/filing-queue' }, { label: 'menu.admin' }, { label: 'menu.adminMediation' }]);
});

test.each([
  [['divisionChief', 'judge'], 'execution', true],
  [['divisionChief', 'judge'], 'civil', false],
  [['judge'], 'execution', false],
] as const)('roles %j in a %s division: 案款发放审批 in the case menu is %s', (roles, divisionKind, expected) => {
  expect(isExecutionDivisionChief({ roles: [...roles], divisionKind })).toBe(expected);
});

test('finance and the president find the payouts by role; a judge does not', () => {
  expect(['finance', 'president', 'judge'].map((r) => caseMenuFor([r as 'finance']).some((e) => e.path === '/execution/payouts'))).toEqual([true, true, false]);
});
