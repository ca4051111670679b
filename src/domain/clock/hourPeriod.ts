// Periods counted in hours (CPL-2023 art 85): the hour in which the period starts is not counted, so a period of n hours
// runs from the next full hour and ends n hours later. Whether the last-day holiday roll-forward applies to hours is [U]:
// it is not applied (a 48-hour ruling limit runs through rest days).
import { dateInZone, type PlainDate } from '../calendar/plainDate';
import { step, type TraceStep } from './trace';

const HOUR_MS = 3_600_000;

export interface HourDue {
  /** The instant the period ends (ISO 8601). */
  dueAt: string;
  /** Its calendar day in the court's time zone: the date the date-based clock and sweep use. */
  dueOn: PlainDate;
  trace: TraceStep[];
}

function shanghaiText(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(instant);
  const v = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${v('year')}-${v('month')}-${v('day')} ${v('hour') === '24' ? '00' : v('hour')}:${v('minute')}`;
}

/** The end of an `hours`-long period starting at `startsAt`, with its derivation. */
export function hourPeriodDue(startsAt: Date, hours: number, timeZone: string, fact: { 'zh-CN': string; en: string }, source: string): HourDue {
  // Time zones of PRC courts have whole-hour offsets, so truncating the UTC instant to the hour is the local hour too.
  const nextHour = new Date(Math.floor(startsAt.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS);
  const due = new Date(nextHour.getTime() + hours * HOUR_MS);
  const at = shanghaiText(startsAt, timeZone);
  const from = shanghaiText(nextHour, timeZone);
  const to = shanghaiText(due, timeZone);
  return {
    dueAt: due.toISOString(),
    dueOn: dateInZone(due, timeZone),
    trace: [
      step(`${fact['zh-CN']}：${at}`, `${fact.en}: ${at}`, source),
      step(`期间开始的时不计算在内，自 ${from} 起算`, `The starting hour is not counted: from ${from}`, 'CPL-2023 art 85'),
      step(`${hours}小时届满：${to}`, `${hours} hours end at ${to}`, source),
    ],
  };
}

export type HourLevel = 'none' | 'yellow' | 'red' | 'overdue';

export interface HourThresholds {
  yellowHours: number;
  redHours: number;
}

// [U] no rule sets when a 48-hour limit warns: yellow with 24 hours left, red with 6 by default (the clock settings' hourThresholds).
export const DEFAULT_HOUR_THRESHOLDS: Readonly<HourThresholds> = { yellowHours: 24, redHours: 6 };

/** The level of a period counted in hours at `now`: overdue once its end instant has passed (a step at the end is in time). */
export function hourWarningLevel(dueAt: Date, now: Date, t: HourThresholds = DEFAULT_HOUR_THRESHOLDS): HourLevel {
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  if (left <= t.redHours * HOUR_MS) return 'red';
  if (left <= t.yellowHours * HOUR_MS) return 'yellow';
  return 'none';
}

/** The first instant after `now` at which the level rises (the sweep looks then); null once overdue. */
export function nextHourAlertAt(dueAt: Date, now: Date, t: HourThresholds = DEFAULT_HOUR_THRESHOLDS): Date | null {
  const rank = { none: 0, yellow: 1, red: 2, overdue: 3 } as const;
  const current = rank[hourWarningLevel(dueAt, now, t)];
  const candidates = [dueAt.getTime() - t.yellowHours * HOUR_MS, dueAt.getTime() - t.redHours * HOUR_MS, dueAt.getTime() + 1]
    .filter((ms) => ms > now.getTime())
    .sort((a, b) => a - b);
  const next = candidates.find((ms) => rank[hourWarningLevel(dueAt, new Date(ms), t)] > current);
  return next === undefined ? null : new Date(next);
}
