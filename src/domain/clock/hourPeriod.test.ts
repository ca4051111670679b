// Periods in hours (CPL-2023 art 85: the starting hour is not counted): the 48 hours to rule on preservation (art 104).
import { describe, expect, test } from 'vitest';
import { hourPeriodDue } from './hourPeriod';

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
