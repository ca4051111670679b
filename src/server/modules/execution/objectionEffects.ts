// Effects of the 执异 events: 立案 within 3 days (EXEC-OBJ art 2) ends that period; the collegial panel excludes the
// officers who implemented the execution (EXEC-OBJ art 11); the ruling within 15 days of receipt (CPL-2023 arts 236, 238)
// ends the review period and is recorded on the execution case's timeline; its service closes the case and starts the
// objector's 10 days to apply for reconsideration (art 236) or, on a third party's objection, the 15 days to sue (art 238).
import { eq, sql } from 'drizzle-orm';
import { casePanel } from '../../db/schema';
import { AppError } from '../../http/appError';
import type { EffectHandler } from '../cases/effects/effectContext';
import { appendCaseEvent, lockCase } from '../cases/caseRecord';
import { clockEnv, endPeriods, startPeriod } from '../clock/periodStore';

export const OBJECTION_PERIODS = ['objectionRegistration', 'objectionReview', 'thirdPartyObjectionReview'] as const;

type Tx = Parameters<EffectHandler>[0]['tx'];

/** An objection to an execution act (art 236) or a third party's to the object of execution (art 238), as filed. */
async function objectionOf(tx: Tx, caseId: number): Promise<{ kind: 'act' | 'object'; act: string }> {
  const r = await tx.execute<{ kind: string | null; act: string | null }>(sql`
    select payload->>'kind' as kind, payload->>'act' as act from case_events where case_id = ${caseId} and event = 'fileObjection' order by seq limit 1`);
  return { kind: r.rows[0]?.kind === 'object' ? 'object' : 'act', act: r.rows[0]?.act ?? '' };
}

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
async function implementingOfficers(tx: Tx, executionCaseId: number): Promise<number[]> {
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

// CPL-2023 art 236: a sustained objection sets the act aside or corrects it; art 238: a sustained third party's objection
// suspends the execution of that object. Either ruling is recorded on the execution case, whose officer acts on it.
const RULING_EFFECT = {
  act: { sustain: { 'zh-CN': '异议成立，撤销或者改正该执行行为', en: 'Objection sustained: the act is set aside or corrected' }, dismiss: { 'zh-CN': '驳回异议', en: 'Objection dismissed' } },
  object: { sustain: { 'zh-CN': '异议成立，中止对该标的的执行', en: 'Objection sustained: execution of that object suspended' }, dismiss: { 'zh-CN': '驳回案外人异议', en: "The third party's objection dismissed" } },
} as const;

export const ruleOnObjection: EffectHandler = async ({ tx, case: c, input, actor, actorRole, today, now, updateCase }) => {
  await endPeriods(tx, c.id, ['objectionReview', 'thirdPartyObjectionReview'], today, 'ruled');
  const objection = await objectionOf(tx, c.id);
  const decision = input.decision as 'sustain' | 'dismiss';
  const effect = RULING_EFFECT[objection.kind][decision];
  await updateCase({ closingMethod: 'ruling', rulingKind: null, closingSummary: `${effect['zh-CN']}：${input.reasoning}` });
  const execution = c.originCaseId ? await lockCase(tx, c.originCaseId) : undefined;
  if (execution) {
    await appendCaseEvent(tx, {
      caseId: execution.id,
      event: 'objectionRuled',
      actorId: actor.userId,
      actorRole,
      nodeBefore: execution.node,
      nodeAfter: execution.node,
      payload: { objectionCaseId: c.id, objectionCaseNumber: c.caseNumber, kind: objection.kind, act: objection.act, decision, effect, source: objection.kind === 'object' ? 'CPL-2023 art 238' : 'CPL-2023 art 236' },
      at: now,
    });
  }
  return { decision, kind: objection.kind, effect, ruledOn: today };
};

// CPL-2023 art 236: the parties may apply to the next-higher court for reconsideration within 10 days of service.
// Art 238: on a third party's objection there is no reconsideration; the side that lost — the third party when it was
// dismissed, the applicant for execution when it was sustained — may sue within 15 days of service (执行异议之诉).
export const serveObjectionRuling: EffectHandler = async ({ tx, case: c, input, today, updateCase }) => {
  await updateCase({ closedOn: input.servedOn });
  const objection = await objectionOf(tx, c.id);
  const decision = (await tx.execute<{ d: string | null }>(sql`select payload->'input'->>'decision' as d from case_events where case_id = ${c.id} and event = 'ruleOnObjection' order by seq desc limit 1`)).rows[0]?.d;
  const thirdParty = objection.kind === 'object';
  const standing = thirdParty && decision === 'sustain' ? 'executionApplicant' : 'objector';
  const parties = await tx.execute<{ id: number }>(sql`select id from case_parties where case_id = ${c.id} and standing = ${standing} order by ordinal`);
  const env = await clockEnv(tx, c.courtId, today);
  const fact = { 'zh-CN': thirdParty ? '案外人异议裁定送达' : '执行异议裁定送达', en: thirdParty ? "the ruling on the third party's objection served" : 'the objection ruling served' };
  const dues: { partyId: number; dueOn: string }[] = [];
  for (const p of parties.rows) {
    const kind = thirdParty ? 'thirdPartyObjectionSuit' : 'objectionReconsiderationApplication';
    const period = await startPeriod(tx, env, c, { kind, partyId: Number(p.id), triggerOn: input.servedOn, triggerFact: fact, triggerSource: thirdParty ? 'CPL-2023 art 238' : 'CPL-2023 art 236' });
    dues.push({ partyId: Number(p.id), dueOn: period.dueOn });
  }
  return thirdParty ? { servedOn: input.servedOn, suitDue: dues } : { servedOn: input.servedOn, reconsiderationDue: dues };
};
