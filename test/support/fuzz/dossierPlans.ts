// Route fuzz plans of the dossier (issue 20 item 1): the tree and an item read by parties, staff and another court;
// arranging with hostile titles, unknown sections and positions, by staff who may and actors who may not.
import fc from 'fast-check';
import { DEFAULT_CATALOGUES } from '../../../src/domain/dossier/catalogue';
import { CaseAt } from './caseRefs';
import type { FuzzWorld } from './fuzzWorld';
import { HOSTILE_TEXT } from './hostile';
import type { RoutePlan } from './routeTarget';

const SECTION_KEYS = [...new Set(Object.values(DEFAULT_CATALOGUES).flatMap((c) => c.map((s) => s.key)))];
/** The files of an assigned case (its items), gathered once by `prepare`. */
const found = { caseIds: [] as number[], itemIds: [] as number[] };

async function gather(w: FuzzWorld): Promise<void> {
  if (found.caseIds.length) return;
  const id = await w.cases.at('assigned');
  found.caseIds.push(id);
  found.itemIds.push(...((await w.cases.detail(id)).attachments as { id: number }[]).map((a) => a.id));
}

// Before (or without) `prepare`, cases at a node and small ids: most items then belong to another case (404).
const params = () => ({
  id: fc.constantFrom<number | CaseAt>(...found.caseIds, new CaseAt('assigned'), new CaseAt('submitted'), new CaseAt('assigned', '执')),
  itemId: fc.oneof({ arbitrary: fc.constantFrom(...found.itemIds, 1), weight: 4 }, { arbitrary: fc.constantFrom(2 ** 53 - 1, 999999), weight: 1 }),
});

export const DOSSIER_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/cases/{id}/dossier': { actors: ['zhangsan', 'lisi', 'ng-filing', 'kc-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('assigned'), new CaseAt('submitted'), new CaseAt('implementing', '执')) }), weight: 0.5 },
  'GET /api/v1/cases/{id}/dossier/items/{itemId}': { actors: ['zhangsan', 'ng-filing', 'kc-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('assigned'), new CaseAt('submitted')), itemId: fc.integer({ min: 1, max: 60 }) }), weight: 0.5 },
};

export const DOSSIER_WRITE_PLANS: Record<string, RoutePlan> = {
  'PATCH /api/v1/cases/{id}/dossier/items/{itemId}': {
    actors: ['ng-filing', 'ng-clerk', 'zhangsan', 'kc-filing'],
    prepare: gather,
    params,
    hints: () => ({
      title: fc.constantFrom('民事起诉状', ' ', '', 'x'.repeat(201), ...HOSTILE_TEXT),
      sectionKey: fc.constantFrom(...SECTION_KEYS, 'nowhere', '', ...HOSTILE_TEXT),
      position: fc.constantFrom(0, 1, 99999, -1, 1.5, 100001),
    }),
    weight: 1,
  },
};
