// Effects of the 财保 events: registration starts the 48 hours to rule (CPL-2023 art 104, counted in hours); a grant
// starts the applicant's 30 days to sue or apply for arbitration; a registered 民初 of the applicant against the
// respondent, or a recorded arbitration, ends them; when they lapse the judge lifts the preservation (art 104).
import { eq, sql } from 'drizzle-orm';
import { fenToYuan, yuanToFen } from '../../../domain/money/yuan';
import { mustBeLifted, PRESERVATION_RULING_HOURS } from '../../../domain/preservation/preservationApplication';
import { preservationApplications } from '../../db/schema';
import { AppError } from '../../http/appError';
import { appendCaseEvent } from '../cases/caseRecord';
import type { EffectHandler } from '../cases/effects/effectContext';
import { registerBeforeSoleJudge } from '../cases/effects/soleJudgeRegistration';
import { clockEnv, endPeriods, startHourPeriod, startPeriod } from '../clock/periodStore';
import { claimAttachments } from '../filings/filingContent';

type Tx = Parameters<EffectHandler>[0]['tx'];

async function applicationOf(tx: Tx, caseId: number) {
  const [a] = await tx.select().from(preservationApplications).where(eq(preservationApplications.caseId, caseId)).for('update');
  if (!a) throw new AppError(404, 'PRESERVATION_NOT_FOUND', '未找到该保全申请。', 'No such preservation application.');
  return a;
}

/** The running 30-day period's due date, if any. */
export async function suitDueOn(tx: Pick<Tx, 'execute'>, caseId: number): Promise<string | null> {
  const r = await tx.execute<{ due_on: string }>(sql`select due_on::text from case_periods where case_id = ${caseId} and kind = 'preservationSuit' order by id desc limit 1`);
  return r.rows[0]?.due_on ?? null;
}

export const registerPreservation: EffectHandler = async (ctx) => {
  const { tx, deps, case: c, today, now } = ctx;
  const reg = await registerBeforeSoleJudge(ctx);
  const env = await clockEnv(tx, c.courtId, today);
  const fact = { 'zh-CN': '保全申请登记立案', en: 'the preservation application registered' };
  const period = await startHourPeriod(tx, env, c, { kind: 'preservationRuling', startsAt: now, hours: PRESERVATION_RULING_HOURS, timeZone: deps.config.timeZone, triggerFact: fact, source: 'CPL-2023 art 104' });
  await tx.update(preservationApplications).set({ rulingDueAt: new Date(period.dueAt) }).where(eq(preservationApplications.caseId, c.id));
  return { caseNumber: reg.caseNumber, judgeId: reg.judgeId, judgeName: reg.judgeName, rulingDueAt: period.dueAt };
};

