import fc from 'fast-check';
import { expect, test } from 'vitest';
import { DEFAULT_REPORT_TIMES, latestReportSlot, payoutDeadlineNear } from './dailyReports';

test.each([
  ['before the first report: yesterday evening\'s', '2026-06-10', '08:59', { date: '2026-06-09', time: '17:00' }],
  ['at nine', '2026-06-10', '09:00', { date: '2026-06-10', time: '09:00' }],
  ['at noon: still the morning\'s', '2026-06-10', '12:59', { date: '2026-06-10', time: '09:00' }],
  ['in the evening', '2026-06-10', '23:30', { date: '2026-06-10', time: '17:00' }],
  ['on the first of a month, early', '2026-07-01', '00:00', { date: '2026-06-30', time: '17:00' }],
] as const)('%s', (_, date, time, slot) => {
  expect(latestReportSlot(date, time, DEFAULT_REPORT_TIMES)).toEqual(slot);
});

test('the slot is never later than now and no report time lies between it and now', () => {
  const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  fc.assert(
    fc.property(hhmm, fc.uniqueArray(hhmm, { minLength: 1, maxLength: 5 }), (now, times) => {
      const slot = latestReportSlot('2026-06-10', now, times);
      if (slot.date === '2026-06-10') {
        expect(slot.time <= now).toBe(true);
        expect(times.some((t) => t > slot.time && t <= now)).toBe(false);
      } else {
        expect(times.every((t) => t > now)).toBe(true);
        expect(slot.time).toBe([...times].sort().at(-1));
      }
    }),
  );
});

test.each([
  ['past', '2026-06-09', 'overdue'],
  ['today', '2026-06-10', 'near'],
  ['within the warning days', '2026-06-15', 'near'],
  ['later', '2026-06-16', null],
] as const)('a payout deadline %s', (_, due, state) => {
  expect(payoutDeadlineNear(due, '2026-06-10', 5)).toBe(state);
});
