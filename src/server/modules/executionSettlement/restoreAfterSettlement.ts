// 恢复执行 after a settlement (CPL-2023 art 241; EXEC-SETTLE arts 9–11): the applicant applies (online, or the officer
// records the written application) because the debtor defaulted or the agreement was obtained by fraud or duress. The
// domain refuses after the 2 years of art 10 and after full performance (art 11); granted, a suspended case resumes in
// the same case (CPL-2023 art 267), a case in progress simply goes on, and a closed case is restored as a new 执恢
// through the existing restoration (restoreExecution.ts: no new fee, FEE art 26). One transaction.
import { sql } from 'drizzle-orm';
import { checkSettlementRestoration, RESTORATION_GROUND_LABELS, settlementRestorationPeriod, type RestorationGround } from '../../../domain/execution/settlement';
import { fenToYuan } from '../../../domain/money/yuan';
import { hasRole, type Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { appendCaseEvent, updateCaseRow } from '../cases/caseRecord';
import { clockEnv } from '../clock/periodStore';
import { endSuspensionOf } from '../execution/executionEffects';
import { lockForRestoration, openRestoredExecution } from '../execution/restoreExecution';
import { lockExecutionCase } from './recordSettlement';
import { loadSettlement, saveStatus, standingOf } from './settlementStore';

export interface SettlementRestorationRequest {
  ground: RestorationGround;
  reason: string;
  assetClues?: string | undefined;
}

export async function restoreAfterSettlement(tx: Tx, actor: Actor, caseId: number, req: SettlementRestorationRequest, clock: { today: string; now: Date }): Promise<{ restoredCaseId: number | null }> {
  const { c, partyIds } = await lockExecutionCase(tx, actor, caseId);
  const applicants = await tx.execute<{ id: string }>(sql`select id from case_parties where case_id = ${c.id} and standing = 'executionApplicant'`);
  const ownApplicant = applicants.rows.some((p) => partyIds.includes(Number(p.id)));
  const isOfficer = c.judgeId === actor.userId && !hasRole(actor, 'party', 'lawyer');
  // EXEC-SETTLE art 9: restoration is on the applicant's application (the officer may record a written one).
  if (!ownApplicant && !isOfficer) {
    throw new AppError(403, 'SETTLEMENT_RESTORATION_FORBIDDEN', '只有申请执行人（或其代理人）可以申请恢复执行原生效法律文书；承办人可以登记书面申请。', 'Only the applicant (or their agent) applies to restore the original title; the officer may record a written application.');
  }
  const s = await loadSettlement(tx, c.id, { forUpdate: true });
  if (!s) throw new AppError(404, 'SETTLEMENT_NOT_FOUND', '本案没有执行和解协议。', 'This case has no settlement agreement.');
  if (s.restoredOn !== null) throw new AppError(409, 'SETTLEMENT_ALREADY_RESTORED', `已于${s.restoredOn}恢复执行原生效法律文书。`, `Execution of the original title was restored on ${s.restoredOn}.`);
  const standing = standingOf(s, clock.today);
  const env = await clockEnv(tx, c.courtId, clock.today);
  const period = settlementRestorationPeriod(s.lastDueOn, env.calendar, { weekendsAreRestDays: env.settings.weekendsAreRestDays });
  const { source } = checkSettlementRestoration({ ground: req.ground, appliedOn: clock.today, standing, period });

  const payload = { settlementId: s.id, ground: req.ground, groundLabel: RESTORATION_GROUND_LABELS[req.ground]['zh-CN'], reason: req.reason, source, paid: fenToYuan(standing.paidFen), total: fenToYuan(standing.totalFen), restorationDueOn: period.due };
  const role = ownApplicant ? (hasRole(actor, 'lawyer') ? 'lawyer' : 'party') : 'judge';
  let restoredCaseId: number | null = null;
  let nodeAfter = c.node;
  if (c.node === 'closed' || c.node === 'archived') {
    if (await lockForRestoration(tx, c.id)) throw new AppError(409, 'EXECUTION_RESTORATION_OPEN', '该案已有正在办理的恢复执行案件。', 'A restored execution of this case is already open.');
    const row = await openRestoredExecution(tx, actor, c, { reason: req.reason, assetClues: req.assetClues ?? '', attachmentIds: [], basis: source, exOfficio: false, actorRole: role, today: clock.today, now: clock.now, extra: { settlementId: s.id, ground: req.ground } });
    restoredCaseId = row.id;
  } else if (c.node === 'suspended') {
    // CPL-2023 art 267 para 2: the ground of suspension (the settlement) has ended; execution resumes in this case.
    await endSuspensionOf(tx, c, clock.today);
    nodeAfter = 'implementing';
    await updateCaseRow(tx, c.id, { node: nodeAfter, version: c.version + 1, updatedAt: clock.now, nodeEnteredAt: clock.now });
  }
  await tx.execute(sql`
    update execution_settlements set restored_on = ${clock.today}::date, restoration_ground = ${req.ground}, restoration_reason = ${req.reason},
           restored_case_id = ${restoredCaseId}, restored_by = ${actor.userId} where id = ${s.id}`);
  await saveStatus(tx, s, standing);
  await appendCaseEvent(tx, { caseId: c.id, event: 'restoreAfterSettlement', actorId: actor.userId, actorRole: role, nodeBefore: c.node, nodeAfter, payload: { ...payload, restoredCaseId }, at: clock.now });
  return { restoredCaseId };
}
