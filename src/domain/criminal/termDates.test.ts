// Term dates with custody credit (CrL arts 41, 44, 47) and the other dates of a sentence (CrL arts 55, 58, 73).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import { addDays } from '../calendar/plainDate';
import { custodyDaysBefore, type CustodyInterval } from './defendants';
import type { Term, TermPunishment } from './sentence';
import { sentenceDates, termDates, termNaturalEnd } from './termDates';

describe('custody days before execution: each day once, both ends included', () => {
  test.each<[string, CustodyInterval[], string, number]>([
    ['one interval', [{ from: '2023-01-05', to: '2023-05-31' }], '2023-06-01', 147],
    ['two intervals', [{ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-02-01', to: '2024-02-05' }], '2024-03-10', 15],
    ['overlapping intervals count once', [{ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-01-05', to: '2024-01-12' }], '2024-03-01', 12],
    ['an interval inside another', [{ from: '2024-01-01', to: '2024-01-31' }, { from: '2024-01-10', to: '2024-01-12' }], '2024-03-01', 31],
    ['still in custody: up to the day before execution', [{ from: '2024-03-01' }], '2024-03-11', 10],
    ['custody after the start is not counted', [{ from: '2024-03-20', to: '2024-03-25' }], '2024-03-11', 0],
    ['one day of arrest and release', [{ from: '2024-02-29', to: '2024-02-29' }], '2024-03-11', 1],
    ['none', [], '2024-03-11', 0],
  ])('%s', (_, intervals, before, expected) => {
    expect(custodyDaysBefore(intervals, before)).toBe(expected);
  });
});

describe('the natural end: the day before the same day months later (that month’s last day when it has none)', () => {
  test.each<[string, Term, string]>([
    ['2023-06-01', { months: 24 }, '2025-05-31'],
    ['2024-01-31', { months: 1 }, '2024-02-29'],
    ['2023-01-31', { months: 1 }, '2023-02-28'],
    ['2024-01-01', { months: 4, days: 15 }, '2024-05-15'],
    ['2024-03-10', { months: 4 }, '2024-07-09'],
  ])('from %s, %j → %s', (start, term, end) => {
    expect(termNaturalEnd(start, term)).toBe(end);
  });
});

describe('term dates with custody credit', () => {
  test.each<[string, TermPunishment, Term, string, CustodyInterval[], number, string | null]>([
    ['有期徒刑 2 years, 147 days in custody (CrL art 47)', 'fixedTerm', { months: 24 }, '2023-06-01', [{ from: '2023-01-05', to: '2023-05-31' }], 147, '2025-01-04'],
    ['拘役 4 months, two intervals of 10 and 5 days (CrL art 44)', 'criminalDetention', { months: 4 }, '2024-03-10', [{ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-02-01', to: '2024-02-05' }], 15, '2024-06-24'],
    ['管制 1 year, 30 days in custody count 60 (CrL art 41)', 'publicSurveillance', { months: 12 }, '2024-05-01', [{ from: '2024-04-01', to: '2024-04-30' }], 60, '2025-03-01'],
    ['管制 3 months, two intervals count double', 'publicSurveillance', { months: 3 }, '2024-05-01', [{ from: '2024-01-01', to: '2024-01-05' }, { from: '2024-03-01', to: '2024-03-10' }], 30, '2024-07-01'],
    ['no custody: the natural end', 'fixedTerm', { months: 6 }, '2024-05-01', [], 0, '2024-10-31'],
    ['custody covers the whole 拘役', 'criminalDetention', { months: 1 }, '2024-03-01', [{ from: '2024-01-01', to: '2024-02-29' }], 60, null],
    ['custody exactly covers the term: served the day before execution', 'criminalDetention', { months: 1 }, '2024-03-01', [{ from: '2024-01-31', to: '2024-02-29' }], 30, '2024-03-01'],
  ])('%s', (_, main, term, start, custody, credited, end) => {
    const r = termDates(main, term, start, custody);
    expect(r.creditedDays).toBe(credited);
    expect(r.endOn).toBe(end);
    expect(r.isServedByCustody).toBe(end === null);
  });
});

describe('the other dates of a sentence', () => {
  test('probation runs from the day the judgment becomes final, without custody credit (CrL art 73)', () => {
    const r = sentenceDates({ main: 'fixedTerm', term: { months: 12 }, probation: { testMonths: 24 } }, { finalOn: '2024-05-20', executionStartOn: '2024-05-20', custody: [{ from: '2024-01-01', to: '2024-02-01' }] });
    expect(r).toEqual({ term: null, probation: { startOn: '2024-05-20', endOn: '2026-05-19' }, politicalRights: null });
  });
  test('deprivation of political rights runs from the day after imprisonment ends (CrL art 58)', () => {
    const r = sentenceDates({ main: 'fixedTerm', term: { months: 24 }, politicalRightsDeprivation: { months: 12 } }, { finalOn: '2023-06-01', executionStartOn: '2023-06-01', custody: [{ from: '2023-01-05', to: '2023-05-31' }] });
    expect(r.term?.endOn).toBe('2025-01-04');
    expect(r.politicalRights).toEqual({ startOn: '2025-01-05', endOn: '2026-01-04' });
  });
  test('with 管制 it runs alongside (CrL art 55)', () => {
    const r = sentenceDates({ main: 'publicSurveillance', term: { months: 6 }, politicalRightsDeprivation: { months: 6 } }, { finalOn: '2024-05-01', executionStartOn: '2024-05-01', custody: [] });
    expect(r.politicalRights).toEqual({ startOn: '2024-05-01', endOn: '2024-10-31' });
  });
  test('life imprisonment has no term dates', () => {
    expect(sentenceDates({ main: 'life', politicalRightsDeprivation: 'life' }, { finalOn: '2024-05-01', executionStartOn: '2024-05-01', custody: [] })).toEqual({ term: null, probation: null, politicalRights: null });
  });
});

describe('properties', () => {
  const date = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
  const interval = fc.tuple(date('2020-01-01', '2024-12-31'), fc.integer({ min: 0, max: 120 })).map(([from, n]): CustodyInterval => ({ from, to: addDays(from, n) }));
  const main = fc.constantFrom<TermPunishment>('publicSurveillance', 'criminalDetention', 'fixedTerm');
  const term = fc.record({ months: fc.integer({ min: 1, max: 300 }), days: fc.integer({ min: 0, max: 29 }) });
  const start = date('2023-01-01', '2025-12-31');

  test('more custody never moves the end later, and the credit is the factor times the days', () => {
    fc.assert(
      fc.property(main, term, start, fc.array(interval, { maxLength: 4 }), interval, (m, t, s, custody, more) => {
        const before = termDates(m, t, s, custody);
        const after = termDates(m, t, s, [...custody, more]);
        expect(after.custodyDays).toBeGreaterThanOrEqual(before.custodyDays);
        if (before.endOn === null) expect(after.endOn).toBeNull();
        else if (after.endOn !== null) expect(after.endOn <= before.endOn).toBe(true);
        expect(after.creditedDays).toBe(after.custodyDays * (m === 'publicSurveillance' ? 2 : 1));
        if (after.endOn) expect(after.endOn).toBe(addDays(after.naturalEndOn, -after.creditedDays));
      }),
    );
  });

  test('the end never precedes the start, and without custody it is the natural end', () => {
    fc.assert(
      fc.property(main, term, start, fc.array(interval, { maxLength: 4 }), (m, t, s, custody) => {
        const r = termDates(m, t, s, custody);
        if (r.endOn) expect(r.endOn >= s).toBe(true);
        expect(termDates(m, t, s, []).endOn).toBe(r.naturalEndOn);
        expect(r.naturalEndOn > s || (t.months === 0 && t.days <= 1)).toBe(true);
      }),
    );
  });
});
