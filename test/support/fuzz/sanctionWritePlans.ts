// Write-route fuzz plans of 执行 (2/2): 执行和解 and the credit sanctions (失信与限消), beside writeRoutePlans.ts.
import fc from 'fast-check';
import { CaseAt } from './caseRefs';
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
  'POST /api/v1/credit/listings/{id}/corrections': { actors: ['lisi', 'zhangsan'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/corrections/{id}/decision': { actors: ['ng-exec1', 'ng-judge1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/corrections/{id}/correct': { actors: ['ng-exec1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/corrections/{id}/reconsideration': { actors: ['lisi', 'zhangsan'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
  'POST /api/v1/credit/corrections/{id}/reconsideration-decision': { actors: ['ng-exec1'], params: () => ({ id: fc.integer({ min: 1, max: 10 }) }), weight: 0.25 },
});
