// Closing (结案) and archiving (归档).
import { clockEnv, endPeriods, startPeriod } from '../../clock/periodStore';
import { TRIAL_LIMIT, trialLimitPeriod } from '../../clock/trialLimitStore';
import type { EffectHandler } from './effectContext';

// TL-2000 art 10: the closing date is that of pronouncement or of service of the mediation document on the last party.
export const recordClosing: EffectHandler = async ({ tx, case: c, input, today, updateCase }) => {
  await updateCase({ closingMethod: input.method, rulingKind: input.rulingKind ?? null, closedOn: input.closedOn, closingSummary: input.summary ?? null });
  const limit = await trialLimitPeriod(tx, c.id);
  const withinLimit = !limit?.dueOn || input.closedOn <= limit.dueOn;
  await endPeriods(tx, c.id, [TRIAL_LIMIT], input.closedOn, withinLimit ? 'closedWithinLimit' : 'closedAfterLimit');
  await endPeriods(tx, c.id, ['serveComplaint', 'evidence'], today, 'caseClosed', 'cancelled');
  let judgmentWritingDueOn: string | null = null;
  if (input.method === 'judgment' && input.oralPronouncement) {
    const env = await clockEnv(tx, c.courtId, today);
    const p = await startPeriod(tx, env, c, { kind: 'judgmentWriting', triggerOn: input.closedOn, triggerFact: { 'zh-CN': '当庭宣判', en: 'judgment pronounced in court' }, triggerSource: 'CPL-2023 art 151' });
    judgmentWritingDueOn = p.dueOn;
  }
  return { method: input.method, rulingKind: input.rulingKind ?? null, closedOn: input.closedOn, summary: input.summary ?? null, withinTrialLimit: withinLimit, trialLimitDueOn: limit?.dueOn ?? null, judgmentWritingDueOn };
};

export const recordArchiving: EffectHandler = async ({ today, input, updateCase }) => {
  await updateCase({ archivedOn: today });
  return { archivedOn: today, note: input.note ?? null };
};
