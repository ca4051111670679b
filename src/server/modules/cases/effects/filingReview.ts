// Effects of the filing review: correction requests, resubmission, rejection, withdrawal.
import { endFilingReview, startFilingReview } from '../../clock/filingReview';
import type { EffectHandler } from './effectContext';

export const requestCorrection: EffectHandler = async ({ tx, case: c, input, actor, today, updateCase }) => {
  const correction = { items: input.items as string[], note: input.note as string | undefined, requestedOn: today, requestedBy: actor.userId };
  await updateCase({ correction });
  // FILING art 7: the review period stops while the party corrects; it starts afresh on resubmission.
  await endFilingReview(tx, c.id, today, 'correctionRequested');
  return { items: correction.items, note: correction.note ?? null };
};

// FILING art 7: the review period restarts from the day the supplemented materials are received.
export const restartReview: EffectHandler = async ({ tx, case: c, today, input, updateCase }) => {
  const p = await startFilingReview(tx, c, today, { resubmitted: true, writeCase: updateCase });
  return { receivedOn: today, reviewDueOn: p.dueOn, note: input.note ?? null };
};

// FILING art 9: refusal to register is a written ruling with reasons.
export const recordRejection: EffectHandler = async ({ tx, case: c, input, actor, today, updateCase }) => {
  const rejection = { reason: input.reason as string, basis: input.basis as string | undefined, rejectedOn: today, rejectedBy: actor.userId };
  await updateCase({ rejection });
  await endFilingReview(tx, c.id, today, 'rejected');
  return { reason: rejection.reason, basis: rejection.basis ?? null };
};

export const recordWithdrawalOfFiling: EffectHandler = async ({ tx, case: c, input, today }) => {
  await endFilingReview(tx, c.id, today, 'withdrawn');
  return { reason: input.reason ?? null };
};
