// A case's fee account, notices and ledger; payments posted to it end the fee-payment period once nothing is owed.
import { sql } from 'drizzle-orm';
import type { CaseFees } from '../../../contracts/payments';
import { caseAccountNumber } from '../../../domain/payments/caseAccount';
import { feeBalance, type LedgerKind } from '../../../domain/payments/ledger';
import { fenToYuanText } from '../../../domain/payments/moneyText';
import type { Queryable, Tx } from '../../db/database';
import { caseFeeAccounts, feeLedger } from '../../db/schema';
import { endPeriods } from '../clock/periodStore';
import { loadPaymentSettings } from './feeSettings';

const LEDGER_LABELS: Record<LedgerKind, { 'zh-CN': string; en: string }> = {
  charge: { 'zh-CN': '应交', en: 'Charged' },
  relief: { 'zh-CN': '减免', en: 'Relief' },
  payment: { 'zh-CN': '到账', en: 'Payment received' },
  refund: { 'zh-CN': '退费', en: 'Refund' },
};

/** The case's own sub-account number, created on first use. */
export async function ensureCaseAccount(tx: Tx, caseId: number): Promise<string> {
  const { accountPrefix } = await loadPaymentSettings(tx);
  const accountNo = caseAccountNumber(accountPrefix, caseId);
  await tx.insert(caseFeeAccounts).values({ caseId, accountNo }).onConflictDoNothing();
  return accountNo;
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