export const ruleOnPreservation: EffectHandler = async ({ tx, case: c, event, input, actor, today, now, updateCase }) => {
  const a = await applicationOf(tx, c.id);
  // The signed ruling, if uploaded, joins the dossier (the judge's own upload, not another case's).
  if (input.rulingAttachmentId) await claimAttachments(tx, c.id, actor, [input.rulingAttachmentId], { category: 'other' });
  await endPeriods(tx, c.id, ['preservationRuling'], today, 'ruled');
  const late = a.rulingDueAt !== null && now.getTime() > a.rulingDueAt.getTime();
  if (event === 'dismissPreservation') {
    await tx.update(preservationApplications).set({ decision: 'dismissed', ruledAt: now }).where(eq(preservationApplications.caseId, c.id));
    await updateCase({ closingMethod: 'ruling', rulingKind: 'other', closedOn: today, closingSummary: `驳回保全申请：${input.reasons}` });
    return { decision: 'dismissed', late, rulingAttachmentId: input.rulingAttachmentId ?? null };
  }
  const grantedFen = yuanToFen(input.amount);
  if (grantedFen <= 0n || grantedFen > a.amountFen) {
    throw new AppError(422, 'PRESERVATION_AMOUNT_EXCEEDED', `保全的数额应当大于零，且不超过申请保全的数额（${fenToYuan(a.amountFen)}元）。`, `The amount preserved must be above zero and at most the amount applied for (${fenToYuan(a.amountFen)} yuan).`, { field: 'amount' });
  }
  await tx.update(preservationApplications).set({ decision: 'granted', grantedAmountFen: grantedFen, ruledAt: now }).where(eq(preservationApplications.caseId, c.id));
  // CPL-2023 art 104: the applicant's 30 days to sue or apply for arbitration, from the measure (taken at once on the ruling).
  const applicants = await tx.execute<{ id: number }>(sql`select id from case_parties where case_id = ${c.id} and standing = 'applicant' order by ordinal`);
  const env = await clockEnv(tx, c.courtId, today);
  const fact = { 'zh-CN': '裁定准予诉前财产保全', en: 'pre-suit preservation granted' };
  const dues: { partyId: number; dueOn: string }[] = [];
  for (const p of applicants.rows) {
    const period = await startPeriod(tx, env, c, { kind: 'preservationSuit', partyId: Number(p.id), triggerOn: today, triggerFact: fact, triggerSource: 'CPL-2023 art 104' });
    dues.push({ partyId: Number(p.id), dueOn: period.dueOn });
  }
  return { decision: 'granted', late, amount: input.amount, measures: input.measures, rulingAttachmentId: input.rulingAttachmentId ?? null, suitDue: dues };
};

export const recordPreservationSuit: EffectHandler = async ({ tx, case: c, input, actorRole, actorPartyIds, today }) => {
  const a = await applicationOf(tx, c.id);
  if (actorRole === 'party' || actorRole === 'lawyer') {
    const own = await tx.execute(sql`select 1 from case_parties where case_id = ${c.id} and standing = 'applicant' and id = any(${sql.param([...actorPartyIds])}::bigint[])`);
    if (!own.rows.length) throw new AppError(403, 'CASE_EVENT_FORBIDDEN', '只有保全申请人（或其代理人）可以登记已申请仲裁。', 'Only the applicant (or its agent) records the application for arbitration.');
  }
  if (a.suitRecordedOn) throw new AppError(409, 'PRESERVATION_SUIT_ALREADY_RECORDED', '已登记起诉或申请仲裁。', 'The suit or arbitration is already recorded.');
  if (input.appliedOn > today) throw new AppError(422, 'DATE_IN_FUTURE', '申请仲裁的日期不能晚于今天。', 'The date of the arbitration application cannot be in the future.', { field: 'appliedOn' });
  const due = await suitDueOn(tx, c.id);
  if (due && input.appliedOn > due) {
    throw new AppError(409, 'PRESERVATION_SUIT_LATE', `申请人应当在${due}前申请仲裁；逾期申请的，应当解除保全（《民事诉讼法》第一百零四条）。`, `Arbitration had to be applied for by ${due}; applied later, the preservation shall be lifted (Civil Procedure Law, art. 104).`, { suitDueOn: due });
  }
  const arbitration = { institution: input.institution, appliedOn: input.appliedOn, ...(input.reference ? { reference: input.reference } : {}) };
  await tx.update(preservationApplications).set({ arbitration, suitRecordedOn: today }).where(eq(preservationApplications.caseId, c.id));
  await endPeriods(tx, c.id, ['preservationSuit'], today, 'arbitrationApplied');
  return { arbitration };
};

export const recordPreservationExecution: EffectHandler = async ({ tx, case: c, input }) => {
  await tx.update(preservationApplications).set({ executionCaseNumber: input.executionCaseNumber }).where(eq(preservationApplications.caseId, c.id));
  return { executionCaseNumber: input.executionCaseNumber, transferredOn: input.transferredOn };
};

