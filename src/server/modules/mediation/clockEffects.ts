// The mediation clock beyond entrustment: the parties' joint choice of a mediator (ONLINE-MED art 10) and appraisal
// time not counted in the mediation period (art 26, with the 审限's deductions: period_deductions).
import { sql } from 'drizzle-orm';
import { deductedDays } from '../../../domain/clock';
import { checkDesignation } from '../../../domain/mediation/entrustment';
import { checkMayProposeMediator, jointChoice } from '../../../domain/mediation/mediatorChoice';
import type { Tx } from '../../db/database';
import { casePeriods, periodDeductions } from '../../db/schema';
import { AppError } from '../../http/appError';
import type { EffectHandler } from '../cases/effects/effectContext';
import { clockEnv, endPeriods, refreshPeriod } from '../clock/periodStore';
import { casePartyIds, mediatorFacts, organisationFacts } from './matterFacts';

async function proposals(tx: Tx, caseId: number) {
  const r = await tx.execute<{ party_id: number; mediator_id: number }>(sql`select party_id, mediator_id from mediator_proposals where case_id = ${caseId}`);
  return r.rows.map((x) => ({ partyId: Number(x.party_id), mediatorId: Number(x.mediator_id) }));
}

/** The mediator the parties agreed on in time, while it binds the court: before any mediator was entrusted. */
export async function agreedMediator(tx: Tx, caseId: number): Promise<number | null> {
  const r = await tx.execute<{ agreed: boolean; entrusted: boolean }>(sql`
    select exists (select 1 from case_periods where case_id = ${caseId} and kind = 'mediatorChoice' and completed_reason = 'agreed') as agreed,
           exists (select 1 from mediation_entrustments where case_id = ${caseId}) as entrusted`);
  if (!r.rows[0]!.agreed || r.rows[0]!.entrusted) return null;
  return jointChoice(await casePartyIds(tx, caseId), await proposals(tx, caseId));
}

// ONLINE-MED art 10: each party names a mediator the court invites; the same name from every party in time is the choice.
export const proposeMediator: EffectHandler = async ({ tx, case: c, actor, actorPartyIds: mine, input, today, now }) => {
  const open = await tx.execute<{ id: number }>(sql`
    select id from case_periods where case_id = ${c.id} and kind = 'mediatorChoice' and status = 'running' and due_on >= ${today}::date`);
  checkMayProposeMediator(open.rows.length > 0, mine);
  const mediator = await mediatorFacts(tx, input.mediatorId);
  checkDesignation(c.courtId, mediator && (await organisationFacts(tx, mediator.organisationId)), mediator, true);
  for (const partyId of mine) {
    await tx.execute(sql`
      insert into mediator_proposals (case_id, party_id, mediator_id, proposed_by, proposed_at)
      values (${c.id}, ${partyId}, ${input.mediatorId}, ${actor.userId}, ${now})
      on conflict (case_id, party_id) do update set mediator_id = excluded.mediator_id, proposed_by = excluded.proposed_by, proposed_at = excluded.proposed_at`);
  }
  const agreed = jointChoice(await casePartyIds(tx, c.id), await proposals(tx, c.id));
  if (agreed !== null) await endPeriods(tx, c.id, ['mediatorChoice'], today, 'agreed');
  return { partyIds: mine, mediatorId: input.mediatorId, organisationId: mediator!.organisationId, agreed: agreed !== null };
};

async function runningMediationPeriod(tx: Tx, caseId: number) {
  const r = await tx.select().from(casePeriods).where(sql`${casePeriods.caseId} = ${caseId} and ${casePeriods.kind} = 'preFilingMediation' and ${casePeriods.status} = 'running'`).orderBy(sql`${casePeriods.id} desc`).limit(1).for('update');
  return r[0];
}

async function openAppraisal(tx: Tx, caseId: number) {
  const r = await tx.execute<{ id: number; starts_on: string; period_id: number }>(sql`
    select d.id, d.starts_on::text, d.period_id from case_periods p join period_deductions d on d.period_id = p.id
     where p.case_id = ${caseId} and p.status = 'running' and d.kind = 'mediationAppraisal' and d.ends_on is null for update of d`);
  return r.rows[0];
}

export async function checkNoAppraisalRunning(tx: Tx, caseId: number): Promise<void> {
  if (await openAppraisal(tx, caseId)) {
    throw new AppError(409, 'MEDIATION_APPRAISAL_RUNNING', '鉴定期间调解期限暂停计算，请先结束鉴定再延长调解期限。', 'The mediation period is suspended while the appraisal runs; end the appraisal before extending the period.');
  }
}

// ONLINE-MED art 26: from the appraisal's start the mediation period stands still (a deduction from today).
export const startMediationAppraisal: EffectHandler = async ({ tx, case: c, actor, input, today }) => {
  const period = await runningMediationPeriod(tx, c.id);
  if (!period) throw new AppError(422, 'MEDIATION_PERIOD_NOT_RUNNING', '调解期限未在计算中，无需扣除鉴定期间。', 'The mediation period is not running; there is nothing to suspend.');
  if (await openAppraisal(tx, c.id)) throw new AppError(409, 'APPRAISAL_ALREADY_RUNNING', '已有一项鉴定正在进行。', 'An appraisal is already running.');
  const row = await tx
    .insert(periodDeductions)
    .values({ caseId: c.id, periodId: period.id, kind: 'mediationAppraisal', startsOn: today, endsOn: null, documentNo: input.reference ?? '', note: input.subject, approvedBy: actor.userId })
    .returning({ id: periodDeductions.id });
  const due = await refreshPeriod(tx, await clockEnv(tx, c.courtId, today), period);
  return { appraisalId: row[0]!.id, subject: input.subject, startsOn: today, dueOnBefore: due.before, dueOnAfter: due.after };
};

// ONLINE-MED art 26: the appraisal's days (both ends counted, as for the 审限) move the period's end by as many.
export const endMediationAppraisal: EffectHandler = async ({ tx, case: c, input, today }) => {
  const open = await openAppraisal(tx, c.id);
  if (!open) throw new AppError(409, 'APPRAISAL_NOT_RUNNING', '没有正在进行的鉴定。', 'No appraisal is running.');
  await tx.execute(sql`update period_deductions set ends_on = ${today}, note = coalesce(note, '') || ${input.note ? `；${input.note}` : ''} where id = ${open.id}`);
  const period = (await tx.select().from(casePeriods).where(sql`${casePeriods.id} = ${open.period_id}`))[0]!;
  const due = await refreshPeriod(tx, await clockEnv(tx, c.courtId, today), period);
  const days = deductedDays([{ kind: 'mediationAppraisal', startsOn: open.starts_on, endsOn: today }], today);
  return { appraisalId: Number(open.id), startsOn: open.starts_on, endsOn: today, days, dueOnBefore: due.before, dueOnAfter: due.after };
};
