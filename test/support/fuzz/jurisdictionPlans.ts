// Route fuzz plans of jurisdiction (issue 19 items 4–5): the proposal, the rules, 跨域立案 and its statistics.
import fc from 'fast-check';
import { TINY_PDF } from '../fixtures';
import { CaseAt } from './caseRefs';
import { must } from './fuzzRequest';
import type { FuzzWorld } from './fuzzWorld';
import { HOSTILE_TEXT, IMPOSSIBLE_DATES } from './hostile';
import type { Hints } from './schemaArbitrary';
import type { RoutePlan } from './routeTarget';

const places = fc.record({
  plaintiffDomiciles: fc.array(fc.constantFrom('220102', '220104', '110105', '000000'), { maxLength: 3 }),
  defendantDomiciles: fc.array(fc.constantFrom('220102', '220103', '220104', '999999'), { maxLength: 3 }),
  administrative: fc.option(
    fc.record({ actingOrganPlace: fc.constantFrom('220102', '220104', '999999'), organKind: fc.constantFrom('customs', 'countyOrAboveGovernment', 'other'), restrictsPersonalFreedom: fc.boolean(), isMajorComplex: fc.boolean() }, { requiredKeys: [] }),
    { nil: undefined },
  ),
});
const dates = fc.constantFrom('2026-03-02', '2021-10-01', '2099-12-31', ...IMPOSSIBLE_DATES);

/** `filingHints`: the complaint hints of the filing plans; `files`: uploads the plans collect. */
export const jurisdictionWritePlans = (filingHints: (w: FuzzWorld) => Hints, files: number[]): Record<string, RoutePlan> => ({
  'POST /api/v1/jurisdiction/proposal': {
    actors: ['zhangsan', 'lawyer-wang', 'ng-filing', null],
    hints: (w) => ({ caseType: fc.constantFrom('民初', '行初'), causeId: fc.constantFrom(w.ref.loanCause, ...w.ref.causes), courtId: fc.constantFrom(...w.ref.courts), places, amount: fc.constantFrom('150000', '600000000', '0', '9999999999999.99'), onDate: dates }),
    weight: 1,
  },
  'POST /api/v1/filings/cross-region': {
    actors: ['ng-filing', 'cy-filing', 'zhangsan', 'ng-judge1'],
    prepare: async (w) => {
      const clerk = await w.as('ng-filing');
      files.push(must(await clerk.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint'), 'upload').id);
    },
    hints: (w) => ({ ...filingHints(w), jurisdiction: fc.option(places, { nil: undefined }), identityChecked: fc.constantFrom(true, true, false) }),
    weight: 1,
  },
  'POST /api/v1/admin/jurisdiction-rules': {
    actors: ['admin', 'ng-filing'],
    hints: () => ({
      key: fc.constantFrom('LEVEL-2021-intermediate-same-province', 'fuzz-rule', ...HOSTILE_TEXT),
      kind: fc.constantFrom('levelThreshold', 'designated', 'exclusive', 'territorial', 'adminTerritorial', 'adminLevel'),
      params: fc.oneof(fc.constant({ causeKeys: ['377'] }), fc.constant({ basis: 'reconsiderationOrgan' }), fc.constant({ level: 'intermediate', organKinds: ['customs'], majorComplex: false }), fc.constant({ contractCauseKeys: ['P4-10'] }), fc.constant({ causeKeys: 'all' }), fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 })),
      effectiveFrom: dates,
      effectiveTo: fc.option(dates, { nil: null }),
    }),
    weight: 0.5,
  },
  'PUT /api/v1/admin/courts/{id}/filing-settings': {
    actors: ['admin', 'ng-filing'],
    params: (w) => ({ id: fc.oneof(fc.constantFrom(...w.ref.courts), fc.integer({ min: 1, max: 2 ** 31 })) }),
    hints: () => ({ crossRegionForwardingDays: fc.integer({ min: -1, max: 12 }) }),
    weight: 0.25,
  },
  'POST /api/v1/admin/jurisdiction-rules/{id}/end': {
    actors: ['admin', 'zhangsan'],
    params: () => ({ id: fc.integer({ min: 1, max: 8 }) }),
    hints: () => ({ effectiveTo: dates }),
    weight: 0.5,
  },
});

export const jurisdictionReadPlans = (courts: (w: FuzzWorld) => fc.Arbitrary<number>): Record<string, RoutePlan> => ({
  'GET /api/v1/admin/courts/{id}/filing-settings': { actors: ['admin', 'ng-filing'], params: (w) => ({ id: fc.oneof(courts(w)) }), weight: 0.25 },
  'GET /api/v1/cases/{id}/jurisdiction': { actors: ['zhangsan', 'lisi', 'ng-filing', 'cy-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('submitted'), new CaseAt('crossRegionReceived')) }), weight: 0.5 },
  'GET /api/v1/statistics/cross-region': { actors: ['ng-chief', 'ng-president', 'cc-president', 'zhangsan'], hints: (w) => ({ courtId: courts(w), from: dates, to: dates }), weight: 0.5 },
});
