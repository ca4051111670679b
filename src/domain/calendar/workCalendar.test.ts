import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { DomainError } from '../errors/domainError';
import { buildWorkCalendar, calendarFromHolidayFile, classifyDay, firstWorkingDayOnOrAfter } from './workCalendar';

const parsed = calendarFromHolidayFile(data);
const closures = [{ date: '2025-07-15', reason: '台风停止办公' }, { date: '2025-09-28', reason: '院内停电检修' }];
const calendar = buildWorkCalendar({ ...parsed, closures });
const weekends = { weekendsAreRestDays: true };
const noWeekends = { weekendsAreRestDays: false };

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('the State Council calendar from reference/holidays-cn.json', () => {
  test('covers 2004–2026 and reads every dated entry', () => {
    expect(parsed.coveredYears).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i));
    expect(parsed.days).toHaveLength(767);
    expect(parsed.days.map((d) => d.date)).toEqual([...parsed.days.map((d) => d.date)].sort());
  });

  test.each([
    // date, kind, rest with weekends as rest days, name
    ['2025-10-01', 'holiday', true, '国庆节、中秋节'],
    ['2025-10-08', 'holiday', true, '国庆节、中秋节'],
    ['2025-09-28', 'closure', true, '院内停电检修'], // a closure on a make-up Sunday: the court is closed
    ['2025-10-11', 'makeupWorkday', false, '国庆节、中秋节'], // 调休 Saturday
    ['2025-10-12', 'weekend', true, undefined],
    ['2025-10-13', 'workday', false, undefined],
    ['2025-07-15', 'closure', true, '台风停止办公'],
    ['2026-02-15', 'holiday', true, '春节'],
    ['2026-02-14', 'makeupWorkday', false, '春节'],
    ['2026-02-28', 'makeupWorkday', false, '春节'],
    ['2020-02-03', 'makeupWorkday', false, '春节'], // the Monday named in the 2020 extension notice
  ])('%s is a %s day (rest: %s)', (date, kind, rest, name) => {
    const c = classifyDay(calendar, date, weekends);
    expect(c).toMatchObject({ date, kind, rest, covered: true });
    expect(c.name).toBe(name);
  });

  test('a weekend is a rest day only by the setting; holidays and closures always are', () => {
    expect(classifyDay(calendar, '2025-10-12', noWeekends)).toMatchObject({ kind: 'weekend', rest: false });
    expect(classifyDay(calendar, '2025-10-04', noWeekends)).toMatchObject({ kind: 'holiday', rest: true });
    expect(classifyDay(calendar, '2025-07-15', noWeekends)).toMatchObject({ kind: 'closure', rest: true });
  });

  test('a year without a published calendar is uncovered; only weekends and closures are known', () => {
    expect(classifyDay(calendar, '2027-01-01', weekends)).toMatchObject({ kind: 'workday', rest: false, covered: false });
    expect(classifyDay(calendar, '2027-01-02', weekends)).toMatchObject({ kind: 'weekend', rest: true, covered: false });
  });

  test.each([
    ['2025-10-01', '2025-10-09', 8],
    ['2025-10-09', '2025-10-09', 0],
    ['2025-10-11', '2025-10-11', 0],
    ['2026-02-15', '2026-02-24', 9],
    ['2025-09-27', '2025-09-29', 2], // Saturday, then a make-up Sunday the court is closed
  ])('the first working day on or after %s is %s (%d skipped)', (from, to, n) => {
    const r = firstWorkingDayOnOrAfter(calendar, from, weekends);
    expect(r.date).toBe(to);
    expect(r.skipped).toHaveLength(n);
    expect(r.skipped.every((d) => d.rest)).toBe(true);
  });

  test('closures on the same day are kept with both reasons', () => {
    const cal = buildWorkCalendar({ days: [], coveredYears: [], closures: [{ date: '2025-07-15', reason: '台风' }, { date: '2025-07-15', reason: '停电' }] });
    expect(classifyDay(cal, '2025-07-15', weekends).name).toBe('台风；停电');
  });
});

describe('validating an uploaded holiday file', () => {
  const year = (days: unknown[]) => ({ years: { '2027': { days } } });
  const ok = { date: '2027-01-01', off: true, name: '元旦' };

  test('accepts a well-formed year, with extra keys ignored', () => {
    const r = calendarFromHolidayFile({ source: 'x', years: { '2027': { notices: [], days: [ok, { date: '2027-02-06', off: false, name: '春节' }] } } });
    expect(r).toEqual({ coveredYears: [2027], days: [ok, { date: '2027-02-06', off: false, name: '春节' }] });
  });

  test.each([
    ['no years object', { days: [] }, /years/],
    ['an impossible date', year([ok, { date: '2027-02-29', off: true, name: '春节' }]), /entry 2 \(2027-02-29\): not a valid date/],
    ['a badly written date', year([{ date: '2027-1-02', off: true, name: '元旦' }]), /entry 1 \(2027-1-02\): not a valid date/],
    ['a date outside its year', year([ok, { date: '2026-12-31', off: true, name: '元旦' }]), /entry 2 \(2026-12-31\): the date is not in 2027/],
    ['a duplicate date', year([ok, { ...ok, name: '重复' }]), /entry 2 \(2027-01-01\): duplicate date/],
    ['a non-boolean off', year([{ ...ok, off: 'true' }]), /entry 1 \(2027-01-01\): off must be true/],
    ['a missing name', year([{ date: '2027-01-01', off: true }]), /holiday name is missing/],
    ['an empty year', year([]), /year 2027: it lists no dates/],
    ['a year that is not a year', { years: { '27': { days: [ok] } } }, /four digits/],
  ])('refuses %s, naming the first bad entry', (_what, file, message) => {
    const e = refusal(() => calendarFromHolidayFile(file));
    expect(e.code).toBe('CALENDAR_FILE_INVALID');
    expect(e.kind).toBe('invalid');
    expect(e.messages.en).toMatch(message);
    expect(e.messages['zh-CN']).toContain('节假日文件有误');
  });

  test('the Chinese message names the entry too', () => {
    const e = refusal(() => calendarFromHolidayFile(year([ok, { date: '2027-02-30', off: true, name: '春节' }])));
    expect(e.messages['zh-CN']).toBe('节假日文件有误：2027年第2条（2027-02-30）日期无效（应为存在的 YYYY-MM-DD 日期）。请更正后重新上传。');
    expect(e.details).toEqual({ year: '2027', entry: 2, date: '2027-02-30' });
  });
});
