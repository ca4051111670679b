// 执行和解 recorded on a 执/执恢 case by its officer (CPL-2023 art 241; EXEC-SETTLE arts 1–2): the signed agreement, what
// it replaces, and its instalments — each a period on the case's clock — then the payments made directly to the
// applicant. One transaction each, on the case's timeline. Execution may be suspended meanwhile by the existing
// suspendExecution (CPL-2023 art 267(1): the applicant agrees to defer); performance in full is closed by the existing
// closeExecution as 执行完毕 (EXEC-SETTLE art 8).
import { sql } from 'drizzle-orm';
import { toDayNumber } from '../../../domain/calendar/dayNumber';
import { addDays } from '../../../domain/calendar/plainDate';
import { EXECUTION_CASE_TYPES } from '../../../domain/casetypes/executionCase';
import { checkInstalmentSchedule } from '../../../domain/execution/settlement';
import { fenToYuan, yuanToFen } from '../../../domain/money/yuan';
import type { SettlementInput } from '../../../contracts/executionSettlement';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { appendCaseEvent, lockCase, type CaseRow } from '../cases/caseRecord';
import { claimAttachments } from '../filings/filingContent';
import { clockEnv, startPeriod } from '../clock/periodStore';
import { completePaidInstalments } from './missedInstalments';
import { loadSettlement, saveStatus, standingOf } from './settlementStore';

export const SETTLEMENT_NODES = ['assigned', 'implementing', 'suspended'] as const;
export const SETTLEMENT_PERIOD = 'settlementInstalment';

/** The execution case, locked, seen by the actor (404 otherwise). */
export async function lockExecutionCase(tx: Tx, actor: Actor, caseId: number): Promise<{ c: CaseRow; partyIds: readonly number[]; roles: readonly string[] }> {
  const c = await lockCase(tx, caseId);
  if (!c || !EXECUTION_CASE_TYPES.includes(c.caseType)) throw caseNotFound();
  const relation = await relationToCase(tx, actor, c);
  if (!relation.canView) throw caseNotFound();
  return { c, partyIds: relation.partyIds, roles: relation.roles };
}

function requireOfficer(c: CaseRow, actor: Actor) {
  if (c.judgeId !== actor.userId) throw new AppError(403, 'SETTLEMENT_NOT_OFFICER', '只有本案承办人可以登记执行和解及其履行情况。', 'Only the officer of this case records a settlement and its performance.');
}

function requireOpen(c: CaseRow) {
  if (!(SETTLEMENT_NODES as readonly string[]).includes(c.node)) {
    throw new AppError(409, 'SETTLEMENT_CASE_NOT_OPEN', '执行案件不在执行中（已分案、执行中或中止执行），不能登记执行和解。', 'The execution case is not in progress (assigned, being executed or suspended): no settlement can be recorded.', { node: c.node });
  }
}

const timeline = (tx: Tx, c: CaseRow, event: string, actor: Actor, role: string, payload: Record<string, unknown>, at: Date) =>
  appendCaseEvent(tx, { caseId: c.id, event, actorId: actor.userId, actorRole: role, nodeBefore: c.node, nodeAfter: c.node, payload, at });

