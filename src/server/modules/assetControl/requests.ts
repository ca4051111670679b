// Sending inquiries (查询) and controls (冻结/查封/扣划/解除/续行) to assisting agencies from an execution case, and the
// 执行局长's approval where the court requires one. Each request is one row per debtor × agency, on the case's timeline,
// all in the caller's transaction; a control carries its 执行裁定书 and 协助执行通知书 generated from the case's data.
import { sql } from 'drizzle-orm';
import { checkControlRequest, defaultLegalBasis, nextStatus, REQUEST_KIND_LABELS, type ControlKind, type RequestStatus } from '../../../domain/execution/assetControl';
import { controlTermKind, controlTermView, controlWording, type AssetKind } from '../../../domain/execution/controlTerms';
import { EXECUTION_CASE_TYPES } from '../../../domain/casetypes/executionCase';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { appendCaseEvent, lockCase, type CaseRow } from '../cases/caseRecord';
import { caseFacts, recipientFacts } from '../documents/caseFacts';
import { generateDocument } from '../documents/generateDocument';
import { titleDocument, titleRow } from '../execution/executionNotice';
import { courtControlApproval } from './agencies';

/** Nodes in which the officer works the case (after 分案, before 结案). */
const WORKING_NODES = ['assigned', 'implementing'];

/** The case, locked, when the actor is its officer (the judge of its panel, or an assistant of that judge's team). */
export async function officerCase(tx: Tx, actor: Actor, caseId: number): Promise<CaseRow> {
  const c = await lockCase(tx, caseId);
  if (!c || !EXECUTION_CASE_TYPES.includes(c.caseType) || c.courtId !== actor.courtId) throw caseNotFound();
  const relation = await relationToCase(tx, actor, c);
  if (!relation.canView) throw caseNotFound();
  if (!relation.roles.some((r) => r === 'judge' || r === 'judgeAssistant')) {
    throw new AppError(403, 'ASSET_CONTROL_NOT_OFFICER', '只有本案承办人及其团队可以发起查控。', 'Only the officer of this case and their team may send inquiries and controls.');
  }
  if (!WORKING_NODES.includes(c.node)) {
    throw new AppError(409, 'ASSET_CONTROL_CASE_NOT_OPEN', '案件须已分案且尚未结案，才能发起查控。', 'Inquiries and controls are sent from a case that is assigned and not closed.', { node: c.node });
  }
  return c;
}

type Debtor = { id: number; name: string; id_number: string | null };

async function debtorsOf(tx: Tx, caseId: number, partyIds: readonly number[]): Promise<Debtor[]> {
  const r = await tx.execute<Debtor>(sql`
    select id, name, id_number from case_parties where case_id = ${caseId} and standing = 'executionDebtor' and id = any(${sql.param([...partyIds])}::bigint[]) order by id`);
  const found = new Set(r.rows.map((d) => Number(d.id)));
  const missing = partyIds.filter((id) => !found.has(id));
  if (missing.length) throw new AppError(422, 'ASSET_CONTROL_NOT_DEBTOR', '只能查控本案的被执行人。', 'Only the debtors of this case can be inquired about.', { partyIds: missing });
  return r.rows.map((d) => ({ ...d, id: Number(d.id) }));
}

type AgencyRef = { id: number; channel: 'national' | 'local'; name: string; kind: string };

async function agenciesFor(tx: Tx, courtId: number, ids: readonly number[] | null, channel: 'national' | 'local' | null): Promise<AgencyRef[]> {
  const r = await tx.execute<AgencyRef>(sql`
    select id, channel, name, kind from agencies
     where is_active and (court_id is null or court_id = ${courtId})
       and (${ids === null} or id = any(${sql.param(ids ? [...ids] : [])}::int[])) and (${channel}::text is null or channel = ${channel})
     order by id`);
  if (ids) {
    const found = new Set(r.rows.map((a) => Number(a.id)));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new AppError(422, 'AGENCY_UNKNOWN', '所选协助执行单位不存在或不在本院可用范围内。', 'An agency chosen does not exist or is not available to this court.', { agencyIds: missing });
  }
  return r.rows.map((a) => ({ ...a, id: Number(a.id) }));
}

