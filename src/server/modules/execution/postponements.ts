// 延期发放: the case's officer asks to pay the funds the case holds later than their deadline, with a reason from the
// domain's list and a new date; the payout chain approves it (payoutApproval.ts: finance, and above the threshold — on
// the funds held — the 执行局长 or the president after finance). Only the last approval moves the deadline, and only of
// the arrivals the case held when it was asked. Each step is one transaction, under the case's locks, on its timeline.
import { sql } from 'drizzle-orm';
import { approvePostponement, needsDirectorApproval, rejectPostponement, type PayoutApprover, type PostponementStatus } from '../../../domain/execution/payoutApproval';
import { checkPostponementRequest, POSTPONEMENT_REASONS, type PostponementRequest } from '../../../domain/execution/payoutPostponement';
import { isPlainDate } from '../../../domain/calendar/plainDate';
import { fenToYuan, yuanToFen } from '../../../domain/money/yuan';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { appendCaseEvent, lockCase, type CaseRow } from '../cases/caseRecord';
import { lockCaseFunds } from './fundLedger';
import { loadExecutionFundSettings } from './fundSettings';
import { caseExecutionFunds } from './fundsView';
import { approverRole } from './payouts';

const notFound = () => new AppError(404, 'POSTPONEMENT_NOT_FOUND', '延期发放申请不存在。', 'No such postponement.');

/** The case row and its funds, locked in the order every money movement of a case takes (the case, then its funds). */
async function lockForFunds(tx: Tx, caseId: number): Promise<CaseRow> {
  const c = await lockCase(tx, caseId);
  if (!c) throw new AppError(404, 'CASE_NOT_FOUND', '案件不存在。', 'No such case.');
  await lockCaseFunds(tx, caseId);
  return c;
}

const timeline = (tx: Tx, c: CaseRow, event: string, actor: Actor, role: string, payload: Record<string, unknown>, at: Date) =>
  appendCaseEvent(tx, { caseId: c.id, event, actorId: actor.userId, actorRole: role, nodeBefore: c.node, nodeAfter: c.node, payload, at });

export async function requestPostponement(tx: Tx, actor: Actor, caseId: number, req: PostponementRequest, clock: { today: string; now: Date }): Promise<number> {
  const c = await lockForFunds(tx, caseId);
  if (c.judgeId !== actor.userId) throw new AppError(403, 'POSTPONEMENT_NOT_OFFICER', '只有本案承办人可以申请延期发放。', 'Only the officer of this case may ask to postpone its payout.');
  if (!isPlainDate(req.untilOn)) throw new AppError(422, 'DATE_INVALID', `日期不正确：${req.untilOn}`, `Not a date: ${req.untilOn}`, { field: '/untilOn' });
  const open = await tx.execute(sql`select 1 from execution_payout_postponements where case_id = ${caseId} and status in ('proposed', 'awaitingDirector')`);
  if (open.rows.length) throw new AppError(409, 'POSTPONEMENT_PENDING', '本案已有待审批的延期发放申请。', 'This case already has a postponement awaiting approval.');
  // The deadline now (with the postponements approved before) and what the case holds; the request covers those arrivals.
  const funds = await caseExecutionFunds(tx, c, clock.today, 'UTC'); // only amounts and deadlines are read, no times of day
  const heldFen = yuanToFen(funds.balance);
  checkPostponementRequest(req, { heldFen, dueOn: funds.payoutDueOn });
  const coversEntryId = Math.max(...funds.entries.filter((e) => (e.kind === 'receipt' || e.kind === 'claim') && !e.reversed).map((e) => e.id));
  const { directorThresholdFen } = await loadExecutionFundSettings(tx);
  const reasonText = req.reasonText?.trim() || null;
  const r = await tx.execute<{ id: string }>(sql`
    insert into execution_payout_postponements (court_id, case_id, reason, reason_text, until_on, due_on_before, held_fen, covers_entry_id, status, needs_director, requested_by, requested_at)
    values (${c.courtId}, ${caseId}, ${req.reason}, ${reasonText}, ${req.untilOn}::date, ${funds.payoutDueOn}::date, ${Number(heldFen)}, ${coversEntryId}, 'proposed',
            ${needsDirectorApproval(heldFen, directorThresholdFen)}, ${actor.userId}, ${clock.now.toISOString()}::timestamptz)
    returning id`);
  const id = Number(r.rows[0]!.id);
  await timeline(tx, c, 'requestPayoutPostponement', actor, 'judge', { postponementId: id, reason: POSTPONEMENT_REASONS[req.reason]['zh-CN'], reasonText, untilOn: req.untilOn, dueOnBefore: funds.payoutDueOn, held: fenToYuan(heldFen) }, clock.now);
  return id;
}