export async function recordSettlement(tx: Tx, actor: Actor, caseId: number, input: SettlementInput, clock: { today: string; now: Date }): Promise<number> {
  const { c } = await lockExecutionCase(tx, actor, caseId);
  requireOfficer(c, actor);
  requireOpen(c);
  const instalments = input.instalments.map((i) => ({ amountFen: yuanToFen(i.amount), dueOn: i.dueOn }));
  const { totalFen, lastDueOn } = checkInstalmentSchedule(input.agreedOn, instalments);
  if (input.agreedOn > clock.today) throw new AppError(422, 'SETTLEMENT_DATE_INVALID', '和解协议签订日期不能晚于今天。', 'The agreement cannot be dated after today.', { field: '/agreedOn' });
  const current = await loadSettlement(tx, c.id, { forUpdate: true });
  if (current && current.restoredOn === null && current.status !== 'performed') {
    throw new AppError(409, 'SETTLEMENT_EXISTS', '本案已有正在履行的执行和解协议；变更协议内容请在原协议履行完毕或恢复执行后另行登记。', 'This case already has a settlement in force.');
  }
  // The signed agreement joins the case's files (EXEC-SETTLE art 2: in writing, or a record signed by the parties).
  await claimAttachments(tx, c.id, actor, [input.documentId], { category: 'settlementAgreement' });
  const row = await tx.execute<{ id: string }>(sql`
    insert into execution_settlements (court_id, case_id, agreed_on, total_fen, replaces, document_id, last_due_on, status, recorded_by, recorded_at)
    values (${c.courtId}, ${c.id}, ${input.agreedOn}::date, ${totalFen}, ${input.replaces}, ${input.documentId}, ${lastDueOn}::date, 'performing', ${actor.userId}, ${clock.now.toISOString()}::timestamptz)
    returning id`);
  const id = Number(row.rows[0]!.id);
  const env = await clockEnv(tx, c.courtId, clock.today);
  const schedule: { seq: number; amount: string; dueOn: string | null }[] = [];
  for (const [k, it] of instalments.entries()) {
    // The period runs from the agreement to the agreed day (one due on the day of signing: from the day before).
    const days = toDayNumber(it.dueOn) - toDayNumber(input.agreedOn);
    const triggerOn = days > 0 ? input.agreedOn : addDays(it.dueOn, -1);
    const p = await startPeriod(tx, env, c, {
      kind: SETTLEMENT_PERIOD,
      partyId: null,
      triggerOn,
      triggerFact: { 'zh-CN': `达成执行和解协议（第${k + 1}期）`, en: `the settlement agreement (instalment ${k + 1})` },
      triggerSource: 'EXEC-SETTLE art 1',
      length: { length: { days: Math.max(days, 1) }, source: 'EXEC-SETTLE art 1 (the agreed day)' },
      runsAlongside: true,
    });
    await tx.execute(sql`
      insert into execution_settlement_instalments (settlement_id, case_id, seq, amount_fen, agreed_due_on, period_id)
      values (${id}, ${c.id}, ${k + 1}, ${it.amountFen}, ${it.dueOn}::date, ${p.id})`);
    schedule.push({ seq: k + 1, amount: fenToYuan(it.amountFen), dueOn: p.dueOn });
  }
  await timeline(tx, c, 'recordSettlement', actor, 'judge', { settlementId: id, agreedOn: input.agreedOn, total: fenToYuan(totalFen), replaces: input.replaces, documentId: input.documentId, instalments: schedule, source: 'CPL-2023 art 241; EXEC-SETTLE art 2' }, clock.now);
  return id;
}

/** A payment the debtor made to the applicant directly; money paid into the court's account is read from the ledger. */
export async function recordSettlementPayment(tx: Tx, actor: Actor, caseId: number, input: { paidOn: string; amount: string; note?: string | undefined }, clock: { today: string; now: Date }) {
  const { c } = await lockExecutionCase(tx, actor, caseId);
  requireOfficer(c, actor);
  const s = await loadSettlement(tx, c.id, { forUpdate: true });
  if (!s || s.restoredOn !== null) throw new AppError(404, 'SETTLEMENT_NOT_FOUND', '本案没有正在履行的执行和解协议。', 'This case has no settlement in force.');
  const amountFen = yuanToFen(input.amount);
  if (amountFen <= 0n) throw new AppError(422, 'SETTLEMENT_PAYMENT_INVALID', '履行金额应大于零。', 'The amount paid must be positive.', { field: '/amount' });
  if (input.paidOn < s.agreedOn || input.paidOn > clock.today) {
    throw new AppError(422, 'SETTLEMENT_PAYMENT_DATE_INVALID', '履行日期应在和解协议签订之后、不晚于今天。', 'The payment must be dated between the agreement and today.', { field: '/paidOn' });
  }
  await tx.execute(sql`
    insert into execution_settlement_payments (settlement_id, paid_on, amount_fen, note, recorded_by, recorded_at)
    values (${s.id}, ${input.paidOn}::date, ${amountFen}, ${input.note?.trim() || null}, ${actor.userId}, ${clock.now.toISOString()}::timestamptz)`);
  const after = (await loadSettlement(tx, c.id))!;
  const standing = standingOf(after, clock.today);
  await saveStatus(tx, after, standing);
  await completePaidInstalments(tx, after, standing, clock.today);
  await timeline(tx, c, 'recordSettlementPayment', actor, 'judge', { settlementId: s.id, paidOn: input.paidOn, amount: fenToYuan(amountFen), paid: fenToYuan(standing.paidFen), total: fenToYuan(standing.totalFen), status: standing.status }, clock.now);
  return standing;
}
