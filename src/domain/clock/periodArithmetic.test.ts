import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { toDayNumber } from '../calendar/dayNumber';
import { addDays } from '../calendar/plainDate';
import { buildWorkCalendar, calendarFromHolidayFile, classifyDay } from '../calendar/workCalendar';
import { addPeriod, addWorkingDays, computeDueDate, traceText, type CalendarLength, type DueDateOptions, type PeriodLength } from './periodArithmetic';

const holidays = calendarFromHolidayFile(data);
const calendar = buildWorkCalendar(holidays);
const party: DueDateOptions = { rollForward: true, weekendsAreRestDays: true };
const served = { 'zh-CN': '电子送达到达', en: 'electronic service arrived' };

const due = (trigger: string, length: PeriodLength, options = party, cal = calendar) =>
  computeDueDate({ trigger, triggerFact: served, triggerSource: '《民诉法解释》第一百三十五条', length, calendar: cal, options });

describe('counting a period (CPL-2023 art 85; CIVILCODE art 202)', () => {
  test.each<[string, CalendarLength, string, boolean]>([
    ['2025-09-30', { days: 15 }, '2025-10-15', false],
    ['2025-12-28', { days: 7 }, '2026-01-04', false],
    ['2025-08-31', { months: 6 }, '2026-02-28', true],
    ['2023-08-31', { months: 6 }, '2024-02-29', true],
    ['2024-01-31', { months: 1 }, '2024-02-29', true],
    ['2025-01-31', { months: 1 }, '2025-02-28', true],
    ['2024-02-29', { years: 1 }, '2025-02-28', true],
    ['2024-02-29', { years: 4 }, '2028-02-29', false],
    ['2025-09-30', { months: 1 }, '2025-10-30', false],
    ['2025-03-15', { years: 2 }, '2027-03-15', false],
    ['2025-09-30', { days: 0 }, '2025-09-30', false],
  ])('%s + %j ends on %s (month-end clamped: %s)', (trigger, length, end, clamped) => {
    expect(addPeriod(trigger, length)).toEqual({ end, monthEndClamped: clamped });
  });

  test('refuses what is not a date or not a length', () => {
    expect(() => addPeriod('2025-02-29', { days: 1 })).toThrow(RangeError);
    expect(() => addPeriod('2025-09-30', { days: -1 })).toThrow(RangeError);
    expect(() => addPeriod('2025-09-30', { months: 1.5 })).toThrow(RangeError);
  });
});

describe('the issue example, verbatim', () => {
  const r = due('2025-09-30', { days: 15 });

  test('2025-09-30 + 15 days is 2025-10-15, a working day', () => {
    expect(r).toMatchObject({ due: '2025-10-15', unrolled: '2025-10-15', uncoveredYear: null });
  });

  test('reads as one line in Chinese and in English', () => {
    expect(traceText(r.trace, 'zh-CN')).toBe('起算事实：2025-09-30 电子送达到达（《民诉法解释》第一百三十五条）→ 次日起算15日 → 2025-10-15；届满日为工作日');
    expect(traceText(r.trace, 'en')).toBe(
      'Trigger: 2025-09-30 electronic service arrived (SPC Interpretation of the Civil Procedure Law, art. 135) → 15 days counted from the next day → 2025-10-15; the last day is a working day',
    );
  });

  test('each step carries its source as a citation key', () => {
    expect(r.trace).toEqual([
      { 'zh-CN': '起算事实：2025-09-30 电子送达到达（《民诉法解释》第一百三十五条）', en: 'Trigger: 2025-09-30 electronic service arrived (SPC Interpretation of the Civil Procedure Law, art. 135)', source: 'CPL-Interp art 135' },
      { 'zh-CN': '次日起算15日 → 2025-10-15', en: '15 days counted from the next day → 2025-10-15', source: 'CPL-2023 art 85' },
      { 'zh-CN': '届满日为工作日', en: 'The last day is a working day' },
    ]);
  });

  test('a trigger source given as a key reads the same', () => {
    const k = computeDueDate({ trigger: '2025-09-30', triggerFact: served, triggerSource: 'CPL-Interp art 135', length: { days: 15 }, calendar, options: party });
    expect(k.trace).toEqual(r.trace);
  });
});