interface NewRequest {
  partyId: number;
  agency: AgencyRef;
  kind: 'inquiry' | ControlKind;
  status: RequestStatus;
  legalBasis: string;
  assetId?: number | null;
  controlId?: number | null;
  amountFen?: number | null;
}

async function insertRequests(tx: Tx, c: CaseRow, rows: readonly NewRequest[], requestedBy: number | null, at: Date): Promise<number[]> {
  const col = <T>(f: (x: NewRequest) => T) => sql.param(rows.map(f));
  const r = await tx.execute<{ id: string }>(sql`
    insert into asset_control_requests (court_id, case_id, party_id, agency_id, channel, kind, status, legal_basis, asset_id, control_id, amount_fen, requested_by, requested_at)
    select ${c.courtId}, ${c.id}, x.party_id, x.agency_id, x.channel, x.kind, x.status, x.legal_basis, x.asset_id, x.control_id, x.amount_fen, ${requestedBy}, ${at.toISOString()}::timestamptz
      from unnest(${col((x) => x.partyId)}::bigint[], ${col((x) => x.agency.id)}::int[], ${col((x) => x.agency.channel)}::text[], ${col((x) => x.kind)}::text[],
                  ${col((x) => x.status)}::text[], ${col((x) => x.legalBasis)}::text[], ${col((x) => x.assetId ?? null)}::bigint[], ${col((x) => x.controlId ?? null)}::bigint[],
                  ${col((x) => x.amountFen ?? null)}::bigint[]) with ordinality as x(party_id, agency_id, channel, kind, status, legal_basis, asset_id, control_id, amount_fen, n)
     order by x.n
    returning id`);
  return r.rows.map((x) => Number(x.id));
}

async function initialStatus(tx: Tx, courtId: number, requestedBy: number | null): Promise<RequestStatus> {
  // The system's periodic re-query (终本, ZHONGBEN art 9) needs no approval; an officer's waits when the court says so.
  if (requestedBy === null) return 'sent';
  return (await courtControlApproval(tx, courtId)).controlApproval === 'divisionChief' ? 'awaitingApproval' : 'sent';
}

/**
 * Inquiries about debtors of a case to agencies: the given ones, or (ids null) every active agency of the channel
 * available to the case's court. The caller holds the case's lock. Returns the request ids.
 */
export async function createInquiries(
  tx: Tx,
  c: CaseRow,
  o: { partyIds: readonly number[]; agencyIds: readonly number[] | null; channel: 'national' | 'local' | null; requestedBy: number | null; actorRole: string | null; legalBasis?: string | undefined; at: Date },
): Promise<number[]> {
  const debtors = await debtorsOf(tx, c.id, o.partyIds);
  const agencies = await agenciesFor(tx, c.courtId, o.agencyIds, o.channel);
  if (!agencies.length) throw new AppError(422, 'AGENCY_UNKNOWN', '没有可用的协助执行单位。', 'No agency is available.');
  const status = await initialStatus(tx, c.courtId, o.requestedBy);
  const legalBasis = o.legalBasis?.trim() || defaultLegalBasis('inquiry');
  const rows = debtors.flatMap((d) => agencies.map((agency): NewRequest => ({ partyId: d.id, agency, kind: 'inquiry', status, legalBasis })));
  const ids = await insertRequests(tx, c, rows, o.requestedBy, o.at);
  await appendCaseEvent(tx, {
    caseId: c.id, event: 'requestAssetInquiry', actorId: o.requestedBy, actorRole: o.actorRole, nodeBefore: c.node, nodeAfter: c.node, at: o.at,
    payload: { requestIds: ids, debtors: debtors.map((d) => d.name), agencies: agencies.map((a) => a.name), status, legalBasis },
  });
  return ids;
}

type AssetRow = { id: number; party_id: number; kind: AssetKind; identifier: string; description: string; balance_fen: string | null; agency_id: number | null };
type ControlRow = { id: number; asset_id: number; agency_id: number; term_kind: ReturnType<typeof controlTermKind>; expires_on: string; released_on: string | null };

