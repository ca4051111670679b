// Starting, recomputing and ending periods in the database; the arithmetic and the law are the domain's.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ClockSettings } from '../../../contracts/clock';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import type { WorkCalendar } from '../../../domain/calendar/workCalendar';
import {
  computeDueDate,
  nextAlertOn,
  periodLengthFor,
  PERIOD_KINDS,
  warningLevel,
  type PeriodKind,
  type PeriodLength,
  type Deduction,
  type DeductionKind,
  type Thresholds,
  type TraceStep,
} from '../../../domain/clock';
import type { BilingualMessage } from '../../../domain/errors/domainError';
import { hourPeriodDue } from '../../../domain/clock/hourPeriod';
import { executePrepared, type Queryable, type Tx } from '../../db/database';
import { casePeriods } from '../../db/schema';
import { workCalendarFor } from './calendarStore';
import { loadClockSettings } from './clockSettings';

export type Audience = 'party' | 'court' | 'trialLimit';

export interface ClockEnv {
  calendar: WorkCalendar;
  settings: ClockSettings;
  today: PlainDate;
}

export async function clockEnv(q: Queryable, courtId: number, today: PlainDate): Promise<ClockEnv> {
  return { calendar: await workCalendarFor(q, courtId), settings: await loadClockSettings(q), today };
}

export function thresholdsFor(audience: Audience, settings: ClockSettings): Thresholds {
  return settings.thresholds[audience];
}

/** The warning level today and the next date the sweep must look at the period. */
export function alertState(dueOn: PlainDate | null, audience: Audience, env: ClockEnv) {
  if (!dueOn) return { level: 'none' as const, alertOn: null };
  const t = thresholdsFor(audience, env.settings);
  const level = warningLevel(dueOn, env.today, t);
  // A period already overdue still needs one visit from the sweep to record its reminder.
  return { level, alertOn: level === 'none' ? nextAlertOn(dueOn, env.today, t) : env.today };
}

export interface NewPeriod {
  kind: PeriodKind;
  partyId?: number | null;
  triggerOn: PlainDate;
  triggerFact: BilingualMessage;
  triggerSource?: string;
  foreignDomicile?: boolean;
  days?: number;
  procedure?: string;
  /** A length fixed by the caller instead of the kind's rule (with its source), e.g. 5 days for a 民终 filing. */
  length?: { length: PeriodLength; source: string };
  /** Several periods of the kind run side by side (e.g. one freeze term per asset): none is superseded. */
  runsAlongside?: boolean;
}

/** The due date of a period of `kind` from `triggerOn` without recording a period (e.g. a receipt's claim or payout deadline). */
export function dueDateFor(env: ClockEnv, kind: PeriodKind, triggerOn: PlainDate, triggerFact: BilingualMessage, days?: number): PlainDate {
  const { length } = periodLengthFor(kind, triggerOn, days !== undefined ? { days } : {});
  const due = computeDueDate({ trigger: triggerOn, triggerFact, length, calendar: env.calendar, options: { rollForward: true, weekendsAreRestDays: env.settings.weekendsAreRestDays } });
  return due.due!;
}

/**
 * Starts a period; a running one of the same kind for the same party is superseded (e.g. a judgment served again).
 * CPL-2023 art 85 governs court and party periods alike, so both roll forward over rest days.
 */
export async function startPeriod(tx: Tx, env: ClockEnv, c: { id: number; courtId: number }, p: NewPeriod) {
  const rule = PERIOD_KINDS[p.kind];
  const chosen = p.length ?? (() => {
    const r = periodLengthFor(p.kind, p.triggerOn, { foreignDomicile: p.foreignDomicile ?? false, ...(p.days !== undefined ? { days: p.days } : {}), ...(p.procedure ? { procedure: p.procedure } : {}) });
    return { length: r.length, source: r.version.source };
  })();
  const due = computeDueDate({
    trigger: p.triggerOn,
    triggerFact: p.triggerFact,
    ...(p.triggerSource ? { triggerSource: p.triggerSource } : {}),
    length: chosen.length,
    calendar: env.calendar,
    options: { rollForward: true, weekendsAreRestDays: env.settings.weekendsAreRestDays },
  });
  const audience: Audience = rule.audience;
  const alert = alertState(due.due, audience, env);
  const supersede = tx
    .update(casePeriods)
    .set({ status: 'cancelled', completedOn: env.today, completedReason: 'superseded', alertOn: null, updatedAt: sql`now()` })
    .where(and(eq(casePeriods.caseId, c.id), eq(casePeriods.kind, p.kind), eq(casePeriods.status, 'running'), p.partyId ? eq(casePeriods.partyId, p.partyId) : sql`party_id is null`));
  const insert = tx
    .insert(casePeriods)
    .values({
      caseId: c.id,
      courtId: c.courtId,
      kind: p.kind,
      partyId: p.partyId ?? null,
      audience,
      triggerOn: p.triggerOn,
      triggerFact: p.triggerFact,
      basis: { length: chosen.length, source: chosen.source, triggerSource: p.triggerSource ?? null, foreignDomicile: p.foreignDomicile ?? false },
      baseDueOn: due.unrolled,
      dueOn: due.due,
      status: 'running',
      level: alert.level,
      alertOn: alert.alertOn,
      trace: due.trace as TraceStep[],
      uncoveredYear: due.uncoveredYear,
    })
    .returning({ id: casePeriods.id });
  // One statement: the superseding update runs as a CTE on the same snapshot, so it never sees the new row.
  const row = p.runsAlongside
    ? await executePrepared<{ id: number }>(tx, 'start_period_alongside', insert.getSQL())
    : await executePrepared<{ id: number }>(tx, 'start_period', sql`with superseded as (${supersede.getSQL()}) ${insert.getSQL()}`);
  return { id: Number(row.rows[0]!.id), dueOn: due.due, trace: due.trace };
}

