// Two decisions over a case's funds besides payouts: the officer's 分配方案 among several applicants (参与分配: ranks and
// claims, the domain's `allocate`), and finance taking the execution fee from the proceeds (FEE arts 20, 38: borne by
// the debtor, collected after execution). Both post through the ledger under the case's lock.
import { sql } from 'drizzle-orm';
import { allocate, type Allocation } from '../../../domain/execution/allocation';
import { caseFunds } from '../../../domain/execution/ledgerViews';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { courtAccountOf, loadCaseLedger, lockCaseFunds, postLedgerEntry } from './fundLedger';

export interface AllocationInput {
  claims: { partyId: number; rank: number; claimFen: bigint }[];
  note: string;
}

/** The officer allocates what the case holds unallocated among its applicants; returns the shares and the surplus. */
export async function allocateFunds(tx: Tx, actor: Actor, c: { id: number; courtId: number; judgeId: number | null }, input: AllocationInput, clock: { today: string; now: Date }): Promise<Allocation> {
  if (c.judgeId !== actor.userId) throw new AppError(403, 'ALLOCATION_NOT_OFFICER', '只有本案承办人可以制作分配方案。', 'Only the officer of this case may allocate its funds.');
  await lockCaseFunds(tx, c.id);
  const applicants = await tx.execute<{ id: string }>(sql`select id from case_parties where case_id = ${c.id} and standing = 'executionApplicant'`);
  const known = new Set(applicants.rows.map((r) => Number(r.id)));
  const stranger = input.claims.find((x) => !known.has(x.partyId));
  if (stranger) throw new AppError(422, 'ALLOCATION_PARTY_NOT_APPLICANT', '分配对象应为本案申请执行人。', 'Funds are allocated only to applicants of this case.', { partyId: stranger.partyId });
  const state = await loadCaseLedger(tx, c.courtId, c.id);
  const { unallocatedFen } = caseFunds(state, courtAccountOf(c.courtId), String(c.id));
  if (unallocatedFen <= 0n) throw new AppError(409, 'ALLOCATION_NOTHING_TO_ALLOCATE', '本案没有待分配的执行款。', 'This case holds no unallocated funds.');
  const result = allocate(unallocatedFen, input.claims.map((x) => ({ id: String(x.partyId), rank: x.rank, claimFen: x.claimFen })));
  const shares = result.shares.filter((s) => s.shareFen > 0n).map((s) => ({ applicantId: s.id, amountFen: s.shareFen }));
  if (shares.length) {
    await postLedgerEntry(tx, c.courtId, state, { id: 'new', courtAccount: courtAccountOf(c.courtId), kind: 'allocation', caseId: String(c.id), shares }, { caseId: c.id, entryOn: clock.today, createdBy: actor.userId, at: clock.now, note: `分配方案：${input.note}` });
  }
  return result;
}

/**
 * Finance takes the execution fee still owed (execution_cases.fee_fen less what was taken) from what the case holds
 * unallocated — as much as there is. Returns the amount taken.
 */
export async function deductExecutionFee(tx: Tx, actor: Actor, c: { id: number; courtId: number }, clock: { today: string; now: Date }): Promise<bigint> {
  await lockCaseFunds(tx, c.id);
  const fee = await tx.execute<{ fee_fen: string; taken: string }>(sql`
    select e.fee_fen, coalesce((select sum(amount_fen) from execution_ledger_entries where case_id = e.case_id and kind = 'feeDeduction' and reversed_by is null), 0) as taken
      from execution_cases e where e.case_id = ${c.id}`);
  const owed = BigInt(fee.rows[0]!.fee_fen) - BigInt(fee.rows[0]!.taken);
  if (owed <= 0n) throw new AppError(409, 'EXECUTION_FEE_COLLECTED', '本案申请执行费已全部扣收。', "This case's execution fee has been collected in full.");
  const state = await loadCaseLedger(tx, c.courtId, c.id);
  const { unallocatedFen } = caseFunds(state, courtAccountOf(c.courtId), String(c.id));
  if (unallocatedFen <= 0n) throw new AppError(409, 'EXECUTION_FUNDS_EMPTY', '本案没有待分配的执行款，无法扣收执行费。', 'This case holds no unallocated funds to take the fee from.');
  const amount = owed < unallocatedFen ? owed : unallocatedFen;
  await postLedgerEntry(tx, c.courtId, state, { id: 'new', courtAccount: courtAccountOf(c.courtId), kind: 'feeDeduction', caseId: String(c.id), amountFen: amount }, { caseId: c.id, entryOn: clock.today, createdBy: actor.userId, at: clock.now, note: `扣收申请执行费 ${fenToYuan(amount)} 元` });
  return amount;
}
