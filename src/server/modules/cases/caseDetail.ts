// One case as a person on it sees it: parties, claims, materials, panel, hearings, links, and the actions open to them.
import { sql } from 'drizzle-orm';
import type { CaseDetail, TimelineEntry } from '../../../contracts/cases';
import { STANDING_LABELS, type Standing } from '../../../domain/appeal/appealStanding';
import { eventsAvailable } from '../../../domain/casetypes/defineCaseType';
import { caseTypeOf } from '../../../domain/casetypes/registry';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Tx } from '../../db/database';
import { loadCase } from './caseRecord';
import { eventLabel, maskIdNumber, nodeLabel, presentSummary, type SummaryRow } from './present';
import { SUMMARY_JOINS, SUMMARY_SELECT } from './queries';

async function linkedCases(tx: Tx, where: ReturnType<typeof sql>) {
  const r = await tx.execute<{ id: number; case_type: string; case_number: string | null; court_name: string; node: string }>(sql`
    select k.id, k.case_type, k.case_number, ct.name as court_name, k.node
      from cases k join courts ct on ct.id = k.court_id where ${where} order by k.id`);
  return r.rows.map((x) => ({ id: Number(x.id), caseType: x.case_type, caseNumber: x.case_number, courtName: x.court_name, node: x.node, nodeLabel: nodeLabel(x.case_type, x.node) }));
}

