// The execution account's book for the statement import and the 不明款 claim (payments/receiptLedgers.ts): each
// receipt becomes a ledger entry with its payout deadline (FUNDS: within 30 days of arrival, or the court's fewer).
import { sql } from 'drizzle-orm';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { clockEnv, dueDateFor } from '../clock/periodStore';
import type { BookedReceipt, ReceiptBook } from '../payments/receiptLedgers';
import { courtAccountOf, loadCaseLedger, lockCaseFunds, postLedgerEntry, postReceiptEntries } from './fundLedger';
import { loadExecutionFundSettings } from './fundSettings';

const ARRIVED = { 'zh-CN': '执行款到账', en: 'execution funds arrived' };

/** Each arrival day's payout deadline (also for a deduction through the network, assetControl/controls.ts). */
export async function payoutDeadlines(tx: Tx, courtId: number, days: readonly PlainDate[], today: PlainDate): Promise<Map<PlainDate, PlainDate>> {
  const env = await clockEnv(tx, courtId, today);
  const { payoutDays } = await loadExecutionFundSettings(tx);
  return new Map([...new Set(days)].map((d) => [d, dueDateFor(env, 'fundDisbursement', d, ARRIVED, payoutDays)]));
}

export const EXECUTION_RECEIPT_BOOK: ReceiptBook = {
  async book(tx: Tx, courtId: number, receipts: readonly BookedReceipt[], userId: number | null, today: PlainDate) {
    const due = await payoutDeadlines(tx, courtId, receipts.filter((r) => r.caseId !== null).map((r) => r.receivedOn), today);
    await postReceiptEntries(tx, courtId, receipts.map((r) => ({ ...r, payoutDueOn: r.caseId === null ? null : (due.get(r.receivedOn) ?? null) })), userId);
  },
  async claim(tx: Tx, courtId: number, receipt: BookedReceipt, caseId: number, userId: number, reason: string, today: PlainDate) {
    await lockCaseFunds(tx, caseId).catch(() => {
      throw new AppError(422, 'CLAIM_NOT_EXECUTION_CASE', '执行案款只能认领到执行案件。', 'Execution funds can only be claimed to an execution case.');
    });
    const state = await loadCaseLedger(tx, courtId, caseId, [receipt.receiptId]);
    const entry = await tx.execute<{ id: string }>(sql`select id from execution_ledger_entries where kind = 'receipt' and receipt_id = ${receipt.receiptId} and reversed_by is null order by id desc limit 1`);
    const due = await payoutDeadlines(tx, courtId, [receipt.receivedOn], today);
    await postLedgerEntry(
      tx,
      courtId,
      state,
      { id: 'new', courtAccount: courtAccountOf(courtId), kind: 'claim', receiptId: entry.rows[0]?.id ?? `receipt:${receipt.receiptId}`, caseId: String(caseId) },
      { caseId, receiptId: receipt.receiptId, entryOn: today, payoutDueOn: due.get(receipt.receivedOn) ?? null, note: `认领：${reason}`, createdBy: userId },
    );
  },
};
