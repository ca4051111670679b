// 行初: the challenged act is checked and stored with the complaint, and shown with its lawsuit-deadline check.
import { sql } from 'drizzle-orm';
import type { AdministrativeAct, AdministrativeActInput } from '../../../contracts/administrative';
import { checkAdministrativeFiling } from '../../../domain/administrative/administrativeFiling';
import { lawsuitDeadline } from '../../../domain/administrative/lawsuitDeadline';
import type { FilingParty } from '../../../domain/filing/validateFiling';
import type { Queryable, Tx } from '../../db/database';
import { challengedActs } from '../../db/schema';
import { AppError } from '../../http/appError';

/** Checks the administrative parts of a complaint and returns the row to store (ALL arts 3, 26, 45–46). */
export function checkChallengedAct(act: AdministrativeActInput | undefined, parties: readonly FilingParty[], filedOn: string) {
  if (!act) {
    throw new AppError(422, 'ADMIN_ACT_REQUIRED', '行政起诉须写明被诉行政行为（名称、作出日期、知道日期）。', 'An administrative complaint states the act it challenges (name, date, and when you knew of it).', { field: '/administrativeAct' });
  }
  const deadline = checkAdministrativeFiling(parties, { ...act, reconsideration: act.reconsideration }, filedOn);
  return {
    name: act.name.trim(),
    documentNumber: act.documentNumber?.trim() || null,
    actOn: act.actOn,
    knownOn: act.knownOn,
    actType: act.actType ?? null,
    concernsRealEstate: act.concernsRealEstate ?? false,
    dutyAppliedOn: act.dutyApplication?.appliedOn ?? null,
    dutyPeriodDays: act.dutyApplication?.periodDays ?? null,
    isEmergency: act.dutyApplication?.isEmergency ?? false,
    reconsiderationDecisionOn: act.reconsideration?.decisionOn ?? null,
    reconsiderationReceivedOn: act.reconsideration?.receivedOn ?? null,
    deadlineDueOn: deadline.dueOn,
    isFiledLate: deadline.isLate,
  };
}

export async function saveChallengedAct(tx: Tx, caseId: number, row: ReturnType<typeof checkChallengedAct>): Promise<void> {
  await tx.insert(challengedActs).values({ caseId, ...row }).onConflictDoUpdate({ target: challengedActs.caseId, set: row });
}

/** The act of a 行初 case, or of the 行初 a 行终 continues; the deadline is checked against the day the complaint came in. */
export async function challengedActOf(q: Queryable, c: { id: number; caseType: string; originCaseId: number | null }): Promise<AdministrativeAct | null> {
  if (!c.caseType.startsWith('行')) return null;
  const caseId = c.caseType === '行终' && c.originCaseId ? c.originCaseId : c.id;
  const r = await q.execute<{ judgment_kind: string | null; name: string; document_number: string | null; act_on: string; known_on: string; act_type: string | null; concerns_real_estate: boolean; duty_applied_on: string | null; duty_period_days: number | null; is_emergency: boolean; decision_on: string | null; received_on: string | null; filed_on: string }>(sql`
    select a.judgment_kind, a.name, a.document_number, a.act_on::text, a.known_on::text, a.act_type, a.concerns_real_estate, a.duty_applied_on::text, a.duty_period_days, a.is_emergency, a.reconsideration_decision_on::text as decision_on,
           a.reconsideration_received_on::text as received_on, (k.filed_at at time zone 'Asia/Shanghai')::date::text as filed_on
      from ${challengedActs} a join cases k on k.id = a.case_id where a.case_id = ${caseId}`);
  const a = r.rows[0];
  if (!a) return null;
  const reconsideration = a.decision_on ? { decisionOn: a.decision_on, receivedOn: a.received_on ?? undefined } : undefined;
  const dutyApplication = a.duty_applied_on ? { appliedOn: a.duty_applied_on, periodDays: a.duty_period_days, isEmergency: a.is_emergency } : null;
  const d = lawsuitDeadline({ name: a.name, actOn: a.act_on, knownOn: a.known_on, actType: a.act_type, concernsRealEstate: a.concerns_real_estate, dutyApplication, reconsideration }, a.filed_on);
  return {
    name: a.name,
    documentNumber: a.document_number,
    actOn: a.act_on,
    knownOn: a.known_on,
    actType: a.act_type,
    concernsRealEstate: a.concerns_real_estate,
    dutyApplication,
    reconsideration: a.decision_on ? { decisionOn: a.decision_on, receivedOn: a.received_on } : null,
    judgmentKind: a.judgment_kind,
    lawsuitDeadline: { dueOn: d.dueOn, source: d.source, isLate: d.isLate, earliestOn: d.earliestOn, isEarly: d.isEarly, warning: d.warning },
  };
}

