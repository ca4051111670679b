// The working calendar: State Council holidays and 调休 make-up workdays, weekends, and a court's own closure days.
// Rule of reference/holidays-cn.json: a date is a rest day if listed off=true, or a Saturday/Sunday not listed off=false.
import { dateParts, fromDayNumber, toDayNumber, weekday } from './dayNumber';
import type { PlainDate } from './plainDate';

export { calendarFromHolidayFile } from './holidayFile';

export interface CalendarDay {
  date: PlainDate;
  /** true = 放假 (day off); false = 调休上班 (declared working day). */
  off: boolean;
  name: string;
}

/** A court's own closure day (e.g. typhoon, relocation), a rest day for that court's periods. */
export interface Closure {
  date: PlainDate;
  reason: string;
}

/** Built by buildWorkCalendar; read it through classifyDay and firstWorkingDayOnOrAfter. */
export interface WorkCalendar {
  readonly days: ReadonlyMap<PlainDate, { off: boolean; name: string }>;
  readonly coveredYears: ReadonlySet<number>;
  readonly closures: ReadonlyMap<PlainDate, string>;
}

export function buildWorkCalendar(input: { days: readonly CalendarDay[]; coveredYears: readonly number[]; closures?: readonly Closure[] }): WorkCalendar {
  const days = new Map<PlainDate, { off: boolean; name: string }>();
  for (const d of input.days) days.set(d.date, { off: d.off, name: d.name });
  const closures = new Map<PlainDate, string>();
  for (const c of input.closures ?? []) {
    const earlier = closures.get(c.date);
    closures.set(c.date, earlier ? `${earlier}；${c.reason}` : c.reason);
  }
  return { days, coveredYears: new Set(input.coveredYears), closures };
}

// [U] rules.md §2.1 / §10 item 4: weekends count as 法定休假日 for roll-forward in practice — a setting, default true.
export interface RestDayOptions {
  weekendsAreRestDays: boolean;
}

export type DayKind = 'holiday' | 'weekend' | 'closure' | 'makeupWorkday' | 'workday';

export interface DayClass {
  date: PlainDate;
  kind: DayKind;
  rest: boolean;
  /** Holiday name (also for a make-up workday), or the closure's reason. */
  name?: string;
  /** The date's year has a published State Council calendar. */
  covered: boolean;
}

/**
 * What kind of day a date is. Precedence: a listed holiday; then a court closure (a court closed on a make-up
 * workday is still closed); then a listed make-up workday (works even on a weekend); then Sat/Sun; else a workday.
 */
export function classifyDay(cal: WorkCalendar, date: PlainDate, opts: RestDayOptions): DayClass {
  const covered = cal.coveredYears.has(dateParts(date)[0]);
  const listed = cal.days.get(date);
  if (listed?.off) return { date, kind: 'holiday', rest: true, name: listed.name, covered };
  const closure = cal.closures.get(date);
  if (closure !== undefined) return { date, kind: 'closure', rest: true, name: closure, covered };
  if (listed) return { date, kind: 'makeupWorkday', rest: false, name: listed.name, covered };
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return { date, kind: 'weekend', rest: opts.weekendsAreRestDays, covered };
  return { date, kind: 'workday', rest: false, covered };
}

// No run of rest days is this long; a longer one means a corrupt calendar, not a legal rule.
const MAX_REST_RUN = 366;

/** The date itself if it is a working day, else the first working day after it, with the rest days skipped. */
export function firstWorkingDayOnOrAfter(cal: WorkCalendar, date: PlainDate, opts: RestDayOptions): { date: PlainDate; skipped: DayClass[] } {
  const skipped: DayClass[] = [];
  let d = date;
  for (;;) {
    const c = classifyDay(cal, d, opts);
    if (!c.rest) return { date: d, skipped };
    skipped.push(c);
    if (skipped.length > MAX_REST_RUN) throw new RangeError(`no working day within ${MAX_REST_RUN} days after ${date}`);
    d = fromDayNumber(toDayNumber(d) + 1);
  }
}
