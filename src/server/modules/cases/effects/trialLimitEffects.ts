// Effects on the 审限: start at registration, extension applications and decisions, deductions.
import { and, eq, sql } from 'drizzle-orm';
import { checkExtensionApplication, DEDUCTION_KINDS, TRIAL_LIMIT_RULES } from '../../../../domain/clock';
import { isSecondInstanceType } from '../../../../domain/appeal/appealCaseTypes';
import { filingReviewKinds } from '../../clock/filingReview';
import { periodDeductions, trialLimitExtensions } from '../../../db/schema';
import { AppError } from '../../../http/appError';
import { clockEnv, endPeriods, startPeriod } from '../../clock/periodStore';
import { refreshTrialLimit, trialLimitPeriod, trialProcedureOfCase } from '../../clock/trialLimitStore';
import type { EffectContext, EffectHandler } from './effectContext';

// TL-2000 art 8: the 审限 runs from the day after registration; FEE art 22: the fee notice goes out on acceptance;
// CPL-2023 art 128: the complaint copy is served on the defendant within 5 days of registration.
export const startAcceptancePeriods: EffectHandler = async (ctx) => {
  const c = ctx.current();
  const env = await clockEnv(ctx.tx, c.courtId, ctx.today);
  await endPeriods(ctx.tx, c.id, filingReviewKinds, ctx.today, 'accepted');
  const limit = await refreshTrialLimit(ctx.tx, env, c);
  const started: Record<string, unknown> = { trialLimitDueOn: limit.after };
  // FEE art 22; CPL-Interp art 318: an appellant who did not prepay is given 7 days from the notice, like a plaintiff.
  const fee = await startPeriod(ctx.tx, env, c, { kind: 'feePayment', triggerOn: ctx.today, triggerFact: { 'zh-CN': '立案并发出交纳诉讼费用通知', en: 'case registered and the fee notice issued' }, triggerSource: isSecondInstanceType(c.caseType) ? 'FEE art 22; CPL-Interp art 318' : 'FEE art 22' });
  started.feeDueOn = fee.dueOn;
  // ALL art 67: likewise the complaint copy goes to the defendant organ within 5 days.
  const serveSource = ({ 民初: 'CPL-2023 art 128', 行初: 'ALL art 67' } as Record<string, string>)[c.caseType];
  if (serveSource) {
    const registered = { 'zh-CN': '立案', en: 'case registered' };
    const serve = await startPeriod(ctx.tx, env, c, { kind: 'serveComplaint', triggerOn: ctx.today, triggerFact: registered, triggerSource: serveSource });
    started.serveComplaintDueOn = serve.dueOn;
  }
  return started;
};

async function decidingCourt(ctx: EffectContext, approver: string): Promise<number> {
  const c = ctx.case;
  const r = await ctx.tx.execute<{ id: number }>(
    approver === 'president'
      ? sql`select id from courts where id = ${c.courtId}`
      : approver === 'higherCourt'
        ? sql`select parent_id as id from courts where id = ${c.courtId}`
        : approver === 'highCourt'
          ? // ALL art 81; ALL-Interp art 50: the high court above (a basic court applies to it directly); its own cases go to the SPC.
            sql`with recursive up as (select id, parent_id, level from courts where id = ${c.courtId}
                  union all select p.id, p.parent_id, p.level from courts p join up on p.id = up.parent_id where up.level <> 'high')
                select coalesce((select id from up where level = 'high' and id <> ${c.courtId}), (select id from courts where level = 'supreme' limit 1)) as id`
          : sql`select id from courts where level = 'supreme' limit 1`,
  );
  const id = r.rows[0]?.id;
  if (!id) throw new AppError(422, 'EXTENSION_COURT_UNKNOWN', '未配置有权批准延长审限的上级法院，请联系管理员。', 'The court that would decide this extension is not configured; contact the administrator.');
  return id;
}

// EXT-2018 art 1: the judge applies in time and with reasons; the 院长 (or the higher court for a further extension) decides.
export const requestTrialLimitExtension: EffectHandler = async (ctx) => {
  const period = await trialLimitPeriod(ctx.tx, ctx.case.id);
  if (!period || period.status !== 'running' || !period.dueOn) {
    throw new AppError(422, 'EXTENSION_NOT_AVAILABLE', '本案没有可延长的审限。', 'This case has no trial limit that can be extended.');
  }
  const pending = await ctx.tx.select({ id: trialLimitExtensions.id }).from(trialLimitExtensions).where(and(eq(trialLimitExtensions.caseId, ctx.case.id), eq(trialLimitExtensions.status, 'pending')));
  if (pending.length) throw new AppError(409, 'EXTENSION_PENDING', '已有一份延长审限申请在审批中。', 'An extension application is already awaiting decision.');
  const env = await clockEnv(ctx.tx, ctx.case.courtId, ctx.today);
  const procedure = await trialProcedureOfCase(ctx.tx, ctx.current());
  // Only extensions under the current procedure count towards the next step (CPL-Interp art 258).
  const approved = await ctx.tx.execute<{ n: string; seq: string }>(sql`
    select count(*) filter (where status = 'approved' and procedure = ${procedure}) as n, coalesce(max(seq), 0) as seq
      from trial_limit_extensions where case_id = ${ctx.case.id}`);
  // The lead-time settings are the civil (EXT-2018 art 1) and administrative (TL-2000 art 13 [U]) rules; other procedures keep the domain's own.
  const leadDays = procedure.startsWith('civil') ? env.settings.extensionLeadDays : procedure.startsWith('admin') ? env.settings.adminExtensionLeadDays : undefined;
  const step = checkExtensionApplication({ procedure, due: period.dueOn, today: ctx.today, approvedSoFar: Number(approved.rows[0]!.n), ...(leadDays !== undefined ? { leadDays } : {}) });
  const courtId = await decidingCourt(ctx, step.approver);
  const row = await ctx.tx
    .insert(trialLimitExtensions)
    .values({
      caseId: ctx.case.id,
      periodId: period.id,
      seq: Number(approved.rows[0]!.seq) + 1,
      length: step.length as Record<string, number>,
      approver: step.approver,
      procedure,
      decidingCourtId: courtId,
      reason: ctx.input.reason,
      requestedBy: ctx.actor.userId,
      requestedOn: ctx.today,
      dueOnWhenRequested: period.dueOn,
      status: 'pending',
    })
    .returning({ id: trialLimitExtensions.id });
  return { extensionId: row[0]!.id, approver: step.approver, length: step.length, source: step.source, decidingCourtId: courtId, dueOn: period.dueOn, procedure, limit: TRIAL_LIMIT_RULES[procedure].label };
};