export interface ControlRequestInput {
  kind: ControlKind;
  assetId?: number | undefined;
  controlId?: number | undefined;
  agencyId?: number | undefined;
  amountFen?: number | undefined;
  legalBasis?: string | undefined;
}

/** A control of one asset: checked by the domain, with its ruling and assistance notice generated and filed. */
export async function requestControl(tx: Tx, deps: Deps, actor: Actor, c: CaseRow, input: ControlRequestInput, clock: { today: string; now: Date }): Promise<number> {
  const control = input.controlId === undefined ? null : (await tx.execute<ControlRow>(sql`
    select id, asset_id, agency_id, term_kind, expires_on::text, released_on::text from asset_controls where id = ${input.controlId} and case_id = ${c.id} for update`)).rows[0];
  if (input.controlId !== undefined && !control) throw new AppError(404, 'CONTROL_NOT_FOUND', '该冻结（查封）不存在。', 'No such control on this case.');
  const assetId = control ? Number(control.asset_id) : input.assetId;
  if (assetId === undefined) throw new AppError(422, 'CONTROL_ASSET_REQUIRED', '请选择财产清单中的财产。', 'Choose an asset from the asset list.', { field: '/assetId' });
  const asset = (await tx.execute<AssetRow>(sql`select id, party_id, kind, identifier, description, balance_fen, agency_id from case_assets where id = ${assetId} and case_id = ${c.id}`)).rows[0];
  if (!asset) throw new AppError(404, 'ASSET_NOT_FOUND', '财产清单中没有该财产。', 'No such asset in this case.');
  const active = control ?? (await tx.execute<ControlRow>(sql`
    select id, asset_id, agency_id, term_kind, expires_on::text, released_on::text from asset_controls where asset_id = ${assetId} and released_on is null order by id desc limit 1`)).rows[0];
  const inForce = !!active && controlTermView(active.expires_on, active.released_on !== null, clock.today).state !== 'lapsed' && active.released_on === null;
  checkControlRequest({ kind: input.kind, assetKind: asset.kind, balanceFen: asset.balance_fen === null ? null : Number(asset.balance_fen), amountFen: input.amountFen ?? null, hasActiveControl: inForce });
  if ((input.kind === 'unfreeze' || input.kind === 'renew') && !control) throw new AppError(422, 'CONTROL_REQUIRED', '解除或续行须指明所针对的冻结（查封）。', 'A release or renewal names the control it acts on.', { field: '/controlId' });
  const agencyId = input.agencyId ?? (control ? Number(control.agency_id) : asset.agency_id === null ? undefined : Number(asset.agency_id));
  if (agencyId === undefined) throw new AppError(422, 'AGENCY_REQUIRED', '请选择协助执行单位。', 'Choose the agency that holds the asset.', { field: '/agencyId' });
  const [agency] = await agenciesFor(tx, c.courtId, [agencyId], null);
  const [debtor] = await debtorsOf(tx, c.id, [Number(asset.party_id)]);
  const legalBasis = input.legalBasis?.trim() || defaultLegalBasis(input.kind);
  const status = await initialStatus(tx, c.courtId, actor.userId);
  const [id] = await insertRequests(tx, c, [{ partyId: debtor!.id, agency: agency!, kind: input.kind, status, legalBasis, assetId, controlId: control ? Number(control.id) : null, amountFen: input.amountFen ?? null }], actor.userId, clock.now);
  const docs = await controlDocuments(tx, deps, actor, c, { kind: input.kind, debtor: debtor!, agency: agency!, asset, legalBasis, amountFen: input.amountFen ?? null }, clock.today);
  await tx.execute(sql`update asset_control_requests set ruling_attachment_id = ${docs.ruling}, notice_attachment_id = ${docs.notice} where id = ${id!}`);
  await appendCaseEvent(tx, {
    caseId: c.id, event: 'requestAssetControl', actorId: actor.userId, actorRole: 'judge', nodeBefore: c.node, nodeAfter: c.node, at: clock.now,
    payload: { requestId: id, kind: REQUEST_KIND_LABELS[input.kind]['zh-CN'], debtor: debtor!.name, agency: agency!.name, asset: `${asset.description} ${asset.identifier}`.trim(), amountFen: input.amountFen ?? null, status, documents: [docs.ruling, docs.notice] },
  });
  return id!;
}

