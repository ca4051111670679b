// Counting a period from its trigger and settling its last day, with the derivation as a trace.
import { addMonthsClamped, daysInMonth, fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import type { PlainDate } from '../calendar/plainDate';
import { classifyDay, type DayClass, type WorkCalendar } from '../calendar/workCalendar';
import type { BilingualMessage } from '../errors/domainError';
import { citationLabel, normalizeCitation } from '../citations/citations';
import { deductedDays, deductionStep, type Deduction } from './deductions';
import { settleLastDay, type LastDayOptions } from './lastDay';
import type { CalendarLength, PeriodLength } from './periodLength';
import { lengthText, step, type TraceStep } from './trace';

export type { TraceStep } from './trace';
export { traceText } from './trace';
export type { NoRollBasis } from './lastDay';

export type { CalendarLength, PeriodLength } from './periodLength';

function assertDate(d: PlainDate): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const ok = m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
  if (!ok) throw new RangeError(`not a calendar date: ${d}`);
}

function count(length: PeriodLength): number {
  const n = 'days' in length ? length.days : 'months' in length ? length.months : 'years' in length ? length.years : length.workingDays;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`a period length is a whole number ≥ 0: ${JSON.stringify(length)}`);
  return n;
}

/**
 * CPL-2023 art 85 / CIVILCODE arts 201–202: the trigger day is not counted, so an n-day period ends n days after it;
 * a month or year period ends on the corresponding day of the final month, or on that month's last day if it has none.
 */
export function addPeriod(trigger: PlainDate, length: CalendarLength): { end: PlainDate; monthEndClamped: boolean } {
  assertDate(trigger);
  const n = count(length);
  if ('days' in length) return { end: fromDayNumber(toDayNumber(trigger) + n), monthEndClamped: false };
  const r = addMonthsClamped(trigger, 'months' in length ? n : n * 12);
  return { end: r.date, monthEndClamped: r.clamped };
}

/** The length as a calendar length; a working-day length needs the calendar (computeDueDate) and is refused here. */
export function asCalendarLength(length: PeriodLength): CalendarLength {
  if ('workingDays' in length) throw new RangeError(`a working-day length needs the working calendar: ${JSON.stringify(length)}`);
  return length;
}

// No run of rest days is this long; a longer one means a corrupt calendar, not a legal rule.
const MAX_DAYS_PER_WORKING_DAY = 60;

/**
 * The n-th working day after the trigger day (the trigger day is not counted, as for any period): weekends, public
 * holidays and the court's closure days are skipped, 调休 make-up workdays count. Returns the rest days skipped too.
 */
export function addWorkingDays(trigger: PlainDate, n: number, calendar: WorkCalendar): { end: PlainDate; skipped: DayClass[] } {
  assertDate(trigger);
  count({ workingDays: n });
  const skipped: DayClass[] = [];
  let day = toDayNumber(trigger);
  for (let counted = 0, steps = 0; counted < n; steps++) {
    if (steps > MAX_DAYS_PER_WORKING_DAY * Math.max(n, 1)) throw new RangeError(`no ${n} working days after ${trigger}`);
    day++;
    const c = classifyDay(calendar, fromDayNumber(day), { weekendsAreRestDays: true });
    if (c.rest) skipped.push(c);
    else counted++;
  }
  return { end: fromDayNumber(day), skipped };
}

// rollForward false e.g. for detained criminal defendants (CrPL art 105) or internal limits by setting.
export interface DueDateOptions extends LastDayOptions {
  rollForward: boolean;
}

export interface DueDate {
  due: PlainDate;
  unrolled: PlainDate;
  trace: TraceStep[];
  /** The last day falls in a year without a published State Council calendar (the trace says so). */
  uncoveredYear: number | null;
}

