// Effects of the 执异 events: 立案 within 3 days (EXEC-OBJ art 2) ends that period; the collegial panel excludes the
// officers who implemented the execution (EXEC-OBJ art 11); the ruling within 15 days of receipt (CPL-2023 art 236) ends
// the review period; its service closes the case and starts the objector's 10 days to apply for reconsideration.
import { eq, sql } from 'drizzle-orm';
import { casePanel } from '../../db/schema';
import { AppError } from '../../http/appError';
import type { EffectHandler } from '../cases/effects/effectContext';
import { clockEnv, endPeriods, startPeriod } from '../clock/periodStore';

export const OBJECTION_PERIODS = ['objectionRegistration', 'objectionReview'] as const;

export const registerObjection: EffectHandler = async ({ tx, case: c, actor, today, updateCase }) => {
  await updateCase({ acceptedOn: today, acceptedBy: actor.userId });
  await endPeriods(tx, c.id, ['objectionRegistration'], today, 'registered');
  return { registeredOn: today };
};

export const endObjectionPeriods: EffectHandler = async ({ tx, case: c, today }) => {
  await endPeriods(tx, c.id, [...OBJECTION_PERIODS], today, 'refused', 'cancelled');
  return {};
};

/** Everyone who implemented the execution objected to: its panel now and every officer it was ever assigned to. */
async function implementingOfficers(tx: Parameters<EffectHandler>[0]['tx'], executionCaseId: number): Promise<number[]> {
  const r = await tx.execute<{ id: number }>(sql`
    select user_id as id from case_panel where case_id = ${executionCaseId}
    union select judge_id from cases where id = ${executionCaseId} and judge_id is not null
    union select (payload->'input'->>'judgeId')::int from case_events
     where case_id = ${executionCaseId} and event in ('assignExecution', 'reassignExecution') and payload->'input'->>'judgeId' is not null`);
  return r.rows.map((x) => Number(x.id));
}

// EXEC-OBJ art 11: a collegial panel reviews the objection; the officers who implemented the execution may not sit.
// [U] the court's 执行裁决 division is not modelled: any active judge of the court may sit.
export const formObjectionPanel: EffectHandler = async ({ tx, case: c, input, updateCase }) => {
  const ids: number[] = [input.presidingJudgeId, ...input.memberIds];
  if (new Set(ids).size !== ids.length) throw new AppError(422, 'OBJECTION_PANEL_INVALID', '合议庭成员不能重复。', 'The panel members must be three different judges.', { judgeIds: ids });
  const judges = await tx.execute<{ id: number; display_name: string }>(sql`
    select id, display_name from users where is_active and 'judge' = any(roles) and court_id = ${c.courtId} and id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
  if (judges.rows.length !== ids.length) throw new AppError(422, 'OBJECTION_PANEL_INVALID', '合议庭成员应当是本院的法官。', 'The panel members must be judges of this court.', { judgeIds: ids });
  const officers = c.originCaseId ? await implementingOfficers(tx, c.originCaseId) : [];
  const barred = ids.filter((i) => officers.includes(i));
  if (barred.length) {
    throw new AppError(422, 'OBJECTION_PANEL_INCLUDES_OFFICER', '执行异议应当由合议庭审查，办理该执行案件的执行人员不得参加（《执行异议和复议规定》第十一条）。', 'The officers who implemented the execution may not sit on the panel reviewing the objection (EXEC-OBJ art 11).', { judgeIds: barred });
  }
  await tx.delete(casePanel).where(eq(casePanel.caseId, c.id));
  await tx.insert(casePanel).values(ids.map((userId, i) => ({ caseId: c.id, userId, role: i === 0 ? ('presiding' as const) : ('member' as const) })));
  await updateCase({ judgeId: input.presidingJudgeId, organization: 'panel' });
  const name = new Map(judges.rows.map((j) => [Number(j.id), j.display_name]));
  return { presidingJudgeId: input.presidingJudgeId, panel: ids.map((i) => ({ userId: i, name: name.get(i) })), note: input.note ?? null };
};

// CPL-2023 art 236: the ruling sustains (the act is set aside or corrected) or dismisses the objection.
export const ruleOnObjection: EffectHandler = async ({ tx, case: c, input, today, updateCase }) => {
  await endPeriods(tx, c.id, ['objectionReview'], today, 'ruled');
  await updateCase({ closingMethod: 'ruling', rulingKind: null, closingSummary: `${input.decision === 'sustain' ? '异议成立' : '驳回异议'}：${input.reasoning}` });
  return { decision: input.decision, ruledOn: today };
};

// CPL-2023 art 236: the parties may apply to the next-higher court for reconsideration within 10 days of service.
export const serveObjectionRuling: EffectHandler = async ({ tx, case: c, input, today, updateCase }) => {
  await updateCase({ closedOn: input.servedOn });
  const objectors = await tx.execute<{ id: number }>(sql`select id from case_parties where case_id = ${c.id} and standing = 'objector' order by ordinal`);
  const env = await clockEnv(tx, c.courtId, today);
  const dues: { partyId: number; dueOn: string }[] = [];
  for (const p of objectors.rows) {
    const period = await startPeriod(tx, env, c, { kind: 'objectionReconsiderationApplication', partyId: Number(p.id), triggerOn: input.servedOn, triggerFact: { 'zh-CN': '执行异议裁定送达', en: 'the objection ruling served' }, triggerSource: 'CPL-2023 art 236' });
    dues.push({ partyId: Number(p.id), dueOn: period.dueOn });
  }
  return { servedOn: input.servedOn, reconsiderationDue: dues };
};
