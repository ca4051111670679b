// Integer day numbers for hot loops (due dates are computed by the million): no parsing library, no time zone.
// The algorithms are H. Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
import type { PlainDate } from './plainDate';

/** Year, month (1–12), day of a 'YYYY-MM-DD' string; the caller has checked it is a date. */
export function dateParts(d: PlainDate): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

/** Days since 1970-01-01. */
export function toDayNumber(d: PlainDate): number {
  const [y0, m, day] = dateParts(d);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function fromDayNumber(n: number): PlainDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(d: PlainDate): number {
  return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The same day `months` later, or that month's last day when it has none; says whether it had to clamp. */
export function addMonthsClamped(d: PlainDate, months: number): { date: PlainDate; clamped: boolean } {
  const [y, m, day] = dateParts(d);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = daysInMonth(year, month);
  return { date: `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, last), 2)}`, clamped: day > last };
}
