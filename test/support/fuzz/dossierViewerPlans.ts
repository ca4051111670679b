// Route fuzz plans of the dossier's reading pane (issue 20 item 4): an item's pages read by the party, staff and
// another court; notes and bookmarks added with hostile text, pages and kinds, and changed or deleted by their author
// and by others (who find nothing).
import fc from 'fast-check';
import { CaseAt } from './caseRefs';
import type { FuzzWorld } from './fuzzWorld';
import { HOSTILE_TEXT } from './hostile';
import type { RoutePlan } from './routeTarget';

/** An assigned case, its files (items) and notes 张三 keeps on them, made once by `prepare`. */
const found = { caseIds: [] as number[], itemIds: [] as number[], noteIds: [] as number[] };

async function gather(w: FuzzWorld): Promise<void> {
  if (found.caseIds.length) return;
  const id = await w.cases.at('assigned');
  found.caseIds.push(id);
  found.itemIds.push(...((await w.cases.detail(id)).attachments as { id: number }[]).map((a) => a.id));
  const zhangsan = await w.as('zhangsan');
  for (const [i, itemId] of found.itemIds.slice(0, 3).entries()) {
    const r = await zhangsan.post(`/api/v1/cases/${id}/dossier/notes`, { attachmentId: itemId, page: 1, kind: 'note', text: `批注${i}` });
    if (r.status === 201) found.noteIds.push(r.body.id as number);
  }
}

const caseAndItem = () => ({
  id: fc.constantFrom<number | CaseAt>(...found.caseIds, new CaseAt('assigned'), new CaseAt('submitted')),
  itemId: fc.oneof({ arbitrary: fc.constantFrom(...found.itemIds, 1), weight: 4 }, { arbitrary: fc.constantFrom(2 ** 53 - 1, 999999), weight: 1 }),
});
const note = () => ({ id: fc.oneof({ arbitrary: fc.constantFrom(...found.noteIds, 1), weight: 4 }, { arbitrary: fc.constantFrom(2 ** 53 - 1, 999999), weight: 1 }) });
const text = () => fc.constantFrom('核对原件', '', ' ', 'x'.repeat(2000), 'x'.repeat(2001), ...HOSTILE_TEXT);

export const DOSSIER_VIEWER_READ_PLANS: Record<string, RoutePlan> = {
  'GET /api/v1/cases/{id}/dossier/items/{itemId}/pages': { actors: ['zhangsan', 'ng-filing', 'kc-filing'], prepare: gather, params: caseAndItem, hints: () => ({ words: fc.constantFrom(true, false, 'yes', '') }), weight: 0.5 },
  'GET /api/v1/cases/{id}/dossier/notes': { actors: ['zhangsan', 'ng-judge1', 'kc-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('assigned'), new CaseAt('submitted')) }), weight: 0.5 },
};

export const DOSSIER_VIEWER_WRITE_PLANS: Record<string, RoutePlan> = {
  'POST /api/v1/cases/{id}/dossier/notes': {
    actors: ['zhangsan', 'ng-judge1', 'kc-filing'],
    prepare: gather,
    params: () => ({ id: fc.constantFrom<number | CaseAt>(...found.caseIds, new CaseAt('assigned')) }),
    hints: () => ({
      attachmentId: fc.constantFrom(...found.itemIds, 1, 2 ** 53 - 1),
      page: fc.constantFrom(1, 2, 0, -1, 100000, 100001, 1.5),
      kind: fc.constantFrom('note', 'bookmark', 'highlight', ''),
      text: text(),
    }),
    weight: 1,
  },
  'PATCH /api/v1/dossier-notes/{id}': { actors: ['zhangsan', 'ng-judge1', 'lisi'], prepare: gather, params: note, hints: () => ({ text: text() }), weight: 0.5 },
  'DELETE /api/v1/dossier-notes/{id}': { actors: ['zhangsan', 'ng-judge1', 'lisi'], prepare: gather, params: note, weight: 0.3 },
};