export async function caseDetail(tx: Tx, actor: Actor, id: number, today: string, now: Date): Promise<CaseDetail> {
  const c = await loadCase(tx, id);
  if (!c) throw caseNotFound();
  const rel = await relationToCase(tx, actor, c);
  if (!rel.canView) throw caseNotFound();
  const type = caseTypeOf(c.caseType);

  // One connection per transaction: the queries run one after another.
  const summary = await tx.execute<SummaryRow & Record<string, unknown>>(sql`select ${SUMMARY_SELECT} from cases k ${SUMMARY_JOINS} where k.id = ${id}`);
  const parties = await tx.execute<Record<string, any>>(sql`select * from case_parties where case_id = ${id} order by ordinal`);
  const agents = await tx.execute<Record<string, any>>(sql`
      select a.party_id, a.user_id, a.kind, u.display_name, u.law_firm from case_agents a join users u on u.id = a.user_id where a.case_id = ${id}`);
  const files = await tx.execute<Record<string, any>>(sql`
      select f.*, u.display_name as uploader from attachments f join users u on u.id = f.uploaded_by where f.case_id = ${id} order by f.id`);
  const panel = await tx.execute<Record<string, any>>(sql`
      select p.user_id, p.role, u.display_name from case_panel p join users u on u.id = p.user_id where p.case_id = ${id}
       order by case p.role when 'presiding' then 0 when 'sole' then 0 else 1 end, u.id`);
  const hearingRows = await tx.execute<Record<string, any>>(sql`
      select h.*, r.name as room_name from hearings h join rooms r on r.id = h.room_id where h.case_id = ${id} order by h.starts_at`);
  const cause = await tx.execute<{ path: string }>(sql`select path from causes where id = ${c.causeId}`);
  // Court staff, and the filer (who entered these details), see identities in full; others see them masked.
  const seeFullIdentity = rel.isStaffOfCourt || c.filedBy === actor.userId;
  const ownParty = new Set(rel.partyIds);
  return {
    ...presentSummary(summary.rows[0]!, today, now),
    amount: c.amountFen === null ? null : fenToYuan(c.amountFen),
    claims: c.claims,
    facts: c.facts,
    causeId: c.causeId,
    causePath: cause.rows[0]?.path ?? null,
    parties: parties.rows.map((p) => ({
      id: Number(p.id),
      standing: p.standing,
      standingLabel: STANDING_LABELS[p.standing as Standing] ?? { 'zh-CN': p.standing, en: p.standing },
      kind: p.kind,
      name: p.name,
      idType: p.id_type,
      idNumber: seeFullIdentity || ownParty.has(Number(p.id)) ? p.id_number : maskIdNumber(p.id_number),
      creditCode: p.credit_code,
      legalRepresentative: p.legal_representative,
      address: seeFullIdentity || ownParty.has(Number(p.id)) ? p.address : null,
      phone: seeFullIdentity || ownParty.has(Number(p.id)) ? p.phone : null,
      hasForeignDomicile: p.has_foreign_domicile,
      agents: agents.rows
        .filter((a) => Number(a.party_id) === Number(p.id))
        .map((a) => ({ userId: a.user_id, name: a.display_name, kind: a.kind, lawFirm: a.law_firm })),
    })),
    attachments: files.rows.map((f) => ({
      id: Number(f.id),
      caseId: Number(f.case_id),
      fileName: f.file_name,
      mimeType: f.mime_type,
      sizeBytes: Number(f.size_bytes),
      sha256: f.sha256,
      category: f.category,
      uploadedAt: new Date(f.created_at).toISOString(),
      uploadedBy: f.uploader,
    })),
    panel: panel.rows.map((p) => ({ userId: p.user_id, name: p.display_name, role: p.role })),
    organization: c.organization,
    hearings: hearingRows.rows.map((h) => ({
      id: Number(h.id),
      startsAt: new Date(h.starts_at).toISOString(),
      endsAt: new Date(h.ends_at).toISOString(),
      roomId: h.room_id,
      roomName: h.room_name,
      status: h.status,
      summary: h.summary,
    })),
    correction: c.correction ? { items: c.correction.items, ...(c.correction.note ? { note: c.correction.note } : {}), requestedOn: c.correction.requestedOn } : null,
    rejection: c.rejection ? { reason: c.rejection.reason, ...(c.rejection.basis ? { basis: c.rejection.basis } : {}), rejectedOn: c.rejection.rejectedOn } : null,
    closingMethod: c.closingMethod,
    rulingKind: c.rulingKind,
    closedOn: c.closedOn,
    closingSummary: c.closingSummary,
    archivedOn: c.archivedOn,
    origin: c.originCaseId ? ((await linkedCases(tx, sql`k.id = ${c.originCaseId}`))[0] ?? null) : null,
    continuations: await linkedCases(tx, sql`k.origin_case_id = ${id}`),
    allowedEvents: eventsAvailable(type, c.node, rel.roles).map((name) => ({ name, label: type.events[name]!.label })),
    myRoles: rel.roles,
    myPartyIds: rel.partyIds,
    filedByMe: c.filedBy === actor.userId,
  };
}

export async function caseTimeline(tx: Tx, actor: Actor, id: number, now: Date): Promise<TimelineEntry[]> {
  const c = await loadCase(tx, id);
  if (!c) throw caseNotFound();
  const rel = await relationToCase(tx, actor, c);
  if (!rel.canView) throw caseNotFound();
  const r = await tx.execute<Record<string, any>>(sql`
    select e.*, u.display_name from case_events e left join users u on u.id = e.actor_id where e.case_id = ${id} order by e.seq`);
  return r.rows.map((e, i) => {
    const next = r.rows[i + 1];
    const until = next ? new Date(next.at) : now;
    return {
      seq: e.seq,
      event: e.event,
      eventLabel: eventLabel(c.caseType, e.event),
      actorName: e.display_name ?? null,
      actorRole: e.actor_role,
      at: new Date(e.at).toISOString(),
      nodeBefore: e.node_before,
      nodeBeforeLabel: e.node_before ? nodeLabel(c.caseType, e.node_before) : null,
      nodeAfter: e.node_after,
      nodeAfterLabel: nodeLabel(c.caseType, e.node_after),
      secondsInNode: Math.max(0, Math.round((until.getTime() - new Date(e.at).getTime()) / 1000)),
      payload: e.payload,
    };
  });
}
