// Service of documents starts the periods that run from it, each party's from its own service date
// (CPL-Interp art 244), and the court sets evidence periods. Full service handling is the service issue's.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { periodLengthFor, type PeriodKind } from '../../../../domain/clock';
import { daysBetween } from '../../../../domain/calendar/plainDate';
import { deemedServiceDate, RECORDED_SERVICE_SOURCES, type ServiceMethodName } from '../../../../domain/service/serviceRules';
import { documentLabel, METHOD_LABELS } from '../../../../domain/service/serviceLabels';
import { isAppealableOutcome } from '../../../../domain/casetypes/guards';
import { APPEAL_CASE_TYPE } from '../../../../domain/appeal/appealCaseTypes';
import type { ClosingMethod, RulingKind } from '../../../../domain/casetypes/caseModel';
import { caseParties } from '../../../db/schema';
import { AppError } from '../../../http/appError';
import { clockEnv, endPeriods, startPeriod, type ClockEnv } from '../../clock/periodStore';
import type { Tx } from '../../../db/database';
import { recordPublicNotice } from '../../service/publicNotices';
import type { EffectHandler } from './effectContext';
import { checkRecordedMethod, recordFinishedTask } from '../../service/serviceTasks';

/** Which period the service of a document starts for a party of the given standing, if any. */
function periodStartedBy(document: string, standing: string, c: { caseType: string; procedure: string | null; closingMethod: string | null; rulingKind: string | null }): PeriodKind | null {
  const isAdministrative = c.caseType === '行初';
  // ALL art 67: the defendant organ's 15 days for its defence and evidence; [U] a third party's is not fixed by the ALL.
  if (document === 'complaintCopy' && isAdministrative) return standing === 'defendant' ? 'organDefence' : null;
  if (document === 'complaintCopy') return standing === 'defendant' || standing === 'thirdParty' ? 'defence' : null;
  // CrPL art 230: a defendant's 10 days (judgment) or 5 days (ruling) run from the day after receipt.
  if (c.caseType === '刑初') return standing !== 'defendant' ? null : document === 'judgment' ? 'criminalAppealJudgment' : document === 'ruling' ? 'criminalAppealRuling' : null;
  if (!APPEAL_CASE_TYPE[c.caseType] || c.procedure === 'smallClaims') return null; // CPL-2023 arts 165, 182: final judgments
  if (!isAppealableOutcome(c.closingMethod as ClosingMethod | null, c.rulingKind as RulingKind | null)) return null;
  // ALL art 85: 15 days for a judgment, 10 for a ruling (no longer periods abroad in the ALL [U]).
  if (document === 'judgment') return isAdministrative ? 'adminAppealJudgment' : 'appealJudgment';
  if (document === 'ruling') return isAdministrative ? 'adminAppealRuling' : 'appealRuling';
  if (document === 'appealCopy') return standing === 'appellee' || standing === 'plaintiff' || standing === 'defendant' ? 'appelleeDefence' : null;
  return null;
}

export type Party = typeof caseParties.$inferSelect;
export type ServedCase = Parameters<typeof periodStartedBy>[2] & { id: number; courtId: number };

/** Starts the period the service triggers for this party (its own, from its own deemed date), if any. */
/** `source`: the rule that made `deemedOn` the day of service (from the domain's deemed-date rules). */
export async function startServicePeriod(tx: Tx, env: ClockEnv, c: ServedCase, p: Party, document: string, method: string, deemedOn: string, source: string) {
  const kind = periodStartedBy(document, p.standing, c);
  if (!kind) return null;
  const fact = {
    'zh-CN': `${documentLabel(document)['zh-CN']}${METHOD_LABELS[method]!['zh-CN']}${method === 'publicNotice' ? '期满' : ''}（${p.name}）`,
    en: `the ${documentLabel(document).en.toLowerCase()} served on ${p.name} by ${METHOD_LABELS[method]!.en}`,
  };
  return startPeriod(tx, env, c, { kind, partyId: p.id, triggerOn: deemedOn, triggerFact: fact, triggerSource: source, foreignDomicile: p.hasForeignDomicile });
}

