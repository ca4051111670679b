// Route fuzz plans of the element trial (要素式审判, issue 21 item 1): a case's elements are read by its parties and
// its court's staff, by nobody of another court; an id that is no case is not found. The judgment draft is the
// court's staff's (a party: 403), of a registered case (a filing under review: 422).
import fc from 'fast-check';
import { CaseAt } from './caseRefs';
import type { RoutePlan } from './routeTarget';

export const ELEMENT_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/cases/{id}/elements': {
    actors: ['zhangsan', 'ng-judge1', 'kc-filing'],
    params: () => ({ id: fc.constantFrom<number | CaseAt>(new CaseAt('submitted'), new CaseAt('accepted'), new CaseAt('closed'), 2 ** 53 - 1) }),
    weight: 0.2,
  },
  'GET /api/v1/cases/{id}/judgment-draft': {
    actors: ['ng-judge1', 'zhangsan', 'kc-filing'],
    params: () => ({ id: fc.constantFrom<number | CaseAt>(new CaseAt('submitted'), new CaseAt('accepted'), new CaseAt('closed'), 2 ** 53 - 1) }),
    weight: 0.2,
  },
};