/**
 * Starts a period counted in hours (CPL-2023 art 85; e.g. 48 hours to rule on preservation, art 104): its end is an
 * instant (due_at) and due_on is that instant's calendar day, which the date-based sweep watches. Not rolled forward.
 */
export async function startHourPeriod(tx: Tx, env: ClockEnv, c: { id: number; courtId: number }, p: { kind: PeriodKind; startsAt: Date; hours: number; timeZone: string; triggerFact: BilingualMessage; source: string }) {
  const rule = PERIOD_KINDS[p.kind];
  const due = hourPeriodDue(p.startsAt, p.hours, p.timeZone, p.triggerFact, p.source);
  const alert = alertState(due.dueOn, rule.audience, env);
  const [row] = await tx
    .insert(casePeriods)
    .values({
      caseId: c.id,
      courtId: c.courtId,
      kind: p.kind,
      audience: rule.audience,
      triggerOn: env.today,
      triggerFact: p.triggerFact,
      basis: { hours: p.hours, startsAt: p.startsAt.toISOString(), source: p.source },
      baseDueOn: due.dueOn,
      dueOn: due.dueOn,
      dueAt: new Date(due.dueAt),
      status: 'running',
      level: alert.level,
      alertOn: alert.alertOn,
      trace: due.trace,
    })
    .returning({ id: casePeriods.id });
  return { id: row!.id, dueOn: due.dueOn, dueAt: due.dueAt, trace: due.trace };
}

/** Ends the running periods of the given kinds (met, cancelled by the case's outcome, …). */
export async function endPeriods(tx: Tx, caseId: number, kinds: readonly string[], on: PlainDate, reason: string, status: 'completed' | 'cancelled' = 'completed') {
  if (!kinds.length) return;
  const end = tx
    .update(casePeriods)
    .set({ status, completedOn: on, completedReason: reason, alertOn: null, updatedAt: sql`now()` })
    .where(and(eq(casePeriods.caseId, caseId), inArray(casePeriods.kind, [...kinds]), eq(casePeriods.status, 'running')));
  await executePrepared(tx, 'end_periods', end.getSQL());
}

/** Ends one running period by its id (one of several of a kind running side by side, e.g. a freeze's term). */
export async function endPeriod(tx: Tx, periodId: number, on: PlainDate, reason: string) {
  await tx.update(casePeriods).set({ status: 'completed', completedOn: on, completedReason: reason, alertOn: null, updatedAt: sql`now()` }).where(and(eq(casePeriods.id, periodId), eq(casePeriods.status, 'running')));
}

/** `endPeriods` for many cases in one statement; rows are locked in id order so that concurrent batches cannot deadlock. */
export async function endPeriodsOfCases(tx: Tx, caseIds: readonly number[], kinds: readonly string[], on: PlainDate, reason: string) {
  if (!caseIds.length || !kinds.length) return;
  await tx.execute(sql`
    update case_periods p
       set status = 'completed', completed_on = ${on}, completed_reason = ${reason}, alert_on = null, updated_at = now()
      from (select id from case_periods
             where case_id = any(${sql.param([...caseIds])}::bigint[]) and kind = any(${sql.param([...kinds])}::text[]) and status = 'running'
             order by id for update) r
     where p.id = r.id`);
}

type PeriodRow = typeof casePeriods.$inferSelect;

/**
 * Recomputes a period from its stored trigger and length and the intervals not counted in it (period_deductions,
 * the 审限's mechanism: e.g. appraisal in mediation, ONLINE-MED art 26). While one is open the due date moves every
 * day, so the sweep revisits the period daily (basis.openDeduction). Returns the due date before and after.
 */
export async function refreshPeriod(tx: Tx, env: ClockEnv, p: PeriodRow): Promise<{ before: PlainDate | null; after: PlainDate }> {
  const basis = p.basis as { length: PeriodLength; triggerSource?: string | null; openDeduction?: boolean; hours?: number };
  // A period in hours runs through rest days and has no deductions: nothing to recompute.
  if (basis.hours !== undefined) return { before: p.dueOn, after: p.dueOn! };
  const ded = await tx.execute<{ kind: DeductionKind; starts_on: string; ends_on: string | null }>(sql`
    select kind, starts_on::text, ends_on::text from period_deductions where period_id = ${p.id} order by starts_on, id`);
  const deductions: Deduction[] = ded.rows.map((d) => ({ kind: d.kind, startsOn: d.starts_on, endsOn: d.ends_on }));
  const due = computeDueDate({
    trigger: p.triggerOn,
    triggerFact: p.triggerFact as BilingualMessage,
    ...(basis.triggerSource ? { triggerSource: basis.triggerSource } : {}),
    length: basis.length,
    calendar: env.calendar,
    options: { rollForward: true, weekendsAreRestDays: env.settings.weekendsAreRestDays },
    ...(deductions.length ? { deductions: { items: deductions, today: env.today } } : {}),
  });
  const openDeduction = deductions.some((d) => d.endsOn === null);
  const alert = alertState(due.due, p.audience as Audience, env);
  await tx
    .update(casePeriods)
    .set({
      dueOn: due.due,
      baseDueOn: due.unrolled,
      trace: due.trace,
      uncoveredYear: due.uncoveredYear,
      level: alert.level,
      alertOn: p.status === 'running' && openDeduction ? env.today : alert.alertOn,
      ...(deductions.length ? { basis: { ...basis, openDeduction } } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(casePeriods.id, p.id));
  return { before: p.dueOn, after: due.due };
}
