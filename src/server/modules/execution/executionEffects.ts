// Effects of the 执 events: 立案 starts the execution 审限 and the 7 days to assign (EXEC-TL); 分案 names the officer
// from the court's execution division and starts the 3 days for the execution notice; the stages are recorded;
// 中止 (CPL-2023 art 267) deducts from the 审限 until execution resumes; 结案 records the method and ends the 审限.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { addDays } from '../../../domain/calendar/plainDate';
import { classifyExecution, EXECUTION_CLOSING_RULES, executionStage, SUSPENSION_GROUND_LABELS, TERMINATION_GROUND_LABELS, type ExecutionClosingMethod, type SuspensionGround, type TerminationGround } from '../../../domain/execution';
import { yuanToFen } from '../../../domain/money/yuan';
import { casePanel, executionCases, periodDeductions } from '../../db/schema';
import type { Tx } from '../../db/database';
import type { CaseRow } from '../cases/caseRecord';
import { AppError } from '../../http/appError';
import { eligibleJudges } from '../cases/effects/assignment';
import type { EffectHandler } from '../cases/effects/effectContext';
import { clockEnv, endPeriods, startPeriod } from '../clock/periodStore';
import { refreshTrialLimit, trialLimitPeriod } from '../clock/trialLimitStore';
import { courtExecutionConfig } from './executionSettings';

/** The stage limits of an execution case on the clock (clock/executionPeriodKinds.ts). */
export const EXECUTION_STAGE_PERIODS = ['executionAssignment', 'executionNotice', 'executionStage', 'clueVerification', 'clueVerificationUrgent', 'propertyInvestigationStart', 'propertyInvestigation'] as const;

// TL-2000 art 5: the execution 审限 runs from 立案; EXEC-TL [S]: the officer is assigned within 7 days.
export const registerExecution: EffectHandler = async ({ tx, case: c, actor, input, today, updateCase, current }) => {
  await updateCase({ acceptedOn: today, acceptedBy: actor.userId });
  const env = await clockEnv(tx, c.courtId, today);
  const limit = await refreshTrialLimit(tx, env, current());
  const assign = await startPeriod(tx, env, c, { kind: 'executionAssignment', triggerOn: today, triggerFact: { 'zh-CN': '执行立案', en: 'execution case registered' }, triggerSource: 'EXEC-TL' });
  const row = (await tx.select({ w: executionCases.lateWarning, amountFen: executionCases.amountFen }).from(executionCases).where(eq(executionCases.caseId, c.id)))[0];
  // 繁简分流 by the court's rules in force at 立案 (issue 17, court practice [U]); the 分案 form proposes a team by it.
  const preservedFen = input.preservedAmount ? yuanToFen(input.preservedAmount) : 0n;
  const triage = classifyExecution({ amountFen: row?.amountFen ?? 0n, preservedFen }, (await courtExecutionConfig(tx, c.courtId)).triage);
  await tx.execute(sql`
    insert into execution_case_tracks (case_id, track, reasons, amount_fen, preserved_fen, decided_on)
    values (${c.id}, ${triage.track}, ${JSON.stringify(triage.reasons)}::jsonb, ${row?.amountFen ?? 0n}, ${preservedFen}, ${today})
    on conflict (case_id) do update set track = excluded.track, reasons = excluded.reasons, amount_fen = excluded.amount_fen, preserved_fen = excluded.preserved_fen, decided_on = excluded.decided_on`);
  return { trialLimitDueOn: limit.after, assignmentDueOn: assign.dueOn, lateWarning: row?.w ?? null, track: triage.track, trackReasons: triage.reasons };
};

/** The court's execution division (执行局), or a refusal when it has none. */
async function executionDivision(tx: Tx, courtId: number): Promise<number> {
  const r = await tx.execute<{ id: number }>(sql`select id from divisions where court_id = ${courtId} and kind = 'execution' and is_active order by id limit 1`);
  const id = r.rows[0]?.id;
  if (!id) throw new AppError(422, 'EXECUTION_DIVISION_MISSING', '本院尚未设置执行机构（执行局），请联系管理员。', 'This court has no execution division configured; contact the administrator.');
  return Number(id);
}