export const liftPreservation: EffectHandler = async ({ tx, case: c, input, today, updateCase }) => {
  const a = await applicationOf(tx, c.id);
  const due = await suitDueOn(tx, c.id);
  const lapsed = mustBeLifted({ granted: a.decision === 'granted', lifted: a.liftedOn !== null, suitRecorded: a.suitRecordedOn !== null, suitDueOn: due, today });
  if (input.reason === 'noSuit' && !lapsed) {
    throw new AppError(409, 'PRESERVATION_PERIOD_RUNNING', `申请人起诉或申请仲裁的期间尚未届满（${due ?? '—'}），或已经起诉、申请仲裁。`, `The applicant's 30 days have not passed (${due ?? '—'}), or it has sued or applied for arbitration.`, { suitDueOn: due });
  }
  await tx.update(preservationApplications).set({ liftedOn: today, liftReason: input.reason }).where(eq(preservationApplications.caseId, c.id));
  await endPeriods(tx, c.id, ['preservationSuit'], today, 'lifted', 'cancelled');
  await updateCase({ closedOn: today, closingMethod: 'ruling', rulingKind: 'other', closingSummary: `解除保全（${input.reason}）${input.note ? `：${input.note}` : ''}` });
  return { reason: input.reason, liftedOn: today, source: input.reason === 'noSuit' ? 'CPL-2023 art 104' : null };
};

export const closePreservation: EffectHandler = async ({ tx, case: c, today, updateCase }) => {
  const a = await applicationOf(tx, c.id);
  if (!a.suitRecordedOn) throw new AppError(409, 'PRESERVATION_SUIT_NOT_RECORDED', '申请人尚未起诉或申请仲裁：期间届满未起诉的，应当解除保全。', 'The applicant has not sued or applied for arbitration yet; if the 30 days lapse, lift the preservation.');
  await updateCase({ closedOn: today, closingMethod: 'ruling', rulingKind: 'other', closingSummary: '诉前财产保全已转入诉讼（仲裁）' });
  return { closedOn: today };
};

// On a 民初's registration: a granted preservation of this applicant against this respondent whose 30 days still run
// is kept by the suit (CPL-2023 art 104); parties match by ID number or credit code, else by name.
export const endPreservationSuitPeriods: EffectHandler = async ({ tx, case: c, actor, actorRole, today, now }) => {
  const found = await tx.execute<{ case_id: number }>(sql`
    select pa.case_id from preservation_applications pa join cases k on k.id = pa.case_id
     where pa.decision = 'granted' and pa.lifted_on is null and pa.suit_recorded_on is null
       -- A suit after the 30 days does not keep the preservation: it shall be lifted all the same.
       and exists (select 1 from case_periods cp where cp.case_id = pa.case_id and cp.kind = 'preservationSuit' and cp.status <> 'cancelled' and cp.due_on >= ${today})
       and exists (select 1 from case_parties ap join case_parties sp on sp.case_id = ${c.id} and sp.standing = 'plaintiff'
                    and (coalesce(ap.id_number, ap.credit_code) = coalesce(sp.id_number, sp.credit_code) or ap.name = sp.name)
                    where ap.case_id = pa.case_id and ap.standing = 'applicant')
       and exists (select 1 from case_parties rp join case_parties dp on dp.case_id = ${c.id} and dp.standing = 'defendant'
                    and (coalesce(rp.id_number, rp.credit_code) = coalesce(dp.id_number, dp.credit_code) or rp.name = dp.name)
                    where rp.case_id = pa.case_id and rp.standing = 'respondent')
     order by pa.case_id for update of pa`);
  const ids = found.rows.map((r) => Number(r.case_id));
  for (const id of ids) {
    await tx.update(preservationApplications).set({ suitCaseId: c.id, suitRecordedOn: today }).where(eq(preservationApplications.caseId, id));
    await endPeriods(tx, id, ['preservationSuit'], today, 'suitFiled');
    const node = (await tx.execute<{ node: string }>(sql`select node from cases where id = ${id}`)).rows[0]!.node;
    await appendCaseEvent(tx, { caseId: id, event: 'preservationSuitFiled', actorId: actor.userId, actorRole, nodeBefore: node, nodeAfter: node, payload: { suitCaseId: c.id, suitCaseNumber: c.caseNumber, source: 'CPL-2023 art 104' }, at: now });
  }
  return ids.length ? { preservationCaseIds: ids } : {};
};
