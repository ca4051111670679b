// 查控 as read: a case's 查控 panel (requests, asset list, controls with days left), the court's 查控 centre list, and
// what an agency sees of the requests addressed to it (the debtor, the request, its documents — nothing else).
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { AgencyRequest, AgencyRequestQuery, AssetControl, CaseAsset, ControlRequest, REQUEST_SORT_COLUMNS, RequestQuery } from '../../../contracts/assetControl';
import { REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS, type RequestKind, type RequestStatus } from '../../../domain/execution/assetControl';
import { ASSET_KIND_LABELS, CONTROL_REMINDER_DAYS, controlTermView, type AssetKind } from '../../../domain/execution/controlTerms';
import type { Queryable } from '../../db/database';
import { pageOf } from '../../http/pagination';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';

type Row = Record<string, any>;
const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));

function documentsOf(r: Row) {
  const docs: { attachmentId: number; role: 'ruling' | 'notice' | 'receipt'; fileName: string }[] = [];
  if (r.ruling_attachment_id) docs.push({ attachmentId: Number(r.ruling_attachment_id), role: 'ruling', fileName: r.ruling_name });
  if (r.notice_attachment_id) docs.push({ attachmentId: Number(r.notice_attachment_id), role: 'notice', fileName: r.notice_name });
  if (r.receipt_attachment_id) docs.push({ attachmentId: Number(r.receipt_attachment_id), role: 'receipt', fileName: r.receipt_name });
  return docs;
}

const REQUEST_SELECT = (timeZone: string) => sql`
  select q.*, to_char(q.requested_at at time zone ${timeZone}, 'YYYY-MM-DD HH24:MI') as requested, q.answered_on::text as answered,
         k.case_number, p.name as debtor_name, p.id_type as debtor_id_type, p.id_number as debtor_id_number, a.name as agency_name, u.display_name as requester,
         ct.name as court_name, ar.file_name as ruling_name, an.file_name as notice_name, ac.file_name as receipt_name,
         s.kind as asset_kind, s.identifier as asset_identifier, s.description as asset_description,
         c.expires_on::text as control_expires, c.released_on::text as control_released
    from asset_control_requests q
    join cases k on k.id = q.case_id
    join courts ct on ct.id = q.court_id
    join case_parties p on p.id = q.party_id
    join agencies a on a.id = q.agency_id
    left join users u on u.id = q.requested_by
    left join case_assets s on s.id = q.asset_id
    left join asset_controls c on c.id = q.control_id
    left join attachments ar on ar.id = q.ruling_attachment_id
    left join attachments an on an.id = q.notice_attachment_id
    left join attachments ac on ac.id = q.receipt_attachment_id`;

const labels = (r: Row) => ({ kindLabel: REQUEST_KIND_LABELS[r.kind as RequestKind], statusLabel: REQUEST_STATUS_LABELS[r.status as RequestStatus] });

const presentRequest = (today: string) => (r: Row): ControlRequest => ({
  id: Number(r.id),
  caseId: Number(r.case_id),
  caseNumber: r.case_number,
  partyId: Number(r.party_id),
  debtorName: r.debtor_name,
  agencyId: Number(r.agency_id),
  agencyName: r.agency_name,
  channel: r.channel,
  kind: r.kind,
  status: r.status,
  ...labels(r),
  legalBasis: r.legal_basis,
  assetId: num(r.asset_id),
  controlId: num(r.control_id),
  amountFen: num(r.amount_fen),
  requestedBy: r.requester ?? null,
  requestedAt: r.requested,
  answeredOn: r.answered,
  refusalReason: r.refusal_reason,
  answer: r.answer,
  documents: documentsOf(r),
  controlState: r.control_expires ? controlTermView(r.control_expires, r.control_released !== null, today).state : null,
});

const presentAgencyRequest = (r: Row): AgencyRequest => ({
  id: Number(r.id),
  kind: r.kind,
  status: r.status,
  ...labels(r),
  courtName: r.court_name,
  caseNumber: r.case_number,
  debtorName: r.debtor_name,
  debtorIdType: r.debtor_id_type,
  debtorIdNumber: r.debtor_id_number,
  legalBasis: r.legal_basis,
  asset: r.asset_kind ? { kind: r.asset_kind, identifier: r.asset_identifier, description: r.asset_description } : null,
  amountFen: num(r.amount_fen),
  requestedAt: r.requested,
  answeredOn: r.answered,
  answer: r.answer,
  refusalReason: r.refusal_reason,
  documents: documentsOf(r),
});

export async function caseRequests(q: Queryable, caseId: number, today: string, timeZone: string): Promise<ControlRequest[]> {
  const r = await q.execute<Row>(sql`${REQUEST_SELECT(timeZone)} where q.case_id = ${caseId} order by q.id desc`);
  return r.rows.map(presentRequest(today));
}