// 分案 (and 变更承办人): a judge of the execution division; EXEC-TL [S]: the execution notice within 3 days of receipt.
export const assignExecution: EffectHandler = async ({ tx, event, case: c, input, today, updateCase }) => {
  const divisionId = await executionDivision(tx, c.courtId);
  const judges = await eligibleJudges(tx, { ...c, divisionId });
  const judge = judges.find((j) => j.judgeId === input.judgeId);
  if (!judge) throw new AppError(422, 'JUDGE_NOT_ELIGIBLE', '所选人员不是本院执行局的执行人员，或曾参与本纠纷其他程序。', 'The chosen officer is not in the execution division or sat in another procedure of this dispute.', { judgeIds: [input.judgeId] });
  await tx.delete(casePanel).where(eq(casePanel.caseId, c.id));
  await tx.insert(casePanel).values({ caseId: c.id, userId: judge.judgeId, role: 'sole' });
  await updateCase({ judgeId: judge.judgeId, divisionId, organization: 'sole' });
  // 变更承办人 without a team keeps the case in its team; the new officer must then belong to it too.
  const currentTeam = (await tx.select({ teamId: executionCases.teamId }).from(executionCases).where(eq(executionCases.caseId, c.id)))[0]?.teamId ?? null;
  const teamId: number | null = input.teamId ?? (event === 'reassignExecution' ? currentTeam : null);
  const team = teamId === null ? null : await checkTeam(tx, c.courtId, teamId, judge.judgeId);
  await tx.update(executionCases).set({ teamId }).where(eq(executionCases.caseId, c.id));
  const out: Record<string, unknown> = { judgeId: judge.judgeId, judgeName: judge.name, teamId, teamName: team?.name ?? null, note: input.note ?? null };
  if (event === 'assignExecution') {
    await endPeriods(tx, c.id, ['executionAssignment'], today, 'assigned');
    const env = await clockEnv(tx, c.courtId, today);
    const notice = await startPeriod(tx, env, c, { kind: 'executionNotice', triggerOn: today, triggerFact: { 'zh-CN': '承办人收到案件', en: 'the officer received the case' }, triggerSource: 'EXEC-TL; ASSET-INV art 3' });
    out.executionNoticeDueOn = notice.dueOn;
  }
  return out;
};

/** The team a case is given to: of the case's court, active, and (when an officer is named) with that officer in it. */
async function checkTeam(tx: Tx, courtId: number, teamId: number, officerId: number | null): Promise<{ name: string }> {
  const r = await tx.execute<{ name: string; is_active: boolean; court_id: number; is_member: boolean }>(sql`
    select name, is_active, court_id, exists (select 1 from execution_team_members m where m.team_id = t.id and m.user_id = ${officerId ?? 0}) as is_member
      from execution_teams t where id = ${teamId}`);
  const t = r.rows[0];
  if (!t || Number(t.court_id) !== courtId) throw new AppError(422, 'EXECUTION_TEAM_NOT_OF_COURT', '所选执行团队不属于本院。', "The chosen team is not one of this court's execution teams.", { teamId });
  if (!t.is_active) throw new AppError(422, 'EXECUTION_TEAM_INACTIVE', `执行团队“${t.name}”已停用。`, `The execution team "${t.name}" is inactive.`, { teamId });
  if (officerId !== null && !t.is_member) {
    throw new AppError(422, 'EXECUTION_OFFICER_NOT_IN_TEAM', `所选承办人不是执行团队“${t.name}”的成员。`, `The chosen officer is not a member of the team "${t.name}".`, { teamId, judgeId: officerId });
  }
  return { name: t.name };
}

// 分段集约: the case moves to one of its court's stages (court setting; the domain default until configured). A stage
// with an internal limit starts it on the clock (the executionStage kind, the court's days); the previous one ends.
export const moveExecutionStage: EffectHandler = async ({ tx, case: c, input, today }) => {
  const { stages } = await courtExecutionConfig(tx, c.courtId);
  const stage = executionStage(input.stage, stages);
  if (!stage) {
    throw new AppError(422, 'EXECUTION_STAGE_UNKNOWN', `“${input.stage}”不是本院设置的执行阶段。`, `"${input.stage}" is not one of this court's execution stages.`, { stages: stages.map((s) => s.code) });
  }
  if (input.teamId) await checkTeam(tx, c.courtId, input.teamId, null);
  const before = (await tx.select({ stage: executionCases.stage }).from(executionCases).where(eq(executionCases.caseId, c.id)))[0]?.stage ?? null;
  await tx.update(executionCases).set({ stage: stage.code, stageEnteredOn: today, ...(input.teamId ? { teamId: input.teamId } : {}) }).where(eq(executionCases.caseId, c.id));
  await endPeriods(tx, c.id, ['executionStage'], today, 'stageLeft');
  let stageDueOn: string | null = null;
  if (stage.limitDays) {
    const env = await clockEnv(tx, c.courtId, today);
    const p = await startPeriod(tx, env, c, { kind: 'executionStage', triggerOn: today, triggerFact: { 'zh-CN': `案件流转至“${stage.label['zh-CN']}”阶段`, en: `the case entered the stage "${stage.label.en}"` }, triggerSource: 'court setting (分段集约)', days: stage.limitDays });
    stageDueOn = p.dueOn;
  }
  return { stageBefore: before, stage: stage.code, stageLabel: stage.label, stageDueOn, note: input.note ?? null };
};