/** CPL-2023 art 128, ALL art 67: once every defendant has the complaint copy, the court's 5-day service period is met. */
export async function completeComplaintService(tx: Tx, caseId: number, today: string): Promise<void> {
  const unserved = await tx.execute<{ n: string }>(sql`
    select count(*) as n from case_parties p where p.case_id = ${caseId} and p.standing = 'defendant'
       and not exists (select 1 from case_periods k where k.case_id = ${caseId} and k.party_id = p.id and k.kind in ('defence', 'organDefence') and k.status <> 'cancelled')`);
  if (Number(unserved.rows[0]!.n) === 0) await endPeriods(tx, caseId, ['serveComplaint'], today, 'served');
}

/** Publishes the notice of service on the notice board; it counts as served when its period ends (CPL-2023 arts 95, 283). */
export async function publishServiceNotice(tx: Tx, c: ServedCase, p: Party, document: string, reason: string, issuedOn: string): Promise<string> {
  const deemedOn = deemedServiceDate({ method: 'publicNotice', issuedOn, foreignDomicile: p.hasForeignDomicile }).on!;
  const kind = periodStartedBy(document, p.standing, c);
  const noticeLength = periodLengthFor('publicNoticeService', issuedOn, { foreignDomicile: p.hasForeignDomicile }).length;
  const periodLength = kind ? periodLengthFor(kind, deemedOn, { foreignDomicile: p.hasForeignDomicile }).length : null;
  await recordPublicNotice(tx, c, {
    partyId: p.id,
    recipient: p.name,
    document: document as Parameters<typeof recordPublicNotice>[2]['document'],
    reason,
    issuedOn,
    deemedOn,
    noticeDays: 'days' in noticeLength ? noticeLength.days : daysBetween(issuedOn, deemedOn),
    periodDays: periodLength && 'days' in periodLength ? periodLength.days : null,
  });
  return deemedOn;
}

export const recordService: EffectHandler = async (ctx) => {
  const { tx, case: c, input } = ctx;
  const ids = [...new Set(input.partyIds as number[])];
  const parties = await tx.select().from(caseParties).where(and(eq(caseParties.caseId, c.id), inArray(caseParties.id, ids)));
  if (parties.length !== ids.length) throw new AppError(422, 'SERVICE_PARTY_UNKNOWN', '受送达人不是本案当事人。', 'A recipient is not a party to this case.');
  for (const p of parties) await checkRecordedMethod(tx, ctx.current(), p, input.document, input.method, input.publicNoticeReason);
  const env = await clockEnv(tx, c.courtId, ctx.today);
  const served = [];
  for (const p of parties) {
    const deemedOn = input.method === 'publicNotice' ? await publishServiceNotice(tx, c, p, input.document, input.publicNoticeReason, input.servedOn) : input.servedOn;
    const kind = periodStartedBy(input.document, p.standing, c);
    const period = await startServicePeriod(tx, env, c, p, input.document, input.method, deemedOn, RECORDED_SERVICE_SOURCES[input.method as ServiceMethodName]);
    // The service centre counts what was recorded here too: one finished task with its one attempt.
    await recordFinishedTask(tx, { caseId: c.id, courtId: c.courtId, partyId: p.id, document: input.document, method: input.method, on: input.servedOn, deemedOn, periodDueOn: period?.dueOn ?? null, by: ctx.actor.userId, today: ctx.today });
    served.push({ partyId: p.id, name: p.name, servedOn: input.servedOn, deemedOn, period: kind, periodDueOn: period?.dueOn ?? null });
  }
  if (input.document === 'complaintCopy') await completeComplaintService(tx, c.id, ctx.today);
  return { document: input.document, method: input.method, served, ...(input.publicNoticeReason ? { publicNoticeReason: input.publicNoticeReason } : {}) };
};

// CPL-Interp arts 99, 266, 275: the court sets the evidence period within the bounds of the procedure.
export const setEvidencePeriod: EffectHandler = async (ctx) => {
  const env = await clockEnv(ctx.tx, ctx.case.courtId, ctx.today);
  const trigger = ctx.input.noticeServedOn ?? ctx.today;
  if (trigger > ctx.today) throw new AppError(422, 'SERVICE_DATE_IN_FUTURE', '举证通知送达日期不能晚于今天。', 'The notice date cannot be later than today.');
  const p = await startPeriod(ctx.tx, env, ctx.case, {
    kind: 'evidence',
    triggerOn: trigger,
    triggerFact: { 'zh-CN': '举证通知书送达', en: 'notice of the evidence period served' },
    days: ctx.input.days,
    procedure: ctx.case.procedure ?? 'ordinary',
  });
  return { days: ctx.input.days, triggerOn: trigger, dueOn: p.dueOn };
};
