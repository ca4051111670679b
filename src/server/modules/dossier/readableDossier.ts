// The dossier as one reader may see it (the same check as GET /api/v1/cases/:id/dossier): the reading pane's routes
// find an item in it, so a 副卷 item is "not found" to whoever may not see the 副卷.
import type { Dossier, DossierItem } from '../../../contracts/dossier';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable } from '../../db/database';
import { loadCase } from '../cases/caseRecord';
import { loadCatalogue } from './catalogueStore';
import { hiddenEvidenceAttachments } from '../evidenceExchange/evidenceVisibility';
import { findItem, loadDossierItems, presentDossier } from './dossierStore';

/** The reader's dossier of the case, or null when they may not see the case. */
export async function dossierOrNull(db: Queryable, actor: Actor, caseId: number): Promise<Dossier | null> {
  const c = await loadCase(db, caseId);
  const relation = c && (await relationToCase(db, actor, c));
  if (!c || !relation?.canView) return null;
  // 证据交换: another side's evidence files join the reader's dossier once the evidence is exchanged.
  const hidden = await hiddenEvidenceAttachments(db, caseId, relation);
  const items = (await loadDossierItems(db, caseId)).filter((i) => !hidden.has(i.id));
  return presentDossier(caseId, await loadCatalogue(db, c.caseType), items, relation);
}

export async function readableDossier(db: Queryable, actor: Actor, caseId: number): Promise<Dossier> {
  const d = await dossierOrNull(db, actor, caseId);
  if (!d) throw caseNotFound();
  return d;
}

/** An item the reader may see (404 DOSSIER_ITEM_NOT_FOUND otherwise, as the dossier's item route). */
export async function readableItem(db: Queryable, actor: Actor, caseId: number, itemId: number): Promise<DossierItem> {
  return findItem(await readableDossier(db, actor, caseId), itemId);
}

export const visibleItemIds = (d: Dossier): Set<number> => new Set(d.volumes.flatMap((v) => v.sections.flatMap((s) => s.items.map((i) => i.id))));