// CPL-2023 art 267: execution suspended on one of its grounds; TL-2000 art 9(9): the time is not counted in the 审限.
export const suspendExecution: EffectHandler = async ({ tx, case: c, input, actor, today, current }) => {
  const period = await trialLimitPeriod(tx, c.id);
  if (!period || period.status !== 'running') throw new AppError(422, 'TRIAL_LIMIT_NOT_RUNNING', '本案执行期限未在计算中，不能中止计算。', 'The execution limit of this case is not running.');
  const ground = SUSPENSION_GROUND_LABELS[input.ground as SuspensionGround];
  const row = await tx
    .insert(periodDeductions)
    .values({ caseId: c.id, periodId: period.id, kind: 'suspension', startsOn: today, endsOn: null, documentNo: `${c.caseNumber ?? c.id} 中止执行裁定`, note: [ground['zh-CN'], input.note].filter(Boolean).join('；'), approvedBy: actor.userId })
    .returning({ id: periodDeductions.id });
  await tx.update(executionCases).set({ suspensionDeductionId: row[0]!.id }).where(eq(executionCases.caseId, c.id));
  const due = await refreshTrialLimit(tx, await clockEnv(tx, c.courtId, today), current());
  return { ground: input.ground, groundLabel: ground, source: ground.source, deductionId: row[0]!.id, dueOnBefore: due.before, dueOnAfter: due.after };
};

/** Ends the suspension's deduction the day before execution resumes (the resumption day counts again). */
async function endSuspension(tx: Tx, caseId: number, today: string): Promise<number | null> {
  const open = await tx.select().from(periodDeductions).where(and(eq(periodDeductions.caseId, caseId), eq(periodDeductions.kind, 'suspension'), isNull(periodDeductions.endsOn))).for('update');
  const d = open[0];
  if (!d) return null;
  const endsOn = addDays(today, -1);
  // Suspended and resumed the same day: nothing was left uncounted.
  if (endsOn < d.startsOn) await tx.delete(periodDeductions).where(eq(periodDeductions.id, d.id));
  else await tx.update(periodDeductions).set({ endsOn }).where(eq(periodDeductions.id, d.id));
  await tx.update(executionCases).set({ suspensionDeductionId: null }).where(eq(executionCases.caseId, caseId));
  return d.id;
}

/** Ends the suspension's deduction and recomputes the 审限 (the resumption itself, or a restoration after a settlement). */
export async function endSuspensionOf(tx: Tx, c: CaseRow, today: string) {
  const deductionId = await endSuspension(tx, c.id, today);
  const due = await refreshTrialLimit(tx, await clockEnv(tx, c.courtId, today), c);
  return { deductionId, dueOnBefore: due.before, dueOnAfter: due.after };
}

// CPL-2023 art 267: execution resumes when the ground of suspension ends; the 审限 counts again.
export const resumeExecution: EffectHandler = async ({ tx, input, today, current }) => {
  return { ...(await endSuspensionOf(tx, current(), today)), note: input.note ?? null };
};

// EXEC-CASES [U article]: the closing method; CPL-2023 art 268 for 终结执行's ground. The 审限 and stage limits end.
export const closeExecution: EffectHandler = async ({ tx, case: c, input, today, updateCase }) => {
  const rule = EXECUTION_CLOSING_RULES[input.method as ExecutionClosingMethod];
  const ground = input.terminationGround ? TERMINATION_GROUND_LABELS[input.terminationGround as TerminationGround] : null;
  await endSuspension(tx, c.id, today);
  await updateCase({ closingMethod: rule.method, closedOn: today, closingSummary: [rule.label['zh-CN'], ground?.['zh-CN'], input.note].filter(Boolean).join('：') });
  await endPeriods(tx, c.id, ['trialLimit', ...EXECUTION_STAGE_PERIODS], today, 'closed');
  return { method: rule.method, methodLabel: rule.label, source: rule.source, restorable: rule.restorable, terminationGround: input.terminationGround ?? null, groundLabel: ground, closedOn: today };
};
