// Effects of the mediation events up to the agreement: routing a filing, entrusting, accepting or declining, extending.
import { sql } from 'drizzle-orm';
import { MEDIATION_TYPE_FOR_ORIGIN, preExecutionMediation } from '../../../domain/casetypes/preFilingMediation';
import { checkDesignation, checkMayRouteToMediation } from '../../../domain/mediation/entrustment';
import { checkExtensionConsent } from '../../../domain/mediation/mediationPeriod';
import { checkDesignationAwaitsChoice, checkDesignationHonoursChoice } from '../../../domain/mediation/mediatorChoice';
import type { EffectHandler } from '../cases/effects/effectContext';
import { endFilingReview } from '../clock/filingReview';
import { clockEnv, endPeriods, startPeriod } from '../clock/periodStore';
import { agreedMediator, checkNoAppraisalRunning } from './clockEffects';
import { casePartyIds, mediatorFacts, organisationFacts } from './matterFacts';
import { copyDispute, disputeOf } from './disputeCopy';
import { preExecutionMediationDays, receiveMediationMatter, recordReceipt } from './openMediation';

// CPL-2023 art 125: the filing waits, unregistered, while the dispute is mediated as a numbered 民诉前调 matter; an
// execution application likewise as a 执前调 matter (issue 18 [U]), the applicant's consent given in the event's input.
export const openMediation: EffectHandler = async ({ tx, case: c, actor, actorRole, input, today, now }) => {
  const typeCode = MEDIATION_TYPE_FOR_ORIGIN[c.caseType];
  if (typeCode !== preExecutionMediation.code) checkMayRouteToMediation(c.mediationConsent);
  const matter = await receiveMediationMatter(tx, { courtId: c.courtId, dispute: disputeOf(c), originCaseId: c.id, today, now, ...(typeCode ? { typeCode } : {}) });
  await copyDispute(tx, c.id, matter.id);
  await endFilingReview(tx, c.id, today, 'routedToMediation');
  await recordReceipt(tx, matter, { userId: actor.userId, role: actorRole }, { originCaseId: c.id, note: input.note ?? null }, now);
  return { mediationCaseId: matter.id, mediationCaseNumber: matter.caseNumber };
};

export const designateMediator: EffectHandler = async ({ tx, case: c, input, today, now }) => {
  const org = await organisationFacts(tx, input.organisationId);
  const mediator = input.mediatorId !== undefined ? await mediatorFacts(tx, input.mediatorId) : undefined;
  checkDesignation(c.courtId, org, mediator, input.mediatorId !== undefined);
  // ONLINE-MED art 10: the parties' joint choice binds the court (the input's chosenByParties is not trusted).
  const chosen = await agreedMediator(tx, c.id);
  checkDesignationHonoursChoice(chosen, input.mediatorId);
  const choosing = await tx.execute<{ due_on: string }>(sql`
    select due_on::text from case_periods where case_id = ${c.id} and kind = 'mediatorChoice' and status = 'running' and due_on >= ${today}::date`);
  checkDesignationAwaitsChoice(choosing.rows[0]?.due_on ?? null, input.acknowledgeWarnings);
  await tx.execute(sql`
    insert into mediation_entrustments (case_id, organisation_id, mediator_id, designated_at, chosen_by_parties)
    values (${c.id}, ${input.organisationId}, ${input.mediatorId ?? null}, ${now}, ${chosen !== null})
    on conflict (case_id) do update set organisation_id = excluded.organisation_id, mediator_id = excluded.mediator_id,
      designated_at = excluded.designated_at, confirmed_at = null, declined_at = null, chosen_by_parties = excluded.chosen_by_parties`);
  await endPeriods(tx, c.id, ['mediatorDesignation', 'mediatorChoice'], today, 'designated');
  const env = await clockEnv(tx, c.courtId, today);
  const p = await startPeriod(tx, env, c, { kind: 'entrustmentConfirmation', triggerOn: today, triggerFact: { 'zh-CN': '委派调解', en: 'entrustment' }, triggerSource: 'ONLINE-MED art 12' });
  return { organisationId: input.organisationId, mediatorId: input.mediatorId ?? null, chosenByParties: chosen !== null, confirmationDueOn: p.dueOn };
};

// ONLINE-MED art 24: the 30-day mediation period runs from the mediator's confirmation.
export const acceptEntrustment: EffectHandler = async ({ tx, case: c, actor, today, now }) => {
  await tx.execute(sql`update mediation_entrustments set confirmed_at = ${now}, mediator_id = coalesce(mediator_id, ${actor.userId}) where case_id = ${c.id}`);
  await endPeriods(tx, c.id, ['entrustmentConfirmation'], today, 'confirmed');
  const env = await clockEnv(tx, c.courtId, today);
  // 执前调: [U] 30 days by analogy with ONLINE-MED art 24, the installation's setting.
  const length = c.caseType === preExecutionMediation.code ? { length: { length: { days: await preExecutionMediationDays(tx) }, source: 'ONLINE-MED art 24 (by analogy, setting)' } } : {};
  const p = await startPeriod(tx, env, c, { kind: 'preFilingMediation', triggerOn: today, triggerFact: { 'zh-CN': '调解员确认接受委派', en: 'the mediator accepted the entrustment' }, triggerSource: 'ONLINE-MED art 24', ...length });
  return { mediatorId: actor.userId, mediationDueOn: p.dueOn };
};

// ONLINE-MED art 12: a mediator who declines returns the matter to the court, which entrusts it again.
export const declineEntrustment: EffectHandler = async ({ tx, case: c, actor, input, today, now }) => {
  // The row stays, naming who declined, so the decliner keeps sight of the matter (not of its later entrustment).
  await tx.execute(sql`update mediation_entrustments set declined_at = ${now}, mediator_id = ${actor.userId} where case_id = ${c.id}`);
  await endPeriods(tx, c.id, ['entrustmentConfirmation'], today, 'declined', 'cancelled');
  const env = await clockEnv(tx, c.courtId, today);
  const p = await startPeriod(tx, env, c, { kind: 'mediatorDesignation', triggerOn: today, triggerFact: { 'zh-CN': '调解员拒绝委派', en: 'the mediator declined' }, triggerSource: 'ONLINE-MED art 12' });
  return { declinedBy: actor.userId, reason: input.reason, designationDueOn: p.dueOn };
};

// ONLINE-MED art 24: extended only with every party's consent, from the end of the running period.
export const extendMediation: EffectHandler = async ({ tx, case: c, input, today }) => {
  checkExtensionConsent(await casePartyIds(tx, c.id), input.consentingPartyIds, input.days);
  await checkNoAppraisalRunning(tx, c.id);
  const r = await tx.execute<{ due_on: string }>(sql`select due_on::text from case_periods where case_id = ${c.id} and kind = 'preFilingMediation' and status = 'running' order by id desc limit 1`);
  const from = r.rows[0]?.due_on ?? today;
  const env = await clockEnv(tx, c.courtId, today);
  const p = await startPeriod(tx, env, c, {
    kind: 'preFilingMediation',
    triggerOn: from,
    triggerFact: { 'zh-CN': '原调解期限届满（各方当事人同意延长）', en: 'end of the previous period (extended with every party’s consent)' },
    triggerSource: 'ONLINE-MED art 24',
    length: { length: { days: input.days }, source: 'ONLINE-MED art 24' },
  });
  return { extendedByDays: input.days, consentingPartyIds: input.consentingPartyIds, mediationDueOn: p.dueOn };
};