export const decideTrialLimitExtension: EffectHandler = async (ctx) => {
  const rows = await ctx.tx.select().from(trialLimitExtensions).where(and(eq(trialLimitExtensions.id, ctx.input.extensionId), eq(trialLimitExtensions.caseId, ctx.case.id))).for('update');
  const ext = rows[0];
  if (!ext || ext.status !== 'pending') {
    throw new AppError(409, 'EXTENSION_NOT_PENDING', '该延长审限申请不存在或已经处理。', 'That extension application does not exist or has already been decided.');
  }
  // Only the president of the deciding court has the power (the case's own court, or the higher court).
  if (ctx.actor.courtId !== ext.decidingCourtId) {
    throw new AppError(403, 'EXTENSION_APPROVER_FORBIDDEN', '您无权审批该延长审限申请：应由有权批准的法院院长审批。', 'You have no power to decide this extension: the president of the deciding court does.');
  }
  const approve = ctx.event === 'approveExtension';
  await ctx.tx
    .update(trialLimitExtensions)
    .set({ status: approve ? 'approved' : 'refused', decidedBy: ctx.actor.userId, decidedOn: ctx.today, decisionNote: ctx.input.note ?? null })
    .where(eq(trialLimitExtensions.id, ext.id));
  let due: { before: string | null; after: string | null } | null = null;
  if (approve) {
    const env = await clockEnv(ctx.tx, ctx.case.courtId, ctx.today);
    due = await refreshTrialLimit(ctx.tx, env, ctx.current());
  }
  return { extensionId: ext.id, decision: approve ? 'approved' : 'refused', note: ctx.input.note ?? null, ...(due ? { dueOnBefore: due.before, dueOnAfter: due.after } : {}) };
};

// TL-2000 art 9, CPL-Interp art 243: the interval is not counted; the due date is recomputed at once.
export const recordDeduction: EffectHandler = async (ctx) => {
  const period = await trialLimitPeriod(ctx.tx, ctx.case.id);
  if (!period || period.status !== 'running') throw new AppError(422, 'TRIAL_LIMIT_NOT_RUNNING', '本案审限未在计算中，不能扣除。', 'The trial limit of this case is not running.');
  const row = await ctx.tx
    .insert(periodDeductions)
    .values({ caseId: ctx.case.id, periodId: period.id, kind: ctx.input.kind, startsOn: ctx.input.startsOn, endsOn: ctx.input.endsOn ?? null, documentNo: ctx.input.documentNo, note: ctx.input.note ?? null, approvedBy: ctx.actor.userId })
    .returning({ id: periodDeductions.id });
  const env = await clockEnv(ctx.tx, ctx.case.courtId, ctx.today);
  const due = await refreshTrialLimit(ctx.tx, env, ctx.current());
  return { deductionId: row[0]!.id, kind: ctx.input.kind, label: DEDUCTION_KINDS[ctx.input.kind as keyof typeof DEDUCTION_KINDS].label, startsOn: ctx.input.startsOn, endsOn: ctx.input.endsOn ?? null, dueOnBefore: due.before, dueOnAfter: due.after };
};

export const endDeduction: EffectHandler = async (ctx) => {
  const rows = await ctx.tx.select().from(periodDeductions).where(and(eq(periodDeductions.id, ctx.input.deductionId), eq(periodDeductions.caseId, ctx.case.id))).for('update');
  const d = rows[0];
  if (!d || d.endsOn !== null) throw new AppError(409, 'DEDUCTION_NOT_RUNNING', '该扣除期间不存在或已经结束。', 'That deduction does not exist or has already ended.');
  if (ctx.input.endsOn < d.startsOn) {
    throw new AppError(422, 'DEDUCTION_ENDS_BEFORE_START', `结束日 ${ctx.input.endsOn} 早于扣除开始日 ${d.startsOn}。`, `The end (${ctx.input.endsOn}) is before the deduction started (${d.startsOn}).`);
  }
  await ctx.tx.update(periodDeductions).set({ endsOn: ctx.input.endsOn }).where(eq(periodDeductions.id, d.id));
  const env = await clockEnv(ctx.tx, ctx.case.courtId, ctx.today);
  const due = await refreshTrialLimit(ctx.tx, env, ctx.current());
  return { deductionId: d.id, endsOn: ctx.input.endsOn, dueOnBefore: due.before, dueOnAfter: due.after };
};