export async function caseAssets(q: Queryable, caseId: number): Promise<CaseAsset[]> {
  const r = await q.execute<Row>(sql`
    select s.*, s.found_on::text as found, p.name as party_name, a.name as agency_name
      from case_assets s join case_parties p on p.id = s.party_id left join agencies a on a.id = s.agency_id
     where s.case_id = ${caseId} order by s.id`);
  return r.rows.map((s) => ({
    id: Number(s.id), partyId: Number(s.party_id), partyName: s.party_name, kind: s.kind, kindLabel: ASSET_KIND_LABELS[s.kind as AssetKind], identifier: s.identifier,
    description: s.description, balanceFen: num(s.balance_fen), source: s.source, agencyName: s.agency_name, requestId: num(s.request_id), foundOn: s.found,
  }));
}

export async function caseControls(q: Queryable, caseId: number, today: string): Promise<AssetControl[]> {
  const r = await q.execute<Row>(sql`
    select c.*, c.starts_on::text as starts, c.expires_on::text as expires, c.released_on::text as released, s.description, s.identifier, a.name as agency_name
      from asset_controls c join case_assets s on s.id = c.asset_id join agencies a on a.id = c.agency_id
     where c.case_id = ${caseId} order by c.expires_on, c.id`);
  return r.rows.map((c) => {
    const view = controlTermView(c.expires, c.released !== null, today);
    return {
      id: Number(c.id), assetId: Number(c.asset_id), assetLabel: `${c.description}（${c.identifier}）`, agencyName: c.agency_name, kind: c.kind, termKind: c.term_kind,
      amountFen: num(c.amount_fen), startsOn: c.starts, expiresOn: c.expires, renewals: Number(c.renewals), state: view.state, daysLeft: view.daysLeft, releasedOn: c.released,
    };
  });
}

const SORTS: SortColumns<(typeof REQUEST_SORT_COLUMNS)[number]> = {
  requestedAt: sql`q.requested_at`,
  status: sql`q.status`,
  kind: sql`q.kind`,
  caseNumber: [sql`k.number_year`, sql`k.number_serial`],
};

/** The court's requests (查控 centre): filtered by status, kind, agency, case number, and controls lapsing or lapsed. */
export async function listCourtRequests(q: Queryable, courtId: number, query: Static<typeof RequestQuery>, today: string, timeZone: string) {
  const conds: SQL[] = [sql`q.court_id = ${courtId}`];
  if (query.status) conds.push(sql`q.status = ${query.status}`);
  if (query.kind) conds.push(sql`q.kind = ${query.kind}`);
  if (query.agencyId) conds.push(sql`q.agency_id = ${query.agencyId}`);
  if (query.q?.trim()) conds.push(sql`k.case_number like ${containsPattern(query.q)}`);
  if (query.lapsing) conds.push(sql`exists (select 1 from asset_controls c2 where c2.id = q.control_id and c2.request_id = q.id and c2.released_on is null and c2.expires_on <= ${today}::date + ${CONTROL_REMINDER_DAYS[0]}::int)`);
  const cond = sql.join(conds, sql` and `);
  return pageOf<Row, ControlRequest>(
    q,
    query,
    sql`${REQUEST_SELECT(timeZone)} where ${cond} order by ${orderBy(SORTS, query.sort, '-requestedAt', sql`q.id`)}`,
    sql`select count(*) as n from asset_control_requests q join cases k on k.id = q.case_id where ${cond}`,
    presentRequest(today),
  );
}

/** The requests addressed to one agency, once they may see them (sent or later). */
export async function listAgencyRequests(q: Queryable, agencyId: number, query: Static<typeof AgencyRequestQuery>, timeZone: string) {
  const conds: SQL[] = [sql`q.agency_id = ${agencyId}`, sql`q.status not in ('awaitingApproval', 'rejected')`];
  if (query.status) conds.push(sql`q.status = ${query.status}`);
  if (query.kind) conds.push(sql`q.kind = ${query.kind}`);
  const cond = sql.join(conds, sql` and `);
  const sorts: SortColumns<'requestedAt' | 'status'> = { requestedAt: sql`q.requested_at`, status: sql`q.status` };
  return pageOf<Row, AgencyRequest>(
    q,
    query,
    sql`${REQUEST_SELECT(timeZone)} where ${cond} order by ${orderBy(sorts, query.sort, '-requestedAt', sql`q.id`)}`,
    sql`select count(*) as n from asset_control_requests q where ${cond}`,
    presentAgencyRequest,
  );
}

export async function loadAgencyRequest(q: Queryable, agencyId: number, id: number, timeZone: string): Promise<AgencyRequest | null> {
  const r = await q.execute<Row>(sql`${REQUEST_SELECT(timeZone)} where q.id = ${id} and q.agency_id = ${agencyId} and q.status not in ('awaitingApproval', 'rejected')`);
  return r.rows[0] ? presentAgencyRequest(r.rows[0]) : null;
}

export async function loadRequest(q: Queryable, id: number, today: string, timeZone: string): Promise<ControlRequest> {
  const r = await q.execute<Row>(sql`${REQUEST_SELECT(timeZone)} where q.id = ${id}`);
  return presentRequest(today)(r.rows[0]!);
}
