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