export interface DueDateInput {
  trigger: PlainDate;
  triggerFact: BilingualMessage;
  /** The rule that fixes the trigger date, as a key ('CPL-Interp art 135') or in Chinese ('《民诉法解释》第一百三十五条'). */
  triggerSource?: string;
  length: PeriodLength;
  /** Names the period and the rule fixing its length in the counting step, e.g. 上诉期（判决）, CPL-2023 art 171. */
  period?: { label: BilingualMessage; source: string };
  calendar: WorkCalendar;
  options: DueDateOptions;
  /** Intervals not counted in the period (e.g. appraisal in mediation, ONLINE-MED art 26), as of `today`. */
  deductions?: { items: readonly Deduction[]; today: PlainDate };
}

export function triggerStep(trigger: PlainDate, fact: BilingualMessage, source?: string): TraceStep {
  if (source === undefined) return step(`起算事实：${trigger} ${fact['zh-CN']}`, `Trigger: ${trigger} ${fact.en}`);
  const key = normalizeCitation(source);
  const cite = citationLabel(key);
  return step(`起算事实：${trigger} ${fact['zh-CN']}（${cite['zh-CN']}）`, `Trigger: ${trigger} ${fact.en} (${cite.en})`, key);
}

const CLAMP_SOURCE = 'CIVILCODE art 202';
const COUNT_SOURCE = 'CPL-2023 art 85';

/** 次日起算15日 → 2025-10-15, with the month-end rule and the period's own source when they apply. */
export function countingStep(length: PeriodLength, end: PlainDate, clamped: boolean, period?: { label: BilingualMessage; source: string }): TraceStep {
  const len = lengthText(length);
  const notes = { zh: [] as string[], en: [] as string[] };
  if (clamped) {
    const c = citationLabel(CLAMP_SOURCE);
    notes.zh.push(`到期月无对应日，以该月末日为届满日，${c['zh-CN']}`);
    notes.en.push(`the final month has no corresponding day, so the period ends on its last day; ${c.en}`);
  }
  if (period) {
    const c = citationLabel(period.source);
    notes.zh.push(c['zh-CN']);
    notes.en.push(c.en);
  }
  if ('workingDays' in length) {
    notes.zh.unshift('不计休息日和节假日');
    notes.en.unshift('rest days and holidays not counted');
  }
  const zh = `${period ? `${period.label['zh-CN']}：` : ''}次日起算${len['zh-CN']} → ${end}${notes.zh.length ? `（${notes.zh.join('；')}）` : ''}`;
  const en = `${period ? `${period.label.en}: ` : ''}${len.en} counted from the next day → ${end}${notes.en.length ? ` (${notes.en.join('; ')})` : ''}`;
  const sources = [period?.source, clamped ? CLAMP_SOURCE : undefined].filter((s): s is string => s !== undefined);
  return step(zh, en, sources.length ? sources.join('; ') : COUNT_SOURCE);
}

/** The due date of a period: trigger, counting, and the last day (rolled forward over rest days unless switched off). */
export function computeDueDate(input: DueDateInput): DueDate {
  return dueDateFrom(triggerStep(input.trigger, input.triggerFact, input.triggerSource), input);
}

/** computeDueDate with a first step of the caller's own (e.g. the calculator's plain 起算日). */
export function dueDateFrom(first: TraceStep, input: Omit<DueDateInput, 'triggerFact' | 'triggerSource'>): DueDate {
  const { end, monthEndClamped } = 'workingDays' in input.length ? { end: addWorkingDays(input.trigger, input.length.workingDays, input.calendar).end, monthEndClamped: false } : addPeriod(input.trigger, input.length);
  const trace = [first, countingStep(input.length, end, monthEndClamped, input.period)];
  // The days not counted move the end by as many days (both ends of each interval inclusive, overlaps once).
  const deducted = input.deductions ? deductedDays(input.deductions.items, input.deductions.today) : 0;
  const moved = deducted > 0 ? fromDayNumber(toDayNumber(end) + deducted) : end;
  if (deducted > 0) trace.push(deductionStep(input.deductions!.items, input.deductions!.today, deducted, moved, { zh: '不计入期间', en: 'not counted' }));
  const last = settleLastDay(moved, input.calendar, input.options);
  trace.push(last.step);
  return { due: last.due, unrolled: moved, trace, uncoveredYear: last.uncoveredYear };
}
