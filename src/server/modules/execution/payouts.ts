// 案款发放: the case's officer proposes a payout to an applicant's own account; finance approves (and the 执行局长 above
// the court's threshold); only the last approval moves money, under the case's lock, with the ledger's checks — a
// payout beyond the case's funds is refused then as at proposal, and two approvers at once pay once.
import { sql } from 'drizzle-orm';
import { approvePayout, checkPayeeAccountName, needsDirectorApproval, rejectPayout, type PayoutApprover, type PayoutStatus } from '../../../domain/execution/payoutApproval';
import { caseFunds } from '../../../domain/execution/ledgerViews';
import { fenToYuan } from '../../../domain/money/yuan';
import { hasRole, type Actor } from '../../access/actor';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { courtAccountOf, loadCaseLedger, lockCaseFunds, postLedgerEntry } from './fundLedger';
import { loadExecutionFundSettings } from './fundSettings';

export interface PayoutProposal {
  payeePartyId: number;
  amountFen: number;
  accountName: string;
  accountNo: string;
  bankName: string;
  reason: string;
}

const notFound = () => new AppError(404, 'PAYOUT_NOT_FOUND', '发放申请不存在。', 'No such payout.');

/** What may still be promised to the payee: what is allocated to them or not yet allocated, less the open proposals. */
async function uncommittedFen(tx: Tx, courtId: number, caseId: number, payeePartyId: number): Promise<bigint> {
  const funds = caseFunds(await loadCaseLedger(tx, courtId, caseId), courtAccountOf(courtId), String(caseId));
  const r = await tx.execute<{ n: string }>(sql`select coalesce(sum(amount_fen), 0) as n from execution_payouts where case_id = ${caseId} and status in ('proposed', 'awaitingDirector')`);
  return funds.unallocatedFen + (funds.allocatedFen[String(payeePartyId)] ?? 0n) - BigInt(r.rows[0]!.n);
}

export async function proposePayout(tx: Tx, actor: Actor, c: { id: number; courtId: number; judgeId: number | null }, p: PayoutProposal, today: string): Promise<number> {
  // The officer of the case proposes; no one else (and the proposal moves nothing).
  if (c.judgeId !== actor.userId) throw new AppError(403, 'PAYOUT_NOT_OFFICER', '只有本案承办人可以提出案款发放申请。', 'Only the officer of this case may propose a payout.');
  await lockCaseFunds(tx, c.id);
  const payee = await tx.execute<{ name: string }>(sql`select name from case_parties where id = ${p.payeePartyId} and case_id = ${c.id} and standing = 'executionApplicant'`);
  if (!payee.rows[0]) throw new AppError(422, 'PAYOUT_PAYEE_NOT_APPLICANT', '收款人应为本案申请执行人。', 'The payee must be an applicant of this execution case.');
  checkPayeeAccountName(p.accountName, payee.rows[0].name);
  if (p.amountFen <= 0) throw new AppError(422, 'PAYOUT_AMOUNT_INVALID', '发放金额应大于零。', 'The amount must be more than zero.');
  const free = await uncommittedFen(tx, c.courtId, c.id, p.payeePartyId);
  if (BigInt(p.amountFen) > free) {
    throw new AppError(422, 'PAYOUT_EXCEEDS_FUNDS', `发放金额超过本案可发放余额（${fenToYuan(free > 0n ? free : 0n)}元）。`, `The amount exceeds the case's funds available for payout (${fenToYuan(free > 0n ? free : 0n)} yuan).`, { availableFen: String(free) });
  }
  const { directorThresholdFen } = await loadExecutionFundSettings(tx);
  const r = await tx.execute<{ id: string }>(sql`
    insert into execution_payouts (court_id, case_id, payee_party_id, amount_fen, account_name, account_no, bank_name, reason, status, needs_director, proposed_by, details)
    values (${c.courtId}, ${c.id}, ${p.payeePartyId}, ${p.amountFen}, ${p.accountName.trim()}, ${p.accountNo.replace(/\s/g, '')}, ${p.bankName.trim()}, ${p.reason.trim()},
            'proposed', ${needsDirectorApproval(p.amountFen, directorThresholdFen)}, ${actor.userId}, ${JSON.stringify({ proposedOn: today })}::jsonb)
    returning id`);
  return Number(r.rows[0]!.id);
}

