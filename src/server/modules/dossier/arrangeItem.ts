// Staff arrange the dossier: rename an item, move it to another section or volume, or move it up or down. One
// transaction: the case row is locked, the whole case's arrangement is saved (the first edit fixes the automatic
// placement of every item), and each change is a timeline entry.
import { sql } from 'drizzle-orm';
import type { DossierItemEdit } from '../../../contracts/dossier';
import { arrangeDossier, reorderSection } from '../../../domain/dossier/arrangement';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { appendCaseEvent } from '../cases/caseRecord';
import { loadCatalogue } from './catalogueStore';
import { caseToArrange, dossierItemNotFound, loadDossierItems } from './dossierStore';

export async function arrangeItem(tx: Tx, actor: Actor, caseId: number, itemId: number, edit: DossierItemEdit, now: Date): Promise<void> {
  const { c, relation } = await caseToArrange(tx, actor, caseId);
  const catalogue = await loadCatalogue(tx, c.caseType);
  const items = await loadDossierItems(tx, caseId);
  const item = items.find((i) => i.id === itemId);
  if (!item) throw dossierItemNotFound();
  const target = edit.sectionKey === undefined ? undefined : catalogue.find((s) => s.key === edit.sectionKey);
  if (edit.sectionKey !== undefined && !target)
    throw new AppError(422, 'DOSSIER_SECTION_UNKNOWN', '卷宗目录中没有该类目，请从目录中选择。', 'The catalogue has no such section; choose one from the catalogue.', { sectionKey: edit.sectionKey });

  const order = new Map<string, number[]>();
  let from = '';
  let index = 0;
  for (const v of arrangeDossier(catalogue, items))
    for (const s of v.sections) {
      order.set(s.section.key, s.items.map((i) => i.item.id));
      const at = s.items.findIndex((i) => i.item.id === itemId);
      if (at >= 0) [from, index] = [s.section.key, at];
    }
  const to = target?.key ?? from;
  const events: { event: string; payload: Record<string, unknown> }[] = [];
  if (to !== from || (edit.position !== undefined && edit.position !== index)) {
    order.set(from, order.get(from)!.filter((id) => id !== itemId));
    const dest = order.get(to)!;
    order.set(to, reorderSection(dest, itemId, edit.position ?? dest.length));
    const toVolume = catalogue.find((s) => s.key === to)!.volume;
    const fromVolume = catalogue.find((s) => s.key === from)!.volume;
    const payload = { itemId, title: item.title, fromSection: from, toSection: to, fromVolume, toVolume, position: order.get(to)!.indexOf(itemId) };
    events.push({ event: to === from ? 'dossierItemReordered' : 'dossierItemMoved', payload });
  }
  if (edit.title !== undefined && edit.title.trim() !== item.title) events.push({ event: 'dossierItemRenamed', payload: { itemId, from: item.title, to: edit.title.trim(), volume: catalogue.find((s) => s.key === to)!.volume } });
  if (!events.length) return;

  const ids: number[] = [];
  const sections: string[] = [];
  const positions: number[] = [];
  for (const [key, list] of order) list.forEach((id, i) => (ids.push(id), sections.push(key), positions.push(i)));
  await tx.execute(sql`
    insert into dossier_entries (attachment_id, case_id, section_key, position, updated_by, updated_at)
    select u.id, ${caseId}, u.section, u.position, ${actor.userId}, ${now}
      from unnest(${sql.param(ids)}::bigint[], ${sql.param(sections)}::text[], ${sql.param(positions)}::int[]) as u(id, section, position)
    on conflict (attachment_id) do update set section_key = excluded.section_key, position = excluded.position,
      updated_by = case when dossier_entries.section_key is distinct from excluded.section_key or dossier_entries.position is distinct from excluded.position then excluded.updated_by else dossier_entries.updated_by end,
      updated_at = case when dossier_entries.section_key is distinct from excluded.section_key or dossier_entries.position is distinct from excluded.position then excluded.updated_at else dossier_entries.updated_at end`);
  if (edit.title !== undefined) await tx.execute(sql`update dossier_entries set title = ${edit.title.trim()}, updated_by = ${actor.userId}, updated_at = ${now} where attachment_id = ${itemId}`);
  const actorRole = relation.roles[0] ?? null;
  for (const e of events) await appendCaseEvent(tx, { caseId, event: e.event, actorId: actor.userId, actorRole, nodeBefore: c.node, nodeAfter: c.node, payload: e.payload, at: now });
}
