// Calendar dates (no time zone) as 'YYYY-MM-DD' strings; arithmetic in UTC so no offset can shift a day.
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(customParseFormat);

export type PlainDate = string;
const FORMAT = 'YYYY-MM-DD';

export function isPlainDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && dayjs.utc(s, FORMAT, true).isValid();
}

function parse(d: PlainDate) {
  const v = dayjs.utc(d, FORMAT, true);
  if (!v.isValid()) throw new RangeError(`not a calendar date: ${d}`);
  return v;
}

export function addDays(d: PlainDate, days: number): PlainDate {
  return parse(d).add(days, 'day').format(FORMAT);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return parse(to).diff(parse(from), 'day');
}

// Building an Intl formatter costs far more than using one; "today" is asked for on every request.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone (courts keep Asia/Shanghai). */
export function dateInZone(instant: Date, timeZone: string): PlainDate {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
