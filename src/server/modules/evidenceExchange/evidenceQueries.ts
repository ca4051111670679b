// A case's evidence as the viewer may see it: the items (own side at once, others' once exchanged), the opinions
// on them (for the court, the submitting side and the side that gave them), the findings and the extension applications.
import { sql } from 'drizzle-orm';
import type { CaseEvidence, EvidenceItemView } from '../../../contracts/evidenceExchange';
import { STANDING_LABELS, type Standing } from '../../../domain/appeal/appealStanding';
import { canSeeItem, sideOf, type EvidenceStatus, type Side } from '../../../domain/evidence/exchange';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable } from '../../db/database';
import { loadCase } from '../cases/caseRecord';
import { latestPeriod } from '../cases/effects/pleadingEffects';
import { loadEvidenceSettings } from './evidenceSettings';
import { evidenceViewer } from './evidenceVisibility';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function itemLabel(standing: string, seq: number) {
  const s = STANDING_LABELS[standing as Standing] ?? { 'zh-CN': standing, en: standing };
  return { 'zh-CN': `${s['zh-CN']}证据${seq}`, en: `${s.en}'s evidence ${seq}` };
}

export async function caseEvidence(q: Queryable, actor: Actor, caseId: number, today: string): Promise<CaseEvidence> {
  const c = await loadCase(q, caseId);
  if (!c) throw caseNotFound();
  const rel = await relationToCase(q, actor, c);
  if (!rel.canView) throw caseNotFound();
  const viewer = await evidenceViewer(q, caseId, rel);
  const mySides = new Map<number, Side>();
  const parties = await q.execute<{ id: string; name: string; standing: string }>(sql`select id, name, standing from case_parties where case_id = ${caseId}`);
  const party = new Map(parties.rows.map((p) => [Number(p.id), p]));
  const items = await q.execute<Record<string, any>>(sql`
    select id, party_id, side, seq, name, source, purpose, pages, attachment_ids, submitted_at, is_late, late_reason, status, exchanged_at,
           opinion_due_on::text as opinion_due_on, late_decision, finding
      from evidence_items where case_id = ${caseId} order by side, party_id, seq`);
  const opinions = await q.execute<Record<string, any>>(sql`
    select item_id, party_id, side, views, purpose_opinion, updated_at from evidence_opinions where case_id = ${caseId} order by id`);
  for (const id of rel.partyIds) {
    const p = party.get(id);
    if (p) mySides.set(id, sideOf(p.standing, id));
  }
  const visible = items.rows.filter((i) => canSeeItem(viewer, { side: i.side as Side, status: i.status as EvidenceStatus }));
  const present = (i: Record<string, any>): EvidenceItemView => {
    const p = party.get(Number(i.party_id));
    const ownItem = viewer.sides.includes(i.side);
    return {
      id: Number(i.id),
      partyId: Number(i.party_id),
      partyName: p?.name ?? '',
      side: i.side,
      label: itemLabel(p?.standing ?? '', i.seq),
      seq: i.seq,
      name: i.name,
      source: i.source,
      purpose: i.purpose,
      pages: i.pages,
      attachmentIds: (i.attachment_ids as string[]).map(Number),
      submittedAt: iso(i.submitted_at)!,
      isLate: i.is_late,
      lateReason: i.late_reason,
      status: i.status,
      exchangedAt: iso(i.exchanged_at),
      opinionDueOn: i.opinion_due_on,
      lateDecision: i.late_decision ? { decision: i.late_decision.decision, reason: i.late_decision.reason, decidedAt: i.late_decision.decidedAt } : null,
      finding: i.finding ? { verdict: i.finding.verdict, authenticity: i.finding.authenticity, legality: i.finding.legality, relevance: i.finding.relevance, reasoning: i.finding.reasoning, foundAt: i.finding.foundAt } : null,
      // Opinions are for the court, the side whose evidence it is, and the side that gave them.
      opinions: opinions.rows
        .filter((o) => Number(o.item_id) === Number(i.id) && (viewer.isStaffOfCourt || ownItem || viewer.sides.includes(o.side)))
        .map((o) => ({
          partyId: Number(o.party_id),
          partyName: party.get(Number(o.party_id))?.name ?? '',
          authenticity: o.views.authenticity,
          legality: o.views.legality,
          relevance: o.views.relevance,
          purposeOpinion: o.purpose_opinion,
          updatedAt: iso(o.updated_at)!,
        })),
      opinionPartyIds:
        i.status === 'exchanged' && i.opinion_due_on !== null && today <= i.opinion_due_on && !c.closedOn ? [...mySides].filter(([, s]) => s !== i.side).map(([id]) => id) : [],
    };
  };
  const requests = await q.execute<Record<string, any>>(sql`
    select id, party_id, requested_days, reason, due_on_before::text as due_on_before, requested_at, status, granted_days, new_due_on::text as new_due_on, decision_reason, decided_at
      from evidence_extension_requests where case_id = ${caseId} order by id`);
  const period = await latestPeriod(q, caseId, 'evidence', null);
  return {
    evidencePeriod: period ? { dueOn: period.dueOn, status: period.status } : null,
    crossExaminationDays: (await loadEvidenceSettings(q)).crossExaminationDays,
    items: visible.map(present),
    extensionRequests: requests.rows.map((r) => ({
      id: Number(r.id),
      partyId: Number(r.party_id),
      partyName: party.get(Number(r.party_id))?.name ?? '',
      requestedDays: r.requested_days,
      reason: r.reason,
      dueOnBefore: r.due_on_before,
      requestedAt: iso(r.requested_at)!,
      status: r.status,
      grantedDays: r.granted_days,
      newDueOn: r.new_due_on,
      decisionReason: r.decision_reason,
      decidedAt: iso(r.decided_at),
    })),
    isStaffOfCourt: rel.isStaffOfCourt,
    myPartyIds: rel.partyIds,
  };
}
