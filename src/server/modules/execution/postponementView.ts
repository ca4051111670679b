// 延期发放 as read: the approved postponements of a case's payout deadline, as the deadline computations read them: the case's
// view (fundsView.ts, through heldFundsDeadline) and 一日三通报 (fundReports.ts, in SQL). An approved postponement moves
// the deadline of the arrivals up to its `covers_entry_id`; pending, rejected and withdrawn ones move nothing. And the
// postponements as shown: a case's, and the court's list for the approvers.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Postponement, POSTPONEMENT_SORT_COLUMNS, PostponementQuery } from '../../../contracts/executionPostponements';
import type { ApprovedPostponement } from '../../../domain/execution/payoutDeadline';
import { POSTPONEMENT_REASONS, type PostponementReason } from '../../../domain/execution/payoutPostponement';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Queryable } from '../../db/database';
import { pageOf } from '../../http/pagination';
import { zhEn } from '../../lists/excelExport';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';

export async function approvedPostponements(q: Queryable, caseId: number): Promise<ApprovedPostponement[]> {
  const r = await q.execute<{ covers_entry_id: string; until_on: string }>(sql`
    select covers_entry_id, until_on::text as until_on from execution_payout_postponements where case_id = ${caseId} and status = 'approved'`);
  return r.rows.map((p) => ({ coversSeq: Number(p.covers_entry_id), untilOn: p.until_on }));
}

const POSTPONEMENT_SELECT = (timeZone: string) => sql`
  select p.*, p.until_on::text as until, p.due_on_before::text as due_before, to_char(p.requested_at at time zone ${timeZone}, 'YYYY-MM-DD HH24:MI') as requested,
         k.case_number, u.display_name as requester, f.display_name as finance_name, d.display_name as director_name
    from execution_payout_postponements p
    join cases k on k.id = p.case_id
    join users u on u.id = p.requested_by
    left join users f on f.id = p.finance_by
    left join users d on d.id = p.director_by`;

const presentPostponement = (r: Record<string, any>): Postponement => ({
  id: Number(r.id),
  caseId: Number(r.case_id),
  caseNumber: r.case_number,
  reason: r.reason,
  reasonLabel: POSTPONEMENT_REASONS[r.reason as PostponementReason] ?? { 'zh-CN': r.reason, en: r.reason },
  reasonText: r.reason_text,
  untilOn: r.until,
  dueOnBefore: r.due_before,
  held: fenToYuan(BigInt(r.held_fen)),
  status: r.status,
  needsDirector: r.needs_director,
  requestedBy: r.requester,
  requestedAt: r.requested,
  financeBy: r.finance_name,
  directorBy: r.director_name,
  decisionNote: r.decision_note,
});

export async function loadPostponement(q: Queryable, id: number, timeZone: string): Promise<Postponement> {
  const r = await q.execute<Record<string, any>>(sql`${POSTPONEMENT_SELECT(timeZone)} where p.id = ${id}`);
  return presentPostponement(r.rows[0]!);
}

/** A case's postponements, the latest first (its 执行案款 card). */
export async function casePostponements(q: Queryable, caseId: number, timeZone: string): Promise<Postponement[]> {
  const r = await q.execute<Record<string, any>>(sql`${POSTPONEMENT_SELECT(timeZone)} where p.case_id = ${caseId} order by p.id desc`);
  return r.rows.map(presentPostponement);
}

const SORTS: SortColumns<(typeof POSTPONEMENT_SORT_COLUMNS)[number]> = {
  requestedAt: sql`p.requested_at`,
  untilOn: sql`p.until_on`,
  status: sql`p.status`,
  caseNumber: [sql`k.number_year`, sql`k.number_serial`],
};

/** The court's postponements for finance and the 执行局长 (案款发放审批, next to the payouts). */
export async function listPostponements(q: Queryable, courtId: number, query: Static<typeof PostponementQuery>, timeZone: string) {
  const conds: SQL[] = [sql`p.court_id = ${courtId}`];
  if (query.status) conds.push(sql`p.status = ${query.status}`);
  if (query.q?.trim()) conds.push(sql`k.case_number like ${containsPattern(query.q)}`);
  if (query.requestedFrom) conds.push(sql`p.requested_at >= ${query.requestedFrom}::date`);
  if (query.requestedTo) conds.push(sql`p.requested_at < ${query.requestedTo}::date + 1`);
  const cond = sql.join(conds, sql` and `);
  return pageOf<Record<string, any>, Postponement>(
    q,
    query,
    sql`${POSTPONEMENT_SELECT(timeZone)} where ${cond} order by ${orderBy(SORTS, query.sort, '-requestedAt', sql`p.id`)}`,
    sql`select count(*) as n from execution_payout_postponements p join cases k on k.id = p.case_id where ${cond}`,
    presentPostponement,
  );
}

export const POSTPONEMENT_STATUS_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  proposed: zhEn('待财务审核', 'Awaiting finance'),
  awaitingDirector: zhEn('待执行局长审批', 'Awaiting the head of execution'),
  approved: zhEn('已批准', 'Approved'),
  rejected: zhEn('已退回', 'Rejected'),
  withdrawn: zhEn('已撤回', 'Withdrawn'),
};
