// 审限: the one trial-limit period of an accepted case, recomputed from its start, procedure, approved extensions and
// deductions whenever one of them changes (TL-2000 art 8; CPL-Interp art 258 keeps the start on conversion).
import { and, eq, sql } from 'drizzle-orm';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import {
  effectiveTrialLimit,
  TRIAL_LIMIT_RULES,
  trialProcedureFor,
  type ApprovedExtension,
  type Deduction,
  type DeductionKind,
  type ExtensionApprover,
  type CalendarLength,
  type TrialProcedure,
} from '../../../domain/clock';
import { executePrepared, type Tx } from '../../db/database';
import { casePeriods } from '../../db/schema';
import type { CaseRow } from '../cases/caseRecord';
import { alertState, type ClockEnv } from './periodStore';

export const TRIAL_LIMIT = 'trialLimit';

/** The facts beyond the case row that decide which 审限 applies, as SQL columns (`origin_method`, `foreign`). */
const procedureFacts = (c: CaseRow) => sql`
  (select closing_method from cases o where o.id = ${c.originCaseId}) as origin_method,
  exists (select 1 from case_parties p where p.case_id = ${c.id} and p.has_foreign_domicile) as foreign`;

function procedureFrom(c: CaseRow, f: { origin_method: string | null; foreign: boolean }): TrialProcedure {
  // CPL-2023 art 287: cases with a party domiciled abroad are foreign-related and have no statutory 审限.
  return trialProcedureFor(c.caseType, c.procedure, { appealAgainstRuling: f.origin_method === 'ruling', foreignRelated: f.foreign });
}

/** Which 审限 applies: by case type and procedure; an appeal against a ruling, or a foreign-related case, differ. */
export async function trialProcedureOfCase(tx: Tx, c: CaseRow): Promise<TrialProcedure> {
  const facts = await executePrepared<{ origin_method: string | null; foreign: boolean }>(tx, 'trial_procedure_facts', sql`select ${procedureFacts(c)}`);
  return procedureFrom(c, facts.rows[0]!);
}

export async function trialLimitPeriod(tx: Tx, caseId: number) {
  const r = await tx.select().from(casePeriods).where(and(eq(casePeriods.caseId, caseId), eq(casePeriods.kind, TRIAL_LIMIT))).orderBy(sql`${casePeriods.id} desc`).limit(1);
  return r[0];
}

export async function trialLimitInputs(tx: Tx, caseId: number, periodId: number | undefined) {
  if (periodId === undefined) return { extensions: [] as ApprovedExtension[], deductions: [] as Deduction[] };
  const ext = await tx.execute<{ length: CalendarLength; decided_on: string; approver: ExtensionApprover; procedure: TrialProcedure }>(sql`
    select length, decided_on, approver, procedure from trial_limit_extensions where case_id = ${caseId} and status = 'approved' order by seq`);
  const ded = await tx.execute<{ kind: DeductionKind; starts_on: string; ends_on: string | null }>(sql`
    select kind, starts_on, ends_on from period_deductions where period_id = ${periodId} order by starts_on, id`);
  return {
    extensions: ext.rows.map((e) => ({ length: e.length, approvedOn: e.decided_on, approver: e.approver, procedure: e.procedure })),
    deductions: ded.rows.map((d) => ({ kind: d.kind, startsOn: d.starts_on, endsOn: d.ends_on })),
  };
}

/** Creates or recomputes the case's 审限; returns the due date before and after. */
export async function refreshTrialLimit(tx: Tx, env: ClockEnv, c: CaseRow): Promise<{ before: PlainDate | null; after: PlainDate | null; periodId: number }> {
  if (!c.acceptedOn) throw new Error('a trial limit needs an accepted case');
  // The procedure's facts and the current 审限 period (the row trialLimitPeriod reads) in one round trip.
  const r = await executePrepared<{ origin_method: string | null; foreign: boolean; id: number | null; status: string | null; level: string | null; due_on: string | null }>(
    tx,
    'trial_limit_state',
    sql`select ${procedureFacts(c)}, p.id, p.status, p.level, p.due_on::text as due_on
          from (select 1) one left join lateral (
            select id, status, level, due_on from case_periods where case_id = ${c.id} and kind = ${TRIAL_LIMIT} order by id desc limit 1) p on true`,
  );
  const state = r.rows[0]!;
  const procedure = procedureFrom(c, state);
  const existing = state.id === null ? undefined : { id: Number(state.id), status: state.status!, level: state.level as (typeof casePeriods.$inferSelect)['level'], dueOn: state.due_on };
  const { extensions, deductions } = await trialLimitInputs(tx, c.id, existing?.id);
  const result = effectiveTrialLimit({
    acceptedOn: c.acceptedOn,
    procedure,
    extensions,
    deductions,
    today: env.today,
    calendar: env.calendar,
    options: { rollForward: env.settings.trialLimitRollsForward, weekendsAreRestDays: env.settings.weekendsAreRestDays },
  });
  const running = !existing || existing.status === 'running';
  const alert = running ? alertState(result.due, 'trialLimit', env) : { level: existing!.level, alertOn: null };
  // An open deduction moves the due date every day: the sweep revisits the period daily while one runs.
  const openDeduction = deductions.some((d) => d.endsOn === null);
  const values = {
    triggerOn: c.acceptedOn,
    basis: { procedure, base: TRIAL_LIMIT_RULES[procedure].base, source: TRIAL_LIMIT_RULES[procedure].source, deductedDays: result.deducted, openDeduction },
    baseDueOn: result.baseDue,
    dueOn: result.due,
    level: alert.level,
    alertOn: running && openDeduction ? env.today : alert.alertOn,
    trace: result.trace,
    uncoveredYear: result.uncoveredYear,
    updatedAt: sql`now()`,
  };
  if (existing) {
    await tx.update(casePeriods).set(values).where(eq(casePeriods.id, existing.id));
    return { before: existing.dueOn, after: result.due, periodId: existing.id };
  }
  const inserted = await tx
    .insert(casePeriods)
    .values({
      ...values,
      caseId: c.id,
      courtId: c.courtId,
      kind: TRIAL_LIMIT,
      audience: 'trialLimit',
      triggerFact: { 'zh-CN': '立案', en: 'case registered' },
      status: 'running',
    })
    .returning({ id: casePeriods.id });
  return { before: null, after: result.due, periodId: inserted[0]!.id };
}
