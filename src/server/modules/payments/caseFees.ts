// A case's fee account, notices and ledger; payments posted to it end the fee-payment period once nothing is owed.
import { sql, type SQL } from 'drizzle-orm';
import type { CaseFees } from '../../../contracts/payments';
import { caseAccountNumber } from '../../../domain/payments/caseAccount';
import { feeBalance, type LedgerKind } from '../../../domain/payments/ledger';
import { fenToYuanText } from '../../../domain/payments/moneyText';
import { executePrepared, type Queryable, type Tx } from '../../db/database';
import { caseFeeAccounts, feeLedger, feeNotices } from '../../db/schema';
import { endPeriods, endPeriodsOfCases } from '../clock/periodStore';
import { loadPaymentSettings } from './feeSettings';

const LEDGER_LABELS: Record<LedgerKind, { 'zh-CN': string; en: string }> = {
  charge: { 'zh-CN': '应交', en: 'Charged' },
  relief: { 'zh-CN': '减免', en: 'Relief' },
  payment: { 'zh-CN': '到账', en: 'Payment received' },
  refund: { 'zh-CN': '退费', en: 'Refund' },
};

/** The number the case's sub-account has or will have (一案一账号: the bank's prefix and the case). */
export async function caseAccountNumberOf(q: Queryable, caseId: number): Promise<string> {
  const { accountPrefix } = await loadPaymentSettings(q);
  return caseAccountNumber(accountPrefix, caseId);
}

/**
 * A fee notice (交纳诉讼费用通知) and its charge on the ledger, opening the case's account first when asked, as one
 * statement; `dueOn` may be an expression evaluated by the database. Returns the notice's id and due date.
 */
export async function issueChargeNotice(
  tx: Tx,
  n: { caseId: number; basis: string; amountFen: number; breakdown: Record<string, unknown>[]; issuedOn: string; dueOn: string | SQL<string | null> | null; issuedBy: number; note: string; accountNo?: string },
): Promise<{ id: number; dueOn: string | null }> {
  const account = n.accountNo ? sql`account as (${tx.insert(caseFeeAccounts).values({ caseId: n.caseId, accountNo: n.accountNo }).onConflictDoNothing().getSQL()}),` : sql``;
  const notice = tx
    .insert(feeNotices)
    .values({ caseId: n.caseId, basis: n.basis, amountFen: n.amountFen, breakdown: n.breakdown, issuedOn: n.issuedOn, dueOn: n.dueOn, issuedBy: n.issuedBy })
    .returning({ id: feeNotices.id, dueOn: feeNotices.dueOn });
  const r = await executePrepared<{ id: number; due_on: string | null }>(
    tx,
    'issue_charge_notice',
    sql`with ${account} notice as (${notice.getSQL()}),
         charge as (insert into fee_ledger (case_id, kind, amount_fen, entry_on, source, source_id, note, created_by)
                    select ${n.caseId}, 'charge', ${n.amountFen}, ${n.issuedOn}::date, 'notice', notice.id, ${n.note}, ${n.issuedBy} from notice)
         select id, due_on::text as due_on from notice`,
  );
  return { id: Number(r.rows[0]!.id), dueOn: r.rows[0]!.due_on };
}

export async function addLedgerEntry(
  tx: Tx,
  e: { caseId: number; kind: LedgerKind; amountFen: number; entryOn: string; source: 'notice' | 'receipt' | 'decision'; sourceId: number; note?: string | null; createdBy: number | null },
) {
  await tx.insert(feeLedger).values({ ...e, note: e.note ?? null });
}

/** After a payment: when nothing is owed any more, the party's fee-payment period is complete (FEE art 22). */
export async function settleFeePeriod(tx: Tx, caseId: number, on: string): Promise<void> {
  const b = await balanceOf(tx, caseId);
  if (b.dueFen > 0 && b.outstandingFen === 0) await endPeriods(tx, caseId, ['feePayment'], on, 'paid');
}

/**
 * `settleFeePeriod` for the cases a batch of payments reached, in one query and one update; only cases whose fee
 * period still runs are summed (a case paid by an earlier batch is not read again).
 */
export async function settleFeePeriods(tx: Tx, caseIds: readonly number[], on: string): Promise<void> {
  if (!caseIds.length) return;
  const rows = await tx.execute<{ case_id: string; kind: LedgerKind; amount_fen: string }>(sql`
    select l.case_id, l.kind, sum(l.amount_fen) as amount_fen
      from fee_ledger l
     where l.case_id in (select case_id from case_periods where case_id = any(${sql.param([...caseIds])}::bigint[]) and kind = 'feePayment' and status = 'running')
     group by l.case_id, l.kind`);
  const entries = new Map<number, { kind: LedgerKind; amountFen: number }[]>();
  for (const r of rows.rows) entries.set(Number(r.case_id), [...(entries.get(Number(r.case_id)) ?? []), { kind: r.kind, amountFen: Number(r.amount_fen) }]);
  const paid = [...entries].filter(([, e]) => {
    const b = feeBalance(e);
    return b.dueFen > 0 && b.outstandingFen === 0;
  });
  await endPeriodsOfCases(tx, paid.map(([id]) => id), ['feePayment'], on, 'paid');
}

/** The case's fee position from its ledger rows. */
export async function balanceOf(q: Queryable, caseId: number) {
  const rows = await q.execute<{ kind: LedgerKind; amount_fen: string }>(sql`select kind, amount_fen from fee_ledger where case_id = ${caseId}`);
  return feeBalance(rows.rows.map((r) => ({ kind: r.kind, amountFen: Number(r.amount_fen) })));
}

export async function caseFees(q: Queryable, caseId: number, today: string): Promise<CaseFees> {
  const account = await q.execute<{ account_no: string }>(sql`select account_no from case_fee_accounts where case_id = ${caseId}`);
  const notices = await q.execute<Record<string, any>>(sql`select * from fee_notices where case_id = ${caseId} order by id`);
  const ledger = await q.execute<Record<string, any>>(sql`select * from fee_ledger where case_id = ${caseId} order by entry_on, id`);
  const b = feeBalance(ledger.rows.map((r) => ({ kind: r.kind as LedgerKind, amountFen: Number(r.amount_fen) })));
  const period = await q.execute<{ due_on: string | null; status: string }>(sql`
    select due_on::text, status from case_periods where case_id = ${caseId} and kind = 'feePayment' order by id desc limit 1`);
  const p = period.rows[0];
  return {
    caseId,
    accountNo: account.rows[0]?.account_no ?? null,
    notices: notices.rows.map((n) => ({ id: Number(n.id), basis: n.basis, amount: fenToYuanText(Number(n.amount_fen)), breakdown: n.breakdown, issuedOn: n.issued_on, dueOn: n.due_on })),
    ledger: ledger.rows.map((e) => ({ id: Number(e.id), kind: e.kind, label: LEDGER_LABELS[e.kind as LedgerKind], amount: fenToYuanText(Number(e.amount_fen)), entryOn: e.entry_on, source: e.source, note: e.note })),
    due: fenToYuanText(b.dueFen),
    paid: fenToYuanText(b.paidFen),
    outstanding: fenToYuanText(b.outstandingFen),
    refundable: fenToYuanText(b.refundableFen),
    unpaidPastDeadline: b.outstandingFen > 0 && !!p?.due_on && p.due_on < today && p.status !== 'completed',
  };
}
