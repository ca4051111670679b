// One case as a person on it sees it: parties, claims, materials, panel, hearings, links, and the actions open to them.
import { volumeOf } from '../../../domain/dossier/arrangement';
import { isSecondaryVolumeEntry } from '../../../domain/dossier/events';
import { sql } from 'drizzle-orm';
import { challengedActOf } from '../administrative/challengedActs';
import type { CaseDetail, TimelineEntry } from '../../../contracts/cases';
import { STANDING_LABELS, type Standing } from '../../../domain/appeal/appealStanding';
import { CRIMINAL_STANDING_LABELS } from '../../../domain/criminal/appealStandings';
import { eventsAvailable } from '../../../domain/casetypes/defineCaseType';
import { caseTypeOf } from '../../../domain/casetypes/registry';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase, rolesForEvent } from '../../access/casePolicy';
import { executePrepared, type Queryable } from '../../db/database';
import { loadCase, type CaseRow } from './caseRecord';
import { eventFactColumns, eventFacts, type EventFactColumns } from './eventFacts';
import { eventLabel, maskIdNumber, nodeLabel, presentSummary, type SummaryRow } from './present';
import { SUMMARY_JOINS, SUMMARY_SELECT } from './queries';
import { loadCatalogue } from '../dossier/catalogueStore';
import { evidenceTimelineRedactor, hiddenEvidenceAttachments } from '../evidenceExchange/evidenceVisibility';

interface LinkedRow {
  id: number;
  case_type: string;
  case_number: string | null;
  court_name: string;
  node: string;
}

/**
 * Reads only; needs no transaction (one statement after the access check). `written` is the case row as a
 * transaction that just committed left it, which spares reading it back.
 */
