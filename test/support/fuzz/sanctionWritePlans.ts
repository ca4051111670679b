// Write-route fuzz plans of 执行 (2/2): 执行和解, the credit sanctions (失信与限消) and 网络查控, beside writeRoutePlans.ts.
import fc from 'fast-check';
import { CaseAt, partyRef } from './caseRefs';
import { HOSTILE_TEXT, IMPOSSIBLE_DATES } from './hostile';
import type { RoutePlan } from './routeTarget';

const text = (...values: string[]) => fc.constantFrom(...values, ...HOSTILE_TEXT);

/** `executionFiles`: the uploaded files the write fuzz collects as it goes (read when a plan runs). */
export const settlementAndCreditPlans = (executionFiles: number[]): Record<string, RoutePlan> => ({
  // 执行和解: schedules in and out of order, with impossible dates and amounts, by the officer and others; payments and
  // restorations on cases with and without an agreement (404/409/422), by the applicant, the debtor and staff.
  'POST /api/v1/cases/{id}/execution/settlement': {
    actors: ['ng-exec1', 'ng-judge1', 'zhangsan'],
    params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('implementing', '执'), new CaseAt('closed', '执'), new CaseAt('submitted')) }),
    hints: () => ({
      agreedOn: fc.constantFrom('2026-01-05', '2099-01-01', ...IMPOSSIBLE_DATES),
      instalments: fc.array(fc.record({ amount: fc.constantFrom('1.00', '0', '30000.00', ...HOSTILE_TEXT), dueOn: fc.constantFrom('2026-03-01', '2026-02-01', '2026-01-05', ...IMPOSSIBLE_DATES) }), { minLength: 0, maxLength: 4 }),
      replaces: text('分期履行', ''),
      documentId: fc.subarray(executionFiles).map((a) => a[0] ?? 2000000000),
    }),
    weight: 0.5,
  },
  'POST /api/v1/cases/{id}/execution/settlement/payments': {
    actors: ['ng-exec1', 'zhangsan'],
    params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('suspended', '执'), new CaseAt('submitted')) }),
    hints: () => ({ paidOn: fc.constantFrom('2026-01-05', '2099-01-01', ...IMPOSSIBLE_DATES), amount: fc.constantFrom('1.00', '0', ...HOSTILE_TEXT) }),
    weight: 0.25,
  },
  'POST /api/v1/cases/{id}/execution/settlement/restoration': {
    actors: ['zhangsan', 'lisi', 'ng-exec1', 'ng-filing'],
    params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('closed', '执'), new CaseAt('suspended', '执恢'), new CaseAt('submitted')) }),
    hints: () => ({ ground: fc.constantFrom('default', 'fraud', 'duress', 'invalidated', ...HOSTILE_TEXT), reason: text('未履行', '') }),
    weight: 0.25,
  },
  // 失信与限消: proposals by the officer and others on 执 cases and others, for any party id (422 not a debtor), with
  // impossible dates, minors' ID numbers never reached; decisions by the president and others on ids that may not exist.
  'POST /api/v1/cases/{id}/credit/restrictions': {
    actors: ['ng-exec1', 'ng-judge1', 'ng-president'],
    params: () => ({ id: fc.constantFrom(new CaseAt('implementing', '执'), new CaseAt('submitted')) }),
    hints: () => ({ partyId: fc.integer({ min: 1, max: 200 }), items: fc.constantFrom([], ['trains'], ['x']), untilOn: fc.constantFrom(null, '2099-12-31', '2026-01-01', ...IMPOSSIBLE_DATES) }),
    weight: 0.5,
  },
  'POST /api/v1/cases/{id}/credit/listings': {
    actors: ['ng-exec1', 'ng-judge1'],
    params: () => ({ id: fc.constantFrom(new CaseAt('implementing', '执'), new CaseAt('submitted')) }),
    hints: () => ({ partyId: fc.integer({ min: 1, max: 200 }), ground: fc.integer({ min: 0, max: 7 }), aggravationYears: fc.integer({ min: -1, max: 4 }), facts: text('拒不履行'), birthDate: fc.constantFrom('2015-01-01', ...IMPOSSIBLE_DATES) }),
    weight: 0.5,
  },
  'POST /api/v1/credit/restrictions/{id}/decision': { actors: ['ng-president', 'ng-exec1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/restrictions/{id}/lift': { actors: ['ng-exec1', 'ng-judge1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/listings/{id}/decision': { actors: ['ng-president', 'ng-exec1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/listings/{id}/deletion-ground': { actors: ['ng-exec1', 'ng-judge1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), hints: () => ({ on: fc.constantFrom('2099-12-31', ...IMPOSSIBLE_DATES) }), weight: 0.25 },
  'POST /api/v1/credit/listings/{id}/delete': { actors: ['ng-exec1', 'ng-judge1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/listings/{id}/corrections': { actors: ['lisi', 'zhangsan'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), hints: () => ({ reason: text('已履行完毕', ''), attachmentIds: fc.array(fc.constantFrom(...executionFiles, 2_000_000_000), { maxLength: 2 }) }), weight: 0.25 },
  'POST /api/v1/credit/corrections/{id}/decision': { actors: ['ng-exec1', 'ng-judge1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/corrections/{id}/correct': { actors: ['ng-exec1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/corrections/{id}/reconsideration': { actors: ['lisi', 'zhangsan'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/corrections/{id}/reconsideration-decision': { actors: ['ng-exec1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  // 网络查控: the officer inquires and asks for controls on 执 cases (debtors, agencies and assets that may not be the
  // case's: 422/404), others 403/404; the 执行局长 decides ids that may not exist; agencies act on ids not theirs (404).
  'POST /api/v1/cases/{id}/asset-control/inquiries': {
    actors: ['ng-exec1', 'ng-judge1', 'agency-icbc'],
    params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('implementing', '执'), new CaseAt('submitted')) }),
    hints: () => ({ partyIds: fc.array(partyRef, { minLength: 1, maxLength: 3 }), agencyIds: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 3 }), legalBasis: text('依法查询', '') }),
    weight: 0.5,
  },
  'POST /api/v1/cases/{id}/asset-control/controls': {
    actors: ['ng-exec1', 'ng-judge1'],
    params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('implementing', '执')) }),
    hints: () => ({ kind: fc.constantFrom('freeze', 'seize', 'deduct', 'unfreeze', 'renew', ...HOSTILE_TEXT), assetId: fc.integer({ min: 1, max: 20 }), controlId: fc.integer({ min: 1, max: 20 }), agencyId: fc.integer({ min: 1, max: 30 }), amountFen: fc.integer({ min: -1, max: 2 ** 53 }) }),
    weight: 0.5,
  },
  'POST /api/v1/cases/{id}/asset-control/assets': {
    actors: ['ng-exec1', 'ng-judge1'],
    params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('implementing', '执'), new CaseAt('submitted')) }),
    hints: () => ({ partyId: partyRef, kind: fc.constantFrom('account', 'vehicle', 'realEstate', 'other', ...HOSTILE_TEXT), identifier: text('吉A12345', '6222020000000001', ''), balanceFen: fc.constantFrom(0, 100, -1, null), foundOn: fc.constantFrom('2026-03-01', '2099-01-01', ...IMPOSSIBLE_DATES) }),
    weight: 0.5,
  },
  'POST /api/v1/asset-control/requests/{id}/approve': { actors: ['ng-execchief', 'ng-exec1', 'kc-chief'], params: () => ({ id: fc.integer({ min: 1, max: 20 }) }), weight: 0.25 },
  'POST /api/v1/asset-control/requests/{id}/reject': { actors: ['ng-execchief', 'ng-chief'], params: () => ({ id: fc.integer({ min: 1, max: 20 }) }), weight: 0.25 },
  'POST /api/v1/admin/asset-control/agencies': {
    actors: ['admin', 'ng-execchief', 'ng-chief'],
    hints: (w) => ({ channel: fc.constantFrom('national', 'local', ...HOSTILE_TEXT), kind: fc.constantFrom('bank', 'realEstateRegistry', 'housingFund', ...HOSTILE_TEXT), name: text('模糊测试登记中心', ''), courtId: fc.constantFrom(w.ref.ng.courtId, 2_000_000_000) }),
    weight: 0.25,
  },
  'PATCH /api/v1/admin/asset-control/agencies/{id}': { actors: ['admin', 'ng-execchief', 'kc-chief'], params: () => ({ id: fc.integer({ min: 1, max: 40 }) }), hints: () => ({ name: text('模糊测试登记中心', ''), isActive: fc.constantFrom(true, 'no') }), weight: 0.25 },
  'POST /api/v1/admin/asset-control/agencies/{id}/users': {
    actors: ['admin', 'ng-execchief', 'kc-chief'],
    params: () => ({ id: fc.integer({ min: 1, max: 40 }) }),
    hints: () => ({ username: text('agency-fuzz', 'admin', 'a'), displayName: text('模糊测试经办人', ''), password: text('fuzz-pass-2026', 'short'), phone: fc.constantFrom(null, '0431-1', ...HOSTILE_TEXT) }),
    weight: 0.25,
  },
  'PATCH /api/v1/admin/asset-control/agency-users/{id}': { actors: ['admin', 'ng-execchief', 'kc-chief'], params: () => ({ id: fc.integer({ min: 1, max: 400 }) }), hints: () => ({ displayName: text('模糊测试经办人', ''), phone: fc.constantFrom(null, '0431-1', ...HOSTILE_TEXT), isActive: fc.constantFrom(true, 'no') }), weight: 0.25 },
  'PUT /api/v1/admin/asset-control/courts/{courtId}/settings': { actors: ['admin', 'ng-execchief', 'kc-chief'], params: (w) => ({ courtId: fc.constantFrom(w.ref.ng.courtId, 2_000_000_000) }), hints: () => ({ controlApproval: fc.constantFrom('none', ...HOSTILE_TEXT), expectedVersion: fc.integer({ min: 0, max: 3 }) }), weight: 0.25 },
  'POST /api/v1/agency/requests/{id}/answer': {
    actors: ['agency-icbc', 'agency-ng-realestate', 'ng-exec1'],
    params: () => ({ id: fc.integer({ min: 1, max: 20 }) }),
    hints: () => ({ kind: fc.constantFrom('account', 'vehicle', 'realEstate', ...HOSTILE_TEXT), identifier: text('吉A12345', '6222', ''), balanceFen: fc.constantFrom(0, 100, -1, 1.5, null) }),
    weight: 0.5,
  },
  'POST /api/v1/agency/requests/{id}/execute': { actors: ['agency-icbc', 'agency-ng-realestate'], params: () => ({ id: fc.integer({ min: 1, max: 20 }) }), hints: () => ({ executedOn: fc.constantFrom('2026-03-01', '2099-01-01', ...IMPOSSIBLE_DATES), amountFen: fc.integer({ min: 0, max: 2 ** 53 }) }), weight: 0.5 },
  'POST /api/v1/agency/requests/{id}/refuse': { actors: ['agency-icbc', 'agency-ng-realestate'], params: () => ({ id: fc.integer({ min: 1, max: 20 }) }), hints: () => ({ reason: text('查无此人', '') }), weight: 0.25 },
  'POST /api/v1/agency/requests/{id}/receipt': { actors: ['agency-icbc'], params: () => ({ id: fc.integer({ min: 1, max: 20 }) }), hints: () => ({ attachmentId: fc.integer({ min: 1, max: 200 }) }), weight: 0.25 },
});
