// Route fuzz plans of the element trial (要素式审判, issue 21 item 1): a case's elements are read by its parties and
// its court's staff, by nobody of another court; an id that is no case is not found.
import fc from 'fast-check';
import { CaseAt } from './caseRefs';
import type { RoutePlan } from './routeTarget';

export const ELEMENT_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/cases/{id}/elements': {
    actors: ['zhangsan', 'ng-judge1', 'kc-filing'],
    params: () => ({ id: fc.constantFrom<number | CaseAt>(new CaseAt('submitted'), new CaseAt('accepted'), new CaseAt('closed'), 2 ** 53 - 1) }),
    weight: 0.2,
  },
};
