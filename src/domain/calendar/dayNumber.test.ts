import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addMonthsClamped, fromDayNumber, toDayNumber, weekday } from './dayNumber';
import { addDays, daysBetween } from './plainDate';

describe('day numbers', () => {
  test.each([
    ['1970-01-01', 0, 4],
    ['2000-02-29', 11016, 2],
    ['2025-10-01', 20362, 3],
    ['2026-02-28', 20512, 6],
  ])('%s is day %d, weekday %d', (d, n, wd) => {
    expect(toDayNumber(d)).toBe(n);
    expect(fromDayNumber(n)).toBe(d);
    expect(weekday(d)).toBe(wd);
  });

  test.each([
    ['2025-08-31', 6, '2026-02-28', true],
    ['2023-08-31', 6, '2024-02-29', true],
    ['2024-01-31', 1, '2024-02-29', true],
    ['2024-02-29', 12, '2025-02-28', true],
    ['2025-09-30', 1, '2025-10-30', false],
    ['2025-12-15', 2, '2026-02-15', false],
  ])('%s + %d months = %s (clamped %s)', (d, m, end, clamped) => {
    expect(addMonthsClamped(d, m)).toEqual({ date: end, clamped });
  });

  test('agree with the dayjs-based plain-date arithmetic', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 30000 }), fc.integer({ min: -800, max: 800 }), (n, k) => {
        const d = fromDayNumber(n);
        expect(toDayNumber(d)).toBe(n);
        expect(fromDayNumber(n + k)).toBe(addDays(d, k));
        expect(daysBetween(d, fromDayNumber(n + k))).toBe(k);
      }),
    );
  });
});
