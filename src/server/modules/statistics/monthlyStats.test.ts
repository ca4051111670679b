import { expect, test } from 'vitest';
import { monthsUpTo } from './monthlyStats';

test.each([
  ['2026-04-10', 3, ['2026-02-01', '2026-03-01', '2026-04-01']],
  ['2026-01-31', 3, ['2025-11-01', '2025-12-01', '2026-01-01']],
  ['2026-03-01', 1, ['2026-03-01']],
])('up to %s, %i months', (today, count, months) => {
  expect(monthsUpTo(today, count)).toEqual(months);
});

test('36 months span three years, oldest first', () => {
  const m = monthsUpTo('2026-12-31', 36);
  expect([m.length, m[0], m[35]]).toEqual([36, '2024-01-01', '2026-12-01']);
});
