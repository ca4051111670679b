// Properties of the clock over the real State Council calendar, for random dates 2005–2025 and lengths ending by 2026.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import { buildWorkCalendar, calendarFromHolidayFile, classifyDay } from '../calendar/workCalendar';
import { computeDueDate, type DueDateOptions, type PeriodLength } from './periodArithmetic';
import { deductedDays, deductionIntervals, effectiveTrialLimit, type Deduction } from './trialLimits';

const calendar = buildWorkCalendar(calendarFromHolidayFile(data));
const fact = { 'zh-CN': '送达', en: 'served' };

const dateIn = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
const trigger = dateIn('2005-01-01', '2025-12-31');
const options = fc.record({ rollForward: fc.constant(true), weekendsAreRestDays: fc.boolean() });
const length: fc.Arbitrary<PeriodLength> = fc.oneof(
  fc.integer({ min: 1, max: 300 }).map((days) => ({ days })),
  fc.integer({ min: 1, max: 9 }).map((months) => ({ months })),
  fc.constant({ years: 1 }),
);

const due = (t: string, l: PeriodLength, o: DueDateOptions) => computeDueDate({ trigger: t, triggerFact: fact, length: l, calendar, options: o });

describe('due dates', () => {
  test('a rolled due date is never a rest day, and every day skipped to reach it is one', () => {
    fc.assert(
      fc.property(trigger, length, options, (t, l, o) => {
        const r = due(t, l, o);
        expect(classifyDay(calendar, r.due, o).rest).toBe(false);
        for (let n = toDayNumber(r.unrolled); n < toDayNumber(r.due); n++) expect(classifyDay(calendar, fromDayNumber(n), o).rest).toBe(true);
        expect(r.uncoveredYear).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  test('the due date is never before the unrolled last day, nor after the trigger', () => {
    fc.assert(
      fc.property(trigger, length, options, (t, l, o) => {
        const r = due(t, l, o);
        expect(r.due >= r.unrolled).toBe(true);
        expect(r.unrolled > t).toBe(true);
      }),
    );
  });

  test('a longer period never ends earlier (in days)', () => {
    fc.assert(
      fc.property(trigger, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 60 }), options, (t, a, extra, o) => {
        const shorter = due(t, { days: a }, o);
        const longer = due(t, { days: a + extra }, o);
        expect(longer.unrolled >= shorter.unrolled).toBe(true);
        expect(longer.due >= shorter.due).toBe(true);
      }),
    );
  });

  test('a longer period never ends earlier (in months)', () => {
    fc.assert(
      fc.property(trigger, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }), options, (t, a, extra, o) => {
        const shorter = due(t, { months: a }, o);
        const longer = due(t, { months: a + extra }, o);
        expect(longer.unrolled >= shorter.unrolled).toBe(true);
        expect(longer.due >= shorter.due).toBe(true);
      }),
    );
  });

  test('without roll-forward the due date is the unrolled last day', () => {
    fc.assert(
      fc.property(trigger, length, fc.boolean(), (t, l, w) => {
        const r = due(t, l, { rollForward: false, weekendsAreRestDays: w, noRollBasis: 'detainedDefendant' });
        expect(r.due).toBe(r.unrolled);
      }),
    );
  });
});

const deduction: fc.Arbitrary<Deduction> = fc
  .tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 60 }), fc.boolean(), fc.constantFrom('appraisal', 'publicNotice', 'suspension', 'settlement') as fc.Arbitrary<Deduction['kind']>)
  .map(([start, span, open, kind]) => ({ kind, startsOn: fromDayNumber(toDayNumber('2025-03-01') + start), endsOn: open ? null : fromDayNumber(toDayNumber('2025-03-01') + start + span) }));
const today = dateIn('2025-03-01', '2025-09-30');

describe('deductions', () => {
  test('adding a deduction never moves the 审限 earlier', () => {
    fc.assert(
      fc.property(fc.array(deduction, { maxLength: 4 }), deduction, today, fc.boolean(), (list, more, t, roll) => {
        const run = (deductions: Deduction[]) =>
          effectiveTrialLimit({ acceptedOn: '2025-03-01', procedure: 'civilOrdinary', extensions: [], deductions, today: t, calendar, options: { rollForward: roll, weekendsAreRestDays: true } });
        expect(run([...list, more]).due! >= run(list).due!).toBe(true);
      }),
    );
  });

  test('the days deducted are at most the sum of the intervals and at least the longest one', () => {
    fc.assert(
      fc.property(fc.array(deduction, { maxLength: 6 }), today, (list, t) => {
        const lengths = deductionIntervals(list, t).map(([a, b]) => b - a + 1);
        const total = deductedDays(list, t);
        expect(total).toBeLessThanOrEqual(lengths.reduce((s, n) => s + n, 0));
        expect(total).toBeGreaterThanOrEqual(Math.max(0, ...lengths));
      }),
    );
  });

  test('the days deducted do not depend on the order the deductions were recorded in', () => {
    fc.assert(
      fc.property(fc.array(deduction, { maxLength: 6 }), today, (list, t) => {
        expect(deductedDays([...list].reverse(), t)).toBe(deductedDays(list, t));
      }),
    );
  });
});
