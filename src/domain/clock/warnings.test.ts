import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../calendar/plainDate';
import { DEFAULT_THRESHOLDS, nextAlertOn, warningLevel, type Thresholds, type WarningLevel } from './warnings';

const { trialLimit, party, court } = DEFAULT_THRESHOLDS;

describe('warning levels', () => {
  test('defaults: 审限 15/5, party 3/1, court 2/0', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ trialLimit: { yellowDays: 15, redDays: 5 }, party: { yellowDays: 3, redDays: 1 }, court: { yellowDays: 2, redDays: 0 } });
  });

  test.each<[Thresholds, string, WarningLevel]>([
    [trialLimit, '2026-05-17', 'none'], // 16 days left
    [trialLimit, '2026-05-18', 'yellow'], // 15
    [trialLimit, '2026-05-27', 'yellow'], // 6
    [trialLimit, '2026-05-28', 'red'], // 5
    [trialLimit, '2026-06-02', 'red'], // the last day
    [trialLimit, '2026-06-03', 'overdue'],
    [party, '2026-05-29', 'none'], // 4 days left
    [party, '2026-05-30', 'yellow'],
    [party, '2026-06-01', 'red'],
    [court, '2026-05-31', 'yellow'],
    [court, '2026-06-01', 'yellow'],
    [court, '2026-06-02', 'red'],
  ])('due 2026-06-02 with %j, today %s: %s', (t, today, level) => {
    expect(warningLevel('2026-06-02', today, t)).toBe(level);
  });

  test.each<[Thresholds, string, string | null]>([
    [trialLimit, '2026-03-02', '2026-05-18'],
    [trialLimit, '2026-05-18', '2026-05-28'],
    [trialLimit, '2026-05-28', '2026-06-03'],
    [trialLimit, '2026-06-02', '2026-06-03'],
    [trialLimit, '2026-06-03', null],
    [court, '2026-05-31', '2026-06-02'],
    [court, '2026-06-02', '2026-06-03'],
    [{ yellowDays: 3, redDays: 5 }, '2026-05-01', '2026-05-28'], // red before yellow: yellow never shows
  ])('due 2026-06-02 with %j, today %s: next alert %s', (t, today, next) => {
    expect(nextAlertOn('2026-06-02', today, t)).toBe(next);
  });

  test('the next alert is the first later day whose level is higher, and none between is', () => {
    const rank = { none: 0, yellow: 1, red: 2, overdue: 3 };
    const thresholds = fc.record({ yellowDays: fc.integer({ min: 0, max: 30 }), redDays: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 60 }), thresholds, (offset, t) => {
        const due = '2026-06-02';
        const today = addDays(due, -offset);
        const now = rank[warningLevel(due, today, t)];
        const next = nextAlertOn(due, today, t);
        if (now === 3) {
          expect(next).toBeNull();
          return;
        }
        expect(next).not.toBeNull();
        for (let d = addDays(today, 1); d < next!; d = addDays(d, 1)) expect(rank[warningLevel(due, d, t)]).toBe(now);
        expect(rank[warningLevel(due, next!, t)]).toBeGreaterThan(now);
      }),
    );
  });
});
