// Instants are shown in the courts' time zone (China has one, without daylight saving), whatever the browser's.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

export const COURT_TIME_ZONE = 'Asia/Shanghai';
export const COURT_UTC_OFFSET = '+08:00';

export function formatInstant(iso: string | null | undefined, pattern = 'YYYY-MM-DD HH:mm'): string {
  return iso ? dayjs(iso).tz(COURT_TIME_ZONE).format(pattern) : '';
}

/** "2025-03-01 09:00–11:30"; the end keeps its date only when it falls on another day. */
export function formatInstantRange(startIso: string, endIso: string): string {
  const start = dayjs(startIso).tz(COURT_TIME_ZONE);
  const end = dayjs(endIso).tz(COURT_TIME_ZONE);
  const endPattern = start.isSame(end, 'day') ? 'HH:mm' : 'YYYY-MM-DD HH:mm';
  return `${start.format('YYYY-MM-DD HH:mm')}–${end.format(endPattern)}`;
}

/** A court-local wall-clock time as an ISO instant with the +08:00 offset, as the event inputs expect. */
export function courtInstant(date: dayjs.Dayjs, time: dayjs.Dayjs): string {
  return `${date.format('YYYY-MM-DD')}T${time.format('HH:mm')}:00${COURT_UTC_OFFSET}`;
}

/** Today's calendar date at the court. */
export function courtToday(): dayjs.Dayjs {
  return dayjs(dayjs().tz(COURT_TIME_ZONE).format('YYYY-MM-DD'));
}
