// The stage limits of rules.md §5.1 that start with something the applicant brings: a concrete asset clue (ASSET-INV
// art 2: verified in 7 days, urgent 3) and a request to investigate (EXEC-TL [S]: started in 10 days, done in 1 month).
// The officer records the trigger and the outcome; the clock (clock/executionPeriodKinds.ts) keeps the limits.
import type { EffectHandler } from '../cases/effects/effectContext';
import { clockEnv, endPeriods, startPeriod } from '../clock/periodStore';

const CLUE_PERIODS = ['clueVerification', 'clueVerificationUrgent'] as const;

// ASSET-INV art 2: 7 days from receipt of the clue; 3 when the situation is urgent. A new clue supersedes the running one.
export const recordAssetClue: EffectHandler = async ({ tx, case: c, input, today }) => {
  const env = await clockEnv(tx, c.courtId, today);
  const kind = input.urgent ? 'clueVerificationUrgent' : 'clueVerification';
  await endPeriods(tx, c.id, CLUE_PERIODS.filter((k) => k !== kind), today, 'superseded', 'cancelled');
  const p = await startPeriod(tx, env, c, { kind, triggerOn: today, triggerFact: { 'zh-CN': '收到申请执行人提供的财产线索', en: "the applicant's asset clue received" }, triggerSource: 'ASSET-INV art 2' });
  return { clue: input.clue, urgent: input.urgent === true, periodKind: kind, verificationDueOn: p.dueOn, note: input.note ?? null };
};

export const verifyAssetClue: EffectHandler = async ({ tx, case: c, input, today }) => {
  await endPeriods(tx, c.id, CLUE_PERIODS, today, 'verified');
  return { result: input.result };
};

// EXEC-TL [S]: the investigation starts within 10 days of the request and is generally completed within 1 month.
export const requestPropertyInvestigation: EffectHandler = async ({ tx, case: c, input, today }) => {
  const env = await clockEnv(tx, c.courtId, today);
  const fact = { 'zh-CN': '收到申请执行人的调查申请', en: "the applicant's request to investigate received" };
  const start = await startPeriod(tx, env, c, { kind: 'propertyInvestigationStart', triggerOn: today, triggerFact: fact, triggerSource: 'EXEC-TL' });
  const done = await startPeriod(tx, env, c, { kind: 'propertyInvestigation', triggerOn: today, triggerFact: fact, triggerSource: 'EXEC-TL' });
  return { request: input.request, startDueOn: start.dueOn, completeDueOn: done.dueOn, note: input.note ?? null };
};

export const reportPropertyInvestigation: EffectHandler = async ({ tx, case: c, input, today }) => {
  const kinds = input.step === 'started' ? ['propertyInvestigationStart'] : ['propertyInvestigationStart', 'propertyInvestigation'];
  await endPeriods(tx, c.id, kinds, today, input.step === 'started' ? 'investigationStarted' : 'investigationCompleted');
  return { step: input.step, note: input.note ?? null };
};