/** Which approver the actor is for a payout of their court: finance, or the 执行局长 (chief of the execution division) / president. */
export async function approverRole(tx: Queryable, actor: Actor): Promise<PayoutApprover | null> {
  if (hasRole(actor, 'finance')) return 'finance';
  if (hasRole(actor, 'president')) return 'director';
  if (hasRole(actor, 'divisionChief') && actor.divisionId !== null) {
    const d = await tx.execute(sql`select 1 from divisions where id = ${actor.divisionId} and kind = 'execution'`);
    if (d.rows.length) return 'director';
  }
  return null;
}

async function lockedPayout(tx: Tx, actor: Actor, id: number) {
  const r = await tx.execute<{ id: string; case_id: string; court_id: number; payee_party_id: string; amount_fen: string; status: PayoutStatus; needs_director: boolean }>(sql`
    select id, case_id, court_id, payee_party_id, amount_fen, status, needs_director from execution_payouts where id = ${id} and court_id = ${actor.courtId}`);
  const p = r.rows[0];
  if (!p) throw notFound();
  // The case first, then the payout: every money movement of a case locks in this order.
  await lockCaseFunds(tx, Number(p.case_id));
  const again = await tx.execute<{ status: PayoutStatus }>(sql`select status from execution_payouts where id = ${id} for update`);
  return { ...p, status: again.rows[0]!.status };
}

export async function decidePayout(tx: Tx, actor: Actor, id: number, decision: { approve: boolean; note: string | null }, clock: { today: string; now: Date }): Promise<void> {
  const today = clock.today;
  const by = await approverRole(tx, actor);
  if (!by) throw new AppError(403, 'PAYOUT_APPROVER_WRONG', '只有财务人员和执行局长可以审批案款发放。', 'Only finance and the head of execution approve payouts.');
  const p = await lockedPayout(tx, actor, id);
  const stamp = by === 'finance' ? sql`finance_by = ${actor.userId}, finance_at = now()` : sql`director_by = ${actor.userId}, director_at = now()`;
  if (!decision.approve) {
    const next = rejectPayout(p.status, by);
    await tx.execute(sql`update execution_payouts set status = ${next}, ${stamp}, decision_note = ${decision.note} where id = ${id}`);
    return;
  }
  const step = approvePayout(p.status, p.needs_director, by);
  if (!step.pays) {
    await tx.execute(sql`update execution_payouts set status = ${step.next}, ${stamp}, decision_note = ${decision.note} where id = ${id}`);
    return;
  }
  const caseId = Number(p.case_id);
  const courtId = p.court_id;
  const amount = BigInt(p.amount_fen);
  const payee = String(p.payee_party_id);
  const state = await loadCaseLedger(tx, courtId, caseId);
  const held = caseFunds(state, courtAccountOf(courtId), String(caseId)).allocatedFen[payee] ?? 0n;
  const facts = { caseId, applicantPartyId: Number(p.payee_party_id), payoutId: id, entryOn: today, createdBy: actor.userId, at: clock.now };
  // What the officer proposed for this applicant is allocated to them first (the judge's decision), then paid out.
  if (held < amount) {
    const share = { applicantId: payee, amountFen: amount - held };
    await postLedgerEntry(tx, courtId, state, { id: 'new', courtAccount: courtAccountOf(courtId), kind: 'allocation', caseId: String(caseId), shares: [share] }, { ...facts, note: '发放前分配' });
  }
  const entryId = await postLedgerEntry(tx, courtId, state, { id: 'new', courtAccount: courtAccountOf(courtId), kind: 'disbursement', caseId: String(caseId), applicantId: payee, amountFen: amount }, { ...facts, note: '案款发放' });
  await tx.execute(sql`update execution_payouts set status = 'paid', ${stamp}, decision_note = ${decision.note}, paid_on = ${today}::date, entry_id = ${entryId} where id = ${id}`);
}

/** The officer withdraws their own proposal before any approval. */
export async function withdrawPayout(tx: Tx, actor: Actor, id: number): Promise<void> {
  const p = await lockedPayout(tx, actor, id);
  const own = await tx.execute(sql`select 1 from execution_payouts where id = ${id} and proposed_by = ${actor.userId}`);
  if (!own.rows.length) throw new AppError(403, 'PAYOUT_NOT_OFFICER', '只有提出申请的承办人可以撤回。', 'Only the officer who proposed it may withdraw it.');
  if (p.status !== 'proposed') throw new AppError(409, 'PAYOUT_ALREADY_DECIDED', '该发放申请已进入审批，不能撤回。', 'This payout is already being approved and cannot be withdrawn.', { status: p.status });
  await tx.execute(sql`update execution_payouts set status = 'withdrawn' where id = ${id}`);
}
