// Periods in hours (CPL-2023 art 85: the starting hour is not counted): the 48 hours to rule on preservation (art 104).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hourPeriodDue, hourWarningLevel, nextHourAlertAt } from './hourPeriod';

const fact = { 'zh-CN': '保全申请登记立案', en: 'registered' };

describe('48 hours from registration (CPL-2023 arts 85, 104)', () => {
  test.each([
    ['2026-03-02T10:00:00+08:00', '2026-03-04T03:00:00.000Z', '2026-03-04'],
    ['2026-03-02T10:59:59+08:00', '2026-03-04T03:00:00.000Z', '2026-03-04'],
    ['2026-03-02T23:30:00+08:00', '2026-03-05T00:00:00+08:00', '2026-03-05'],
    // Rest days are not skipped: registered on Friday evening, due on Sunday evening.
    ['2026-03-06T18:10:00+08:00', '2026-03-08T19:00:00+08:00', '2026-03-08'],
  ])('registered %s → due %s (%s)', (at, dueAt, dueOn) => {
    const due = hourPeriodDue(new Date(at), 48, 'Asia/Shanghai', fact, 'CPL-2023 art 104');
    expect(due.dueAt).toBe(new Date(dueAt).toISOString());
    expect(due.dueOn).toBe(dueOn);
    expect(due.trace.map((s) => s.source)).toEqual(['CPL-2023 art 104', 'CPL-2023 art 85', 'CPL-2023 art 104']);
  });

  test('the derivation shows the hour in the court time zone', () => {
    const due = hourPeriodDue(new Date('2026-03-02T10:23:00+08:00'), 48, 'Asia/Shanghai', fact, 'CPL-2023 art 104');
    expect(due.trace[2]!['zh-CN']).toBe('48小时届满：2026-03-04 11:00');
  });
});

describe('warnings by the hour (due 2026-03-04 11:00)', () => {
  const dueAt = new Date('2026-03-04T11:00:00+08:00');
  test.each([
    ['2026-03-02T10:00:00+08:00', 'none', '2026-03-03T11:00:00+08:00'],
    ['2026-03-03T11:00:00+08:00', 'yellow', '2026-03-04T05:00:00+08:00'],
    ['2026-03-04T05:00:00+08:00', 'red', '2026-03-04T11:00:00.001+08:00'],
    // The end instant itself is in time (a ruling then is not late); the same day's next minute is overdue.
    ['2026-03-04T11:00:00+08:00', 'red', '2026-03-04T11:00:00.001+08:00'],
    ['2026-03-04T11:01:00+08:00', 'overdue', null],
  ])('at %s the level is %s; the sweep looks again at %s', (now, level, next) => {
    expect(hourWarningLevel(dueAt, new Date(now))).toBe(level);
    expect(nextHourAlertAt(dueAt, new Date(now))?.toISOString() ?? null).toBe(next === null ? null : new Date(next).toISOString());
  });

  test('property: the level at the next alert is higher than now, and nothing changes before it', () => {
    const rank = { none: 0, yellow: 1, red: 2, overdue: 3 };
    fc.assert(
      fc.property(fc.integer({ min: -100 * 3_600_000, max: 100 * 3_600_000 }), fc.integer({ min: 1, max: 10 * 3_600_000 }), (offset, probe) => {
        const now = new Date(dueAt.getTime() + offset);
        const next = nextHourAlertAt(dueAt, now);
        const level = hourWarningLevel(dueAt, now);
        if (next === null) return level === 'overdue';
        const before = new Date(Math.min(now.getTime() + probe, next.getTime() - 1));
        return rank[hourWarningLevel(dueAt, next)] > rank[level] && hourWarningLevel(dueAt, before) === level;
      }),
    );
  });
});
