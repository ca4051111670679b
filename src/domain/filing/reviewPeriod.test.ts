import { describe, expect, test } from 'vitest';
import { daysWaiting, filingReviewRule, reviewUrgency } from './reviewPeriod';

describe('filing review period', () => {
  test.each([
    ['民初', 7, 'CPL-2023 art 126'],
    ['民终', 5, 'TL-2000 art 6'],
    ['民督', 5, 'CPL-2023 art 226'],
  ])('%s: %d days (%s)', (type, days, source) => {
    expect(filingReviewRule(type)).toEqual({ days, source });
  });

  test.each([
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-02', '2026-03-05', 3],
    ['2026-03-05', '2026-03-02', 0],
  ])('received %s, today %s: waiting %d days', (received, today, days) => {
    expect(daysWaiting(received, today)).toBe(days);
  });

  test.each([
    ['2026-03-09', '2026-03-02', 'normal'],
    ['2026-03-09', '2026-03-07', 'dueSoon'],
    ['2026-03-09', '2026-03-09', 'dueSoon'],
    ['2026-03-09', '2026-03-10', 'overdue'],
  ])('due %s, today %s: %s', (due, today, urgency) => {
    expect(reviewUrgency(due, today)).toBe(urgency);
  });
});