describe('the last day on a holiday rolls forward (CPL-2023 art 85 para 3), a 调休 workday does not', () => {
  test.each<[string, PeriodLength, string, string]>([
    // National Day and Mid-Autumn 2025: 10-01..10-08 off; 09-28 (Sun) and 10-11 (Sat) are make-up workdays.
    ['2025-09-16', { days: 15 }, '2025-10-01', '2025-10-09'],
    ['2025-09-23', { days: 15 }, '2025-10-08', '2025-10-09'],
    ['2025-09-13', { days: 15 }, '2025-09-28', '2025-09-28'],
    ['2025-09-26', { days: 15 }, '2025-10-11', '2025-10-11'],
    ['2025-09-27', { days: 15 }, '2025-10-12', '2025-10-13'],
    // Spring Festival 2026: 02-15..02-23 off; 02-14 (Sat) and 02-28 (Sat) are make-up workdays.
    ['2026-02-02', { days: 15 }, '2026-02-17', '2026-02-24'],
    ['2026-02-08', { days: 15 }, '2026-02-23', '2026-02-24'],
    ['2026-01-30', { days: 15 }, '2026-02-14', '2026-02-14'],
    // Spring Festival 2025: 01-28..02-04 off.
    ['2025-01-20', { days: 10 }, '2025-01-30', '2025-02-05'],
    // 6 months from 08-31 end on 2026-02-28: a Saturday, but a make-up workday, so no roll.
    ['2025-08-31', { months: 6 }, '2026-02-28', '2026-02-28'],
    ['2023-08-31', { months: 6 }, '2024-02-29', '2024-02-29'],
    ['2024-01-31', { months: 1 }, '2024-02-29', '2024-02-29'],
    ['2024-02-29', { years: 1 }, '2025-02-28', '2025-02-28'],
    // 2026-04-03 + 30 days = 05-03, in Labour Day 2026 (05-01..05-05).
    ['2026-04-03', { days: 30 }, '2026-05-03', '2026-05-06'],
  ])('from %s, %j: last day %s, due %s', (trigger, length, unrolled, dueOn) => {
    const r = due(trigger, length);
    expect({ unrolled: r.unrolled, due: r.due }).toEqual({ unrolled, due: dueOn });
  });

  test('the roll-forward step names the holiday and the article', () => {
    const r = due('2025-09-16', { days: 15 });
    expect(r.trace[2]).toEqual({
      'zh-CN': '届满日 2025-10-01 为国庆节、中秋节假日，顺延至 2025-10-09（《民事诉讼法》第八十五条第三款）',
      en: 'The last day 2025-10-01 is a public holiday (National Day, Mid-Autumn Festival); the period ends on the next working day, 2025-10-09 (Civil Procedure Law, art. 85, para. 3)',
      source: 'CPL-2023 art 85 para 3',
    });
  });

  test('a month-end step cites CIVILCODE art 202', () => {
    const r = due('2025-08-31', { months: 6 });
    expect(r.trace[1]).toEqual({
      'zh-CN': '次日起算6个月 → 2026-02-28（到期月无对应日，以该月末日为届满日，《民法典》第二百零二条）',
      en: '6 months counted from the next day → 2026-02-28 (the final month has no corresponding day, so the period ends on its last day; Civil Code, art. 202)',
      source: 'CIVILCODE art 202',
    });
    expect(r.trace[2]!['zh-CN']).toBe('届满日为工作日（调休上班日）');
  });

  test('a weekend end rolls to a make-up workday; a holiday end names the holiday', () => {
    // 2025-09-27 is a Saturday; 09-28 is a make-up Sunday.
    const r = due('2025-09-20', { days: 7 });
    expect(r.due).toBe('2025-09-28');
    expect(r.trace[2]!['zh-CN']).toBe('届满日 2025-09-27 为周末，顺延至 2025-09-28（《民事诉讼法》第八十五条第三款）');
    const cny = due('2026-01-31', { days: 14 }); // 02-14 is a make-up workday: no roll
    expect(cny.due).toBe('2026-02-14');
    const sunday = due('2025-01-12', { days: 14 }); // 2025-01-26 is a make-up Sunday
    expect(sunday.due).toBe('2025-01-26');
    const before = due('2025-01-11', { days: 14 }); // Sat 01-25, then make-up Sun 01-26
    expect(before.due).toBe('2025-01-26');
    const mixed = due('2026-01-25', { days: 28 }); // Sun 02-22 inside 春节 (listed off) → 02-24
    expect(mixed.due).toBe('2026-02-24');
    expect(mixed.trace[2]!['zh-CN']).toBe('届满日 2026-02-22 为春节假日，顺延至 2026-02-24（《民事诉讼法》第八十五条第三款）');
  });
});