async function lockedPostponement(tx: Tx, actor: Actor, id: number) {
  const r = await tx.execute<{ case_id: string }>(sql`select case_id from execution_payout_postponements where id = ${id} and court_id = ${actor.courtId}`);
  if (!r.rows[0]) throw notFound();
  const c = await lockForFunds(tx, Number(r.rows[0].case_id));
  const again = await tx.execute<{ status: PostponementStatus; needs_director: boolean; requested_by: number; until_on: string }>(sql`
    select status, needs_director, requested_by, until_on::text as until_on from execution_payout_postponements where id = ${id} for update`);
  return { c, p: again.rows[0]! };
}

export async function decidePostponement(tx: Tx, actor: Actor, id: number, decision: { approve: boolean; note: string | null }, clock: { now: Date }): Promise<void> {
  const by: PayoutApprover | null = await approverRole(tx, actor);
  if (!by) throw new AppError(403, 'POSTPONEMENT_APPROVER_WRONG', '只有财务人员和执行局长可以审批延期发放。', 'Only finance and the head of execution approve postponements.');
  const { c, p } = await lockedPostponement(tx, actor, id);
  // The one who asked never approves it (an officer who is also the 执行局长 or in finance included).
  if (p.requested_by === actor.userId) throw new AppError(403, 'POSTPONEMENT_SELF_APPROVAL', '申请人不能审批自己的延期发放申请。', 'You cannot decide your own postponement request.');
  const next = decision.approve ? approvePostponement(p.status, p.needs_director, by) : rejectPostponement(p.status, by);
  const stamp = by === 'finance' ? sql`finance_by = ${actor.userId}, finance_at = ${clock.now.toISOString()}::timestamptz` : sql`director_by = ${actor.userId}, director_at = ${clock.now.toISOString()}::timestamptz`;
  await tx.execute(sql`update execution_payout_postponements set status = ${next}, ${stamp}, decision_note = ${decision.note} where id = ${id}`);
  await timeline(tx, c, 'decidePayoutPostponement', actor, by, { postponementId: id, status: next, untilOn: p.until_on, note: decision.note }, clock.now);
}

/** The officer withdraws their own request while it awaits approval. */
export async function withdrawPostponement(tx: Tx, actor: Actor, id: number, clock: { now: Date }): Promise<void> {
  const { c, p } = await lockedPostponement(tx, actor, id);
  if (p.requested_by !== actor.userId) throw new AppError(403, 'POSTPONEMENT_NOT_OFFICER', '只有提出申请的承办人可以撤回。', 'Only the officer who asked may withdraw it.');
  if (p.status !== 'proposed' && p.status !== 'awaitingDirector') throw new AppError(409, 'POSTPONEMENT_ALREADY_DECIDED', '该延期发放申请已审批完毕，不能撤回。', 'This postponement has been decided and cannot be withdrawn.', { status: p.status });
  await tx.execute(sql`update execution_payout_postponements set status = 'withdrawn' where id = ${id}`);
  await timeline(tx, c, 'withdrawPayoutPostponement', actor, 'judge', { postponementId: id }, clock.now);
}
