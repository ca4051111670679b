import { describe, expect, test } from 'vitest';
import { addDays, dateInZone, daysBetween, isPlainDate } from './plainDate';

describe('plain calendar dates', () => {
  test.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-04-31', false],
  ])('%s is a date: %s', (s, ok) => expect(isPlainDate(s)).toBe(ok));

  test('adds across month and year ends', () => {
    expect(addDays('2025-12-28', 7)).toBe('2026-01-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2025-12-28', '2026-01-04')).toBe(7);
  });

  test('the date of an instant depends on the court time zone', () => {
    const instant = new Date('2026-03-09T17:30:00Z');
    expect(dateInZone(instant, 'Asia/Shanghai')).toBe('2026-03-10');
    expect(dateInZone(instant, 'UTC')).toBe('2026-03-09');
  });
});
