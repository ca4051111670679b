// What a case's execution funds look like (一案一账户: received, paid out, held, and by when it must be paid out), and
// the payouts list of a court for finance and the 执行局长 (sorted, filtered, exported).
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { CaseExecutionFunds, Payout, PAYOUT_SORT_COLUMNS, PayoutQuery } from '../../../contracts/executionFunds';
import { caseFunds } from '../../../domain/execution/ledgerViews';
import { heldFundsDeadline } from '../../../domain/execution/payoutDeadline';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Queryable } from '../../db/database';
import { pageOf } from '../../http/pagination';
import { zhEn } from '../../lists/excelExport';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';
import { caseAccountNumberOf } from '../payments/caseFees';
import { courtAccountOf, loadCaseLedger } from './fundLedger';
import { approvedPostponements, casePostponements } from './postponementView';

const ENTRY_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  receipt: zhEn('到账', 'Received'),
  claim: zhEn('不明款认领', 'Unidentified receipt claimed'),
  feeDeduction: zhEn('扣收执行费', 'Execution fee deducted'),
  allocation: zhEn('分配', 'Allocated'),
  disbursement: zhEn('发放', 'Paid out'),
  reversal: zhEn('冲销', 'Reversed'),
};

const yuan = (fen: bigint | number | string) => fenToYuan(BigInt(fen));

/** The payouts as shown, their times in the court's time zone. */
const PAYOUT_SELECT = (timeZone: string) => sql`
  select p.*, to_char(p.proposed_at at time zone ${timeZone}, 'YYYY-MM-DD HH24:MI') as proposed, p.paid_on::text as paid, k.case_number, cp.name as payee_name,
         u.display_name as proposer, f.display_name as finance_name, d.display_name as director_name
    from execution_payouts p
    join cases k on k.id = p.case_id
    join case_parties cp on cp.id = p.payee_party_id
    join users u on u.id = p.proposed_by
    left join users f on f.id = p.finance_by
    left join users d on d.id = p.director_by`;

const presentPayout = (r: Record<string, any>): Payout => ({
  id: Number(r.id),
  caseId: Number(r.case_id),
  caseNumber: r.case_number,
  payeePartyId: Number(r.payee_party_id),
  payeeName: r.payee_name,
  amount: yuan(r.amount_fen),
  accountName: r.account_name,
  accountNo: r.account_no,
  bankName: r.bank_name,
  reason: r.reason,
  status: r.status,
  needsDirector: r.needs_director,
  proposedBy: r.proposer,
  proposedAt: r.proposed,
  financeBy: r.finance_name,
  directorBy: r.director_name,
  decisionNote: r.decision_note,
  paidOn: r.paid,
});

export async function loadPayout(q: Queryable, id: number, timeZone: string): Promise<Payout> {
  const r = await q.execute<Record<string, any>>(sql`${PAYOUT_SELECT(timeZone)} where p.id = ${id}`);
  return presentPayout(r.rows[0]!);
}

export async function caseExecutionFunds(q: Queryable, c: { id: number; courtId: number }, today: string, timeZone: string): Promise<CaseExecutionFunds> {
  const state = await loadCaseLedger(q, c.courtId, c.id);
  const funds = caseFunds(state, courtAccountOf(c.courtId), String(c.id));
  const rows = await q.execute<Record<string, any>>(sql`
    select e.id, e.kind, e.amount_fen, e.entry_on::text as entry_on, e.payout_due_on::text as due_on, e.note, e.reversed_by, cp.name as payee
      from execution_ledger_entries e left join case_parties cp on cp.id = e.applicant_party_id
     where e.case_id = ${c.id} order by e.id`);
  const live = rows.rows.filter((e) => e.reversed_by === null && e.kind !== 'reversal');
  const sum = (kinds: string[]) => live.filter((e) => kinds.includes(e.kind)).reduce((s, e) => s + BigInt(e.amount_fen), 0n);
  const paidOut = sum(['disbursement']);
  const fees = sum(['feeDeduction']);
  const arrivals = live.filter((e) => e.kind === 'receipt' || e.kind === 'claim').map((e) => ({ amountFen: BigInt(e.amount_fen), dueOn: e.due_on as string, seq: Number(e.id) }));
  const dueOn = heldFundsDeadline(arrivals, paidOut + fees, await approvedPostponements(q, c.id));
  const names = await q.execute<{ id: string; name: string }>(sql`select id, name from case_parties where case_id = ${c.id} and standing = 'executionApplicant' order by id`);
  const payouts = await q.execute<Record<string, any>>(sql`${PAYOUT_SELECT(timeZone)} where p.case_id = ${c.id} order by p.id desc`);
  return {
    caseId: c.id,
    accountNo: await caseAccountNumberOf(q, c.id),
    received: yuan(sum(['receipt', 'claim'])),
    paidOut: yuan(paidOut),
    fees: yuan(fees),
    balance: yuan(funds.balanceFen),
    unallocated: yuan(funds.unallocatedFen),
    allocated: names.rows.map((n) => ({ partyId: Number(n.id), name: n.name, amount: yuan(funds.allocatedFen[n.id] ?? 0n) })),
    payoutDueOn: dueOn,
    payoutOverdue: dueOn !== null && dueOn < today,
    entries: rows.rows.map((e) => ({
      id: Number(e.id),
      kind: e.kind,
      label: ENTRY_LABELS[e.kind] ?? zhEn(e.kind, e.kind),
      amount: yuan(e.amount_fen),
      entryOn: e.entry_on,
      payoutDueOn: e.due_on,
      payeeName: e.payee,
      note: e.note,
      reversed: e.reversed_by !== null,
    })),
    payouts: payouts.rows.map(presentPayout),
    postponements: await casePostponements(q, c.id, timeZone),
  };
}

const SORTS: SortColumns<(typeof PAYOUT_SORT_COLUMNS)[number]> = {
  proposedAt: sql`p.proposed_at`,
  amount: sql`p.amount_fen`,
  status: sql`p.status`,
  caseNumber: [sql`k.number_year`, sql`k.number_serial`],
};

export async function listPayouts(q: Queryable, courtId: number, query: Static<typeof PayoutQuery>, timeZone: string) {
  const conds: SQL[] = [sql`p.court_id = ${courtId}`];
  if (query.status) conds.push(sql`p.status = ${query.status}`);
  if (query.q?.trim()) {
    const like = containsPattern(query.q);
    conds.push(sql`(k.case_number like ${like} or cp.name like ${like})`);
  }
  if (query.proposedFrom) conds.push(sql`p.proposed_at >= ${query.proposedFrom}::date`);
  if (query.proposedTo) conds.push(sql`p.proposed_at < ${query.proposedTo}::date + 1`);
  const cond = sql.join(conds, sql` and `);
  return pageOf<Record<string, any>, Payout>(
    q,
    query,
    sql`${PAYOUT_SELECT(timeZone)} where ${cond} order by ${orderBy(SORTS, query.sort, '-proposedAt', sql`p.id`)}`,
    sql`select count(*) as n from execution_payouts p join cases k on k.id = p.case_id join case_parties cp on cp.id = p.payee_party_id where ${cond}`,
    presentPayout,
  );
}

export const PAYOUT_STATUS_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  proposed: zhEn('待财务审核', 'Awaiting finance'),
  awaitingDirector: zhEn('待执行局长审批', 'Awaiting the head of execution'),
  paid: zhEn('已发放', 'Paid'),
  rejected: zhEn('已退回', 'Rejected'),
  withdrawn: zhEn('已撤回', 'Withdrawn'),
};
