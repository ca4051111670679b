// 冲销: finance undoes an erroneous entry of a case's execution funds — a receipt posted or claimed to the wrong case, a
// fee deduction, an allocation — with a reason, by the domain's `reversal` entry (ledger.ts: it exactly undoes the
// original; entries are never edited). A reversed claim puts the money back among the 不明款 (the domain moves it from the
// case to `unmatched`, and the receipt may be claimed again); a reversed receipt of the case is booked again as 不明款,
// since the money is still in the court's account. A payout is not reversed here: money paid out comes back only by the
// bank's return, which is not modelled.
import { sql } from 'drizzle-orm';
import { fenToYuan } from '../../../domain/money/yuan';
import { hasRole, type Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { appendCaseEvent, lockCase } from '../cases/caseRecord';
import { clockEnv, dueDateFor } from '../clock/periodStore';
import { loadPaymentSettings } from '../payments/feeSettings';
import { courtAccountOf, loadCaseLedger, lockCaseFunds, postLedgerEntry } from './fundLedger';

const UNCLAIMED_AGAIN = { 'zh-CN': '冲销后转为不明款', en: 'back among the unidentified receipts after a reversal' };

/** Reverses entry `entryId` of case `caseId`; returns the reversal's id. */
export async function reverseFundEntry(tx: Tx, actor: Actor, caseId: number, entryId: number, reason: string, clock: { today: string; now: Date }): Promise<number> {
  if (!hasRole(actor, 'finance')) throw new AppError(403, 'FUND_REVERSAL_FORBIDDEN', '只有财务人员可以冲销执行案款分录。', 'Only finance reverses entries of execution funds.');
  const c = await lockCase(tx, caseId);
  if (!c) throw new AppError(404, 'CASE_NOT_FOUND', '案件不存在。', 'No such case.');
  await lockCaseFunds(tx, caseId);
  const r = await tx.execute<{ kind: string; amount_fen: string; receipt_id: string | null }>(sql`
    select kind, amount_fen, receipt_id from execution_ledger_entries where id = ${entryId} and case_id = ${caseId} and court_id = ${c.courtId}`);
  const original = r.rows[0];
  if (!original) throw new AppError(404, 'LEDGER_ENTRY_NOT_FOUND', '本案没有该分录。', 'This case has no such entry.');
  if (original.kind === 'disbursement') {
    throw new AppError(422, 'FUND_REVERSAL_NOT_ALLOWED', '已发放的案款不能冲销：退回的款项应作为到账重新入账。', 'A payout cannot be reversed here: money the bank returns is booked as a new receipt.');
  }
  const state = await loadCaseLedger(tx, c.courtId, caseId);
  const facts = { caseId, entryOn: clock.today, createdBy: actor.userId, at: clock.now };
  // The domain refuses a reversal of a reversal, of an entry reversed already, or one leaving a balance below zero.
  const id = await postLedgerEntry(tx, c.courtId, state, { id: 'new', courtAccount: courtAccountOf(c.courtId), kind: 'reversal', reversesId: String(entryId) }, { ...facts, note: `冲销：${reason}` });
  const receiptId = original.receipt_id === null ? null : Number(original.receipt_id);
  if (receiptId !== null && (original.kind === 'claim' || original.kind === 'receipt')) {
    const env = await clockEnv(tx, c.courtId, clock.today);
    const claimDueOn = dueDateFor(env, 'unclaimedReceiptClaim', clock.today, UNCLAIMED_AGAIN, (await loadPaymentSettings(tx)).unclaimedClaimDays);
    if (original.kind === 'receipt') {
      // The money is still in the account: it waits again as 不明款, to be claimed to its case.
      await postLedgerEntry(tx, c.courtId, state, { id: 'new', courtAccount: courtAccountOf(c.courtId), kind: 'receipt', amountFen: BigInt(original.amount_fen), caseId: null }, { ...facts, caseId: null, receiptId, note: `冲销后转为不明款：${reason}` });
    }
    await tx.execute(sql`update receipts set status = 'unidentified', case_id = null, match = 'reversed', claim_due_on = ${claimDueOn}::date, claimed_by = null, claim_reason = null, claimed_at = null where id = ${receiptId}`);
  }
  await appendCaseEvent(tx, {
    caseId,
    event: 'reverseFundEntry',
    actorId: actor.userId,
    actorRole: 'finance',
    nodeBefore: c.node,
    nodeAfter: c.node,
    payload: { entryId, reversalId: id, kind: original.kind, amount: fenToYuan(BigInt(original.amount_fen)), reason },
    at: clock.now,
  });
  return id;
}