describe('settings and closures', () => {
  const noWeekends: DueDateOptions = { rollForward: true, weekendsAreRestDays: false };

  test('with weekends as working days a Saturday end does not roll, and the trace says why', () => {
    const r = due('2025-10-11', { days: 7 }, noWeekends); // 2025-10-18 is a Saturday
    expect(r.due).toBe('2025-10-18');
    expect(r.trace[2]!['zh-CN']).toBe('届满日为周末，按本院设置周末不视为休息日，不顺延');
  });

  test('a court closure day rolls even when weekends are working days', () => {
    const cal = buildWorkCalendar({ ...holidays, closures: [{ date: '2026-03-09', reason: '院内停电检修' }] });
    const r = due('2026-03-02', { days: 7 }, noWeekends, cal);
    expect(r.due).toBe('2026-03-10');
    expect(r.trace[2]!['zh-CN']).toBe('届满日 2026-03-09 为法院闭院日（院内停电检修），顺延至 2026-03-10（《民事诉讼法》第八十五条第三款）');
  });

  test('a closure followed by a weekend lists both', () => {
    const cal = buildWorkCalendar({ ...holidays, closures: [{ date: '2026-03-06', reason: '台风' }] });
    const r = due('2026-02-27', { days: 7 }, party, cal);
    expect(r.due).toBe('2026-03-09');
    expect(r.trace[2]!['zh-CN']).toBe('届满日 2026-03-06 为法院闭院日（台风），其后为周末，顺延至 2026-03-09（《民事诉讼法》第八十五条第三款）');
  });

  test('a detained defendant’s period does not roll even on a holiday (CrPL art 105)', () => {
    const r = due('2025-09-16', { days: 15 }, { rollForward: false, weekendsAreRestDays: true, noRollBasis: 'detainedDefendant' });
    expect(r).toMatchObject({ due: '2025-10-01', unrolled: '2025-10-01', uncoveredYear: null });
    expect(r.trace[2]).toMatchObject({ 'zh-CN': '届满日 2025-10-01 为国庆节、中秋节假日，不因节假日顺延（《刑事诉讼法》第一百零五条）', source: 'CrPL art 105' });
  });

  test('a period that does not roll by setting says so', () => {
    const r = due('2025-09-30', { days: 15 }, { rollForward: false, weekendsAreRestDays: true });
    expect(r.trace[2]!['zh-CN']).toBe('本期间不适用节假日顺延（设置）');
  });
});

describe('a last day in a year without a published calendar', () => {
  test('is computed with weekends only, flagged, and explained', () => {
    const r = due('2026-12-20', { days: 15 });
    expect(r).toMatchObject({ due: '2027-01-04', uncoveredYear: 2027 });
    expect(r.trace[2]!['zh-CN']).toContain('2027年国务院节假日安排尚未公布');
    expect(traceText(r.trace, 'en')).toContain('holiday calendar for 2027 is not yet published');
  });

  test('rolling over into an uncovered year is flagged too', () => {
    const cal = buildWorkCalendar({ ...holidays, closures: [{ date: '2026-12-31', reason: '年终盘点' }] });
    const r = due('2026-12-16', { days: 15 }, party, cal);
    expect(r).toMatchObject({ unrolled: '2026-12-31', due: '2027-01-01', uncoveredYear: 2027 });
  });
});

describe('periods in working days (ONLINE-MED arts 10, 12: 工作日)', () => {
  test.each<[string, number, string, string]>([
    ['2026-03-06', 3, '2026-03-11', 'Friday → the weekend is skipped'],
    ['2026-09-30', 3, '2026-10-10', 'National Day skipped; Saturday 10-10 is a 调休 working day'],
    ['2026-02-13', 2, '2026-02-24', 'Saturday 02-14 is worked, then the Spring Festival'],
    ['2025-12-31', 1, '2026-01-04', 'New Year; Sunday 01-04 is worked'],
    ['2026-05-01', 3, '2026-05-08', 'Labour Day'],
  ])('%s + %d working days = %s (%s)', (trigger, n, end) => {
    expect(addWorkingDays(trigger, n, calendar).end).toBe(end);
    const d = computeDueDate({ trigger, triggerFact: served, length: { workingDays: n }, calendar, options: party });
    expect(d.due).toBe(end);
    expect(traceText(d.trace, 'zh-CN')).toContain(`次日起算${n}个工作日 → ${end}（不计休息日和节假日）`);
    expect(traceText(d.trace, 'en')).toContain(`${n} working day`);
  });

  test('a court closure day is not a working day either', () => {
    const closed = buildWorkCalendar({ ...holidays, closures: [{ date: '2026-03-09', reason: '暴雪' }] });
    expect(addWorkingDays('2026-03-06', 1, closed).end).toBe('2026-03-10');
  });

  test('for any trigger and count: the end is a working day with exactly n working days after the trigger', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 10 }), (offset, n) => {
        const trigger = addDays('2025-01-01', offset);
        const { end, skipped } = addWorkingDays(trigger, n, calendar);
        const span = toDayNumber(end) - toDayNumber(trigger);
        expect(span).toBe(n + skipped.length);
        expect(classifyDay(calendar, end, { weekendsAreRestDays: true }).rest).toBe(false);
        expect(skipped.every((s) => s.rest)).toBe(true);
      }),
    );
  });
});
