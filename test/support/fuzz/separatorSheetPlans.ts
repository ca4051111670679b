// Route fuzz plans of the separator sheets (分隔页, issue 20 item 2): printed by staff of the case's court, refused to a
// party and to another court; a section key that is no catalogue section (hostile text included) is refused.
import fc from 'fast-check';
import { CaseAt } from './caseRefs';
import { HOSTILE_TEXT } from './hostile';
import type { RoutePlan } from './routeTarget';

export const SEPARATOR_SHEET_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/cases/{id}/dossier/separator-sheets': {
    actors: ['ng-filing', 'zhangsan', 'kc-filing'],
    params: () => ({ id: fc.constantFrom<number | CaseAt>(new CaseAt('assigned'), new CaseAt('submitted'), 2 ** 53 - 1) }),
    hints: () => ({ sectionKey: fc.constantFrom('evidence', 'pleading', 'index', '', 'x'.repeat(61), ...HOSTILE_TEXT) }),
    weight: 0.2,
  },
};
