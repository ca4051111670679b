// Route fuzz plans of the dossier's export and archive (issue 20 item 5): exports of either volume (and hostile
// volumes) by parties, staff and another court; export rows and their content by id; the archive status and its
// build on cases at any node (only a closed or archived case is built, by the court's staff).
import fc from 'fast-check';
import { CaseAt } from './caseRefs';
import { HOSTILE_TEXT } from './hostile';
import type { RoutePlan } from './routeTarget';

const cases = () => fc.constantFrom(new CaseAt('assigned'), new CaseAt('submitted'), new CaseAt('closed'), new CaseAt('implementing', '执'));
const exportIds = () => fc.oneof({ arbitrary: fc.integer({ min: 1, max: 40 }), weight: 4 }, { arbitrary: fc.constantFrom(2 ** 53 - 1, 999999), weight: 1 });

export const DOSSIER_EXPORT_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/dossier-exports/{id}': { actors: ['zhangsan', 'ng-filing', 'kc-filing'], params: () => ({ id: exportIds() }), weight: 0.5 },
  'GET /api/v1/dossier-exports/{id}/content': { actors: ['zhangsan', 'ng-filing', 'kc-filing'], params: () => ({ id: exportIds() }), weight: 0.5 },
  'GET /api/v1/cases/{id}/archive': { actors: ['zhangsan', 'lisi', 'ng-filing', 'kc-filing'], params: () => ({ id: cases() }), weight: 0.5 },
};

export const DOSSIER_EXPORT_WRITE_PLANS: Record<string, RoutePlan> = {
  'POST /api/v1/cases/{id}/dossier/exports': {
    actors: ['zhangsan', 'ng-filing', 'kc-filing'],
    params: () => ({ id: cases() }),
    hints: () => ({ volume: fc.constantFrom('primary', 'secondary', 'main', '', ...HOSTILE_TEXT) }),
    weight: 0.5,
  },
  'POST /api/v1/cases/{id}/archive': { actors: ['ng-clerk', 'ng-filing', 'zhangsan', 'kc-filing'], params: () => ({ id: cases() }), weight: 0.5 },
};
