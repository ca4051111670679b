// A clock the test moves by hand: "today" in the court's time zone and a matching instant.
import { dateInZone, daysBetween } from '../../src/domain/calendar/plainDate';
import type { Clock } from '../../src/server/deps';

export interface TestClock extends Clock {
  set(day: string): void;
}

export function testClock(day: string): TestClock {
  let today = day;
  return {
    today: () => today,
    now: () => new Date(`${today}T10:00:00+08:00`),
    set(d: string) {
      today = d;
    },
  };
}

/**
 * The real clock, which a test may move to another day and back: "now" keeps running in real time, shifted by whole
 * days (for worlds that rely on the real time of day, such as the fuzzers' hearing slots).
 */
export function shiftableClock(timeZone = 'Asia/Shanghai'): TestClock {
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  return {
    now,
    today: () => dateInZone(now(), timeZone),
    set(day: string) {
      offsetMs = daysBetween(dateInZone(new Date(), timeZone), day) * 86_400_000;
    },
  };
}