export async function caseDetail(tx: Queryable, actor: Actor, id: number, today: string, now: Date, written?: CaseRow): Promise<CaseDetail> {
  const c = written ?? (await loadCase(tx, id));
  if (!c) throw caseNotFound();
  const rel = await relationToCase(tx, actor, c);
  if (!rel.canView) throw caseNotFound();
  const type = caseTypeOf(c.caseType);

  // The summary and everything else in one round trip: each list aggregated to JSON by the database.
  const linked = (where: ReturnType<typeof sql>) => sql`(select coalesce(json_agg(x order by x.id), '[]') from (
      select k.id, k.case_type, k.case_number, ct.name as court_name, k.node from cases k join courts ct on ct.id = k.court_id where ${where}) x)`;
  const rest = (
    await executePrepared<SummaryRow & EventFactColumns & Record<string, unknown> & { party_rows: Record<string, any>[]; agents: Record<string, any>[]; files: Record<string, any>[]; panel: Record<string, any>[]; hearings: Record<string, any>[]; cause_path: string | null; origin: LinkedRow[]; continuations: LinkedRow[] }>(tx, 'case_detail', sql`
    select ${SUMMARY_SELECT},
      (select coalesce(json_agg(p order by p.ordinal), '[]') from (
         select id, standing, kind, name, id_type, id_number, credit_code, legal_representative, address, phone, has_foreign_domicile, ordinal
           from case_parties where case_id = ${id}) p) as party_rows,
      (select coalesce(json_agg(a), '[]') from (
         select a.party_id, a.user_id, a.kind, u.display_name, u.law_firm from case_agents a join users u on u.id = a.user_id where a.case_id = ${id}) a) as agents,
      (select coalesce(json_agg(f order by f.id), '[]') from (
         select f.id, f.case_id, f.file_name, f.mime_type, f.size_bytes, f.sha256, f.category, f.created_at, u.display_name as uploader, e.section_key
           from attachments f join users u on u.id = f.uploaded_by left join dossier_entries e on e.attachment_id = f.id
          where f.case_id = ${id} and not exists (select 1 from case_message_attachments l where l.attachment_id = f.id)) f) as files,
      (select coalesce(json_agg(p order by p.rank, p.user_id), '[]') from (
         select p.user_id, p.role, u.display_name, case p.role when 'presiding' then 0 when 'sole' then 0 else 1 end as rank
           from case_panel p join users u on u.id = p.user_id where p.case_id = ${id}) p) as panel,
      (select coalesce(json_agg(h order by h.starts_at), '[]') from (
         select h.id, h.starts_at, h.ends_at, h.room_id, r.name as room_name, h.status, h.summary, h.mode, h.meeting_link, cu.display_name as clerk_name
           from hearings h join rooms r on r.id = h.room_id left join users cu on cu.id = h.clerk_id where h.case_id = ${id}) h) as hearings,
      (select path from causes where id = ${c.causeId}) as cause_path,
      ${linked(sql`k.id = ${c.originCaseId}`)} as origin,
      ${linked(sql`k.origin_case_id = ${id}`)} as continuations,
      ${eventFactColumns(sql`k.id`)}
    from cases k ${SUMMARY_JOINS} where k.id = ${id}`)
  ).rows[0]!;
  // The case type's catalogue decides the volume of a file: read only for a reader who may not see the 副卷.
  const catalogue = rel.isStaffOfCourt || !rest.files.length ? null : await loadCatalogue(tx, c.caseType);
  // 证据交换: another side's evidence files appear only once the evidence is exchanged.
  const hiddenEvidence = rel.isStaffOfCourt || !rest.files.length ? new Set<number>() : await hiddenEvidenceAttachments(tx, id, rel);
  // 行初/行终: the challenged act and its lawsuit-deadline check, read only for administrative cases.
  const administrativeAct = c.caseType.startsWith('行') ? { administrativeAct: await challengedActOf(tx, c) } : {};
  const presentLinked = (x: LinkedRow) => ({ id: Number(x.id), caseType: x.case_type, caseNumber: x.case_number, courtName: x.court_name, node: x.node, nodeLabel: nodeLabel(x.case_type, x.node) });
  // Court staff, and the filer (who entered these details), see identities in full; others see them masked.
  const seeFullIdentity = rel.isStaffOfCourt || c.filedBy === actor.userId;
  const ownParty = new Set(rel.partyIds);
  return {
    ...presentSummary(rest, today, now),
    amount: c.amountFen === null ? null : fenToYuan(c.amountFen),
    claims: c.claims,
    facts: c.facts,
    causeId: c.causeId,
    causePath: rest.cause_path,
    parties: rest.party_rows.map((p) => ({
      id: Number(p.id),
      standing: p.standing,
      standingLabel: (c.caseType.startsWith('刑') ? CRIMINAL_STANDING_LABELS[p.standing] : undefined) ?? STANDING_LABELS[p.standing as Standing] ?? { 'zh-CN': p.standing, en: p.standing },
      kind: p.kind,
      name: p.name,
      idType: p.id_type,
      idNumber: seeFullIdentity || ownParty.has(Number(p.id)) ? p.id_number : maskIdNumber(p.id_number),
      creditCode: p.credit_code,
      legalRepresentative: p.legal_representative,
      address: seeFullIdentity || ownParty.has(Number(p.id)) ? p.address : null,
      phone: seeFullIdentity || ownParty.has(Number(p.id)) ? p.phone : null,
      hasForeignDomicile: p.has_foreign_domicile,
      agents: rest.agents
        .filter((a) => Number(a.party_id) === Number(p.id))
        .map((a) => ({ userId: a.user_id, name: a.display_name, kind: a.kind, lawFirm: a.law_firm })),
    })),
    // 电子卷宗: a file in the 副卷 is listed for the court's own staff only.
    attachments: rest.files.filter((f) => (catalogue === null || volumeOf(catalogue, f.category, f.section_key) === 'main') && !hiddenEvidence.has(Number(f.id))).map((f) => ({
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
    panel: rest.panel.map((p) => ({ userId: p.user_id, name: p.display_name, role: p.role })),
    organization: c.organization,
    hearings: rest.hearings.map((h) => ({
      id: Number(h.id),
      startsAt: new Date(h.starts_at).toISOString(),
      endsAt: new Date(h.ends_at).toISOString(),
      roomId: h.room_id,
      roomName: h.room_name,
      status: h.status,
      summary: h.summary,
      mode: h.mode,
      // ONLINE-LIT: the parties join an online or hybrid hearing by its link.
      meetingLink: h.meeting_link,
      clerkName: h.clerk_name,
    })),
    correction: c.correction ? { items: c.correction.items, ...(c.correction.note ? { note: c.correction.note } : {}), requestedOn: c.correction.requestedOn } : null,
    rejection: c.rejection ? { reason: c.rejection.reason, ...(c.rejection.basis ? { basis: c.rejection.basis } : {}), rejectedOn: c.rejection.rejectedOn } : null,
    closingMethod: c.closingMethod,
    rulingKind: c.rulingKind,
    closedOn: c.closedOn,
    closingSummary: c.closingSummary,
    archivedOn: c.archivedOn,
    origin: rest.origin[0] ? presentLinked(rest.origin[0]) : null,
    continuations: rest.continuations.map(presentLinked),
    allowedEvents: eventsAvailable(type, c.node, rel.roles, eventFacts(rest, rel.partyIds))
      .filter((name) => rolesForEvent(name, rel).length > 0)
      .map((name) => ({ name, label: type.events[name]!.label })),
    myRoles: rel.roles,
    myPartyIds: rel.partyIds,
    filedByMe: c.filedBy === actor.userId,
    ...administrativeAct,
  };
}

export async function caseTimeline(tx: Queryable, actor: Actor, id: number, now: Date): Promise<TimelineEntry[]> {
  const c = await loadCase(tx, id);
  if (!c) throw caseNotFound();
  const rel = await relationToCase(tx, actor, c);
  if (!rel.canView) throw caseNotFound();
  const r = await tx.execute<Record<string, any>>(sql`
    select e.*, u.display_name from case_events e left join users u on u.id = e.actor_id where e.case_id = ${id} order by e.seq`);
  // 电子卷宗: entries about the 副卷 are for the court's own staff.
  const rows = rel.isStaffOfCourt ? r.rows : r.rows.filter((e) => !isSecondaryVolumeEntry(e.event, e.payload));
  // 证据交换: what another side submitted shows on the timeline once it is exchanged.
  const redact = await evidenceTimelineRedactor(tx, id, rel);
  return rows.map((e, i) => {
    const next = rows[i + 1];
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
      payload: redact(e.event, e.payload),
    };
  });
}
