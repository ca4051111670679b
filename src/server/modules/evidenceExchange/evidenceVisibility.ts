// Which evidence a viewer of the case may see (domain/evidence/exchange.ts), applied to everything that would show it:
// the evidence list, the case's attachments and their files, and the submission's entry on the timeline.
import { sql } from 'drizzle-orm';
import { canSeeItem, sideOf, type EvidenceStatus, type EvidenceViewer, type Side } from '../../../domain/evidence/exchange';
import type { CaseRelation } from '../../access/casePolicy';
import type { Queryable } from '../../db/database';

export interface ItemVisibilityRow {
  id: number;
  side: Side;
  status: EvidenceStatus;
  attachmentIds: number[];
}

/** The viewer's sides: those of the parties they are or represent (court staff see everything anyway). */
export async function evidenceViewer(q: Queryable, caseId: number, rel: Pick<CaseRelation, 'isStaffOfCourt' | 'partyIds'>): Promise<EvidenceViewer> {
  if (rel.isStaffOfCourt || rel.partyIds.length === 0) return { isStaffOfCourt: rel.isStaffOfCourt, sides: [] };
  const r = await q.execute<{ id: string; standing: string }>(sql`
    select id, standing from case_parties where case_id = ${caseId} and id = any(${sql.param([...rel.partyIds])}::bigint[])`);
  return { isStaffOfCourt: false, sides: [...new Set(r.rows.map((x) => sideOf(x.standing, Number(x.id))))] };
}

async function itemVisibility(q: Queryable, caseId: number): Promise<ItemVisibilityRow[]> {
  const r = await q.execute<{ id: string; side: Side; status: EvidenceStatus; attachment_ids: string[] }>(sql`
    select id, side, status, attachment_ids from evidence_items where case_id = ${caseId}`);
  return r.rows.map((x) => ({ id: Number(x.id), side: x.side, status: x.status, attachmentIds: x.attachment_ids.map(Number) }));
}

/** The evidence files of this case the viewer may not see: those only in items hidden from them. */
export async function hiddenEvidenceAttachments(q: Queryable, caseId: number, rel: Pick<CaseRelation, 'isStaffOfCourt' | 'partyIds'>): Promise<Set<number>> {
  if (rel.isStaffOfCourt) return new Set();
  const items = await itemVisibility(q, caseId);
  if (!items.length) return new Set();
  const viewer = await evidenceViewer(q, caseId, rel);
  const hidden = new Set<number>();
  const shown = new Set<number>();
  for (const i of items) for (const a of i.attachmentIds) (canSeeItem(viewer, i) ? shown : hidden).add(a);
  for (const a of shown) hidden.delete(a);
  return hidden;
}

const EVIDENCE_ENTRY_EVENTS = new Set(['submitEvidence', 'decideLateEvidence', 'recordEvidenceFinding']);

/**
 * A redactor for timeline payloads: a submission shows only the items the viewer may see (and says how many it
 * holds back); a decision on an item the viewer may not see shows only that there was one. Staff see all.
 */
export async function evidenceTimelineRedactor(q: Queryable, caseId: number, rel: Pick<CaseRelation, 'isStaffOfCourt' | 'partyIds'>): Promise<(event: string, payload: any) => any> {
  if (rel.isStaffOfCourt) return (_e, p) => p;
  const items = await itemVisibility(q, caseId);
  if (!items.length) return (_e, p) => p;
  const viewer = await evidenceViewer(q, caseId, rel);
  const visible = new Map(items.map((i) => [i.id, canSeeItem(viewer, i)]));
  return (event, payload) => {
    if (!EVIDENCE_ENTRY_EVENTS.has(event) || payload === null || typeof payload !== 'object') return payload;
    if (typeof payload.itemId === 'number') {
      return visible.get(payload.itemId) === false ? { itemId: payload.itemId, hidden: true } : payload;
    }
    if (!Array.isArray(payload.itemIds)) return payload;
    const ids = payload.itemIds as number[];
    const keep = ids.map((id) => visible.get(id) !== false);
    if (keep.every(Boolean)) return payload;
    const items = (payload.items as { attachmentIds?: number[] }[]).filter((_x, i) => keep[i]);
    const files = new Set(items.flatMap((i) => i.attachmentIds ?? []));
    // The engine keeps the event's input on the entry too: only what identifies the submitter stays of it.
    const { lateReason: _late, input, ...rest } = payload;
    return { ...rest, input: { partyId: input?.partyId }, itemIds: ids.filter((_x, i) => keep[i]), items, attachmentIds: (payload.attachmentIds as number[]).filter((a) => files.has(a)), hiddenItems: ids.length - items.length };
  };
}