async function controlDocuments(
  tx: Tx,
  deps: Deps,
  actor: Actor,
  c: CaseRow,
  o: { kind: ControlKind; debtor: Debtor; agency: AgencyRef; asset: AssetRow; legalBasis: string; amountFen: number | null },
  today: string,
): Promise<{ ruling: number; notice: number }> {
  const { parties, ...base } = await caseFacts(tx, c, today);
  const applicants = parties.filter((p) => p.standing === 'executionApplicant').map((p) => p.name).join('、') || '____';
  const wording = controlWording(o.kind, controlTermKind(o.asset.kind));
  const facts = {
    ...base,
    ...recipientFacts({ id: o.debtor.id, name: o.debtor.name, standing: 'executionDebtor' }),
    applicants,
    titleDocument: titleDocument(await titleRow(tx, c.id)),
    agencyName: o.agency.name,
    recipientIdNumber: o.debtor.id_number ?? '____',
    legalBasis: o.legalBasis,
    controlMeasure: wording.measure,
    controlProperty: `${o.asset.description}（${o.asset.identifier}）`,
    controlAmount: o.amountFen === null ? '' : `，金额${fenToYuan(BigInt(o.amountFen))}元`,
    controlTerm: wording.term,
  };
  const gen = (kind: 'controlRuling' | 'assistanceNotice', recipientName: string) => generateDocument(tx, deps, { case: c, kind, facts, partyId: o.debtor.id, recipientName, by: actor.userId });
  const ruling = await gen('controlRuling', o.debtor.name);
  const notice = await gen('assistanceNotice', o.agency.name);
  return { ruling: ruling.attachmentId, notice: notice.attachmentId };
}

/** The 执行局长 approves (the agency then sees it) or rejects a request awaiting approval. */
export async function decideRequest(tx: Tx, actor: Actor, id: number, approve: boolean, note: string | null, now: Date): Promise<void> {
  const r = await tx.execute<{ case_id: string; status: RequestStatus; kind: 'inquiry' | ControlKind; requested_by: number | null }>(sql`
    select case_id, status, kind, requested_by from asset_control_requests where id = ${id} and court_id = ${actor.courtId}`);
  const row = r.rows[0];
  if (!row) throw new AppError(404, 'CONTROL_REQUEST_NOT_FOUND', '查控请求不存在。', 'No such request.');
  const chief = await tx.execute(sql`select 1 from divisions where id = ${actor.divisionId} and court_id = ${actor.courtId} and kind = 'execution'`);
  if (!actor.roles.includes('divisionChief') || !chief.rows.length) throw new AppError(403, 'CONTROL_APPROVER_WRONG', '只有本院执行局局长可以审批查控请求。', "Only the court's head of execution approves these requests.");
  if (row.requested_by === actor.userId) throw new AppError(403, 'CONTROL_SELF_APPROVAL', '不能审批自己发起的查控请求。', 'You cannot decide your own request.');
  const c = (await lockCase(tx, Number(row.case_id)))!;
  const locked = (await tx.execute<{ status: RequestStatus }>(sql`select status from asset_control_requests where id = ${id} for update`)).rows[0]!;
  const next = nextStatus(locked.status, approve ? 'approve' : 'reject', row.kind);
  await tx.execute(sql`update asset_control_requests set status = ${next}, decided_by = ${actor.userId}, decided_at = ${now.toISOString()}::timestamptz, decision_note = ${note} where id = ${id}`);
  await appendCaseEvent(tx, { caseId: c.id, event: 'decideAssetControlRequest', actorId: actor.userId, actorRole: 'divisionChief', nodeBefore: c.node, nodeAfter: c.node, at: now, payload: { requestId: id, status: next, note } });
}
