// A clock the test moves by hand: "today" in the court's time zone and a matching instant.
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
