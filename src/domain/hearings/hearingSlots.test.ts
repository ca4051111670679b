import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { buildWorkCalendar, calendarFromHolidayFile } from '../calendar/workCalendar';
import { DEFAULT_WORKING_HOURS, lawyerBusyWarning, slotsOverlap, workingTimeWarnings, type Slot } from './hearingSlots';

const calendar = buildWorkCalendar({ ...calendarFromHolidayFile(data), closures: [{ date: '2026-03-04', reason: '院内停电检修' }] });
const at = (day: string, time: string) => Date.parse(`${day}T${time}:00+08:00`);
const slot = (day: string, from: string, to: string): Slot => ({ startsAt: at(day, from), endsAt: at(day, to) });
const opts = { calendar, restDays: { weekendsAreRestDays: true }, hours: DEFAULT_WORKING_HOURS, timeZone: 'Asia/Shanghai' };

describe('two bookings of one room, judge or clerk overlap', () => {
  test.each([
    ['09:00', '10:00', '09:30', '10:30', true],
    ['09:00', '10:00', '10:00', '11:00', false],
    ['09:00', '10:00', '08:00', '09:00', false],
    ['09:00', '12:00', '10:00', '11:00', true],
    ['09:00', '10:00', '09:00', '10:00', true],
  ])('%s–%s against %s–%s: %s', (a1, a2, b1, b2, expected) => {
    expect(slotsOverlap(slot('2026-03-02', a1, a2), slot('2026-03-02', b1, b2))).toBe(expected);
  });

  const arbSlot = fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 500 })).map(([s, len]) => ({ startsAt: s, endsAt: s + len }));
  test('overlap is symmetric, a slot overlaps itself, and touching ends never overlap', () => {
    fc.assert(
      fc.property(arbSlot, arbSlot, (a, b) => {
        expect(slotsOverlap(a, b)).toBe(slotsOverlap(b, a));
        expect(slotsOverlap(a, a)).toBe(true);
        expect(slotsOverlap(a, { startsAt: a.endsAt, endsAt: a.endsAt + 10 })).toBe(false);
        // The rule equals "they share at least one millisecond".
        const shared = Math.min(a.endsAt, b.endsAt) - Math.max(a.startsAt, b.startsAt);
        expect(slotsOverlap(a, b)).toBe(shared > 0);
      }),
    );
  });
});

describe('working time by the court calendar', () => {
  test('a working day inside the window has no warning; the window edges are inside', () => {
    expect(workingTimeWarnings(slot('2026-03-02', '09:00', '11:00'), opts)).toEqual([]);
    expect(workingTimeWarnings(slot('2026-03-02', '08:30', '17:30'), opts)).toEqual([]);
  });

  test.each([
    ['2026-03-02', '08:00', '09:00', ['outsideHours']],
    ['2026-03-02', '17:00', '18:00', ['outsideHours']],
    ['2026-03-02', '23:00', '23:59', ['outsideHours']],
    ['2026-03-07', '09:00', '10:00', ['restDay']],
    ['2026-10-01', '09:00', '10:00', ['restDay']],
    ['2026-03-04', '09:00', '10:00', ['restDay']],
    ['2026-03-07', '19:00', '20:00', ['restDay', 'outsideHours']],
  ])('%s %s–%s warns %j', (day, from, to, kinds) => {
    expect(workingTimeWarnings(slot(day, from, to), opts).map((w) => w.kind)).toEqual(kinds);
  });

  test('a slot running past midnight is outside the window', () => {
    const s = { startsAt: at('2026-03-02', '16:00'), endsAt: at('2026-03-03', '09:00') };
    expect(workingTimeWarnings(s, opts).map((w) => w.kind)).toEqual(['outsideHours']);
  });

  test('a 调休 make-up workday on a weekend is a working day', () => {
    // 2026-02-14 (Saturday) is a make-up workday of the 2026 Spring Festival in reference/holidays-cn.json.
    const listed = calendarFromHolidayFile(data).days.find((d) => !d.off && d.date.startsWith('2026-'))!;
    expect(workingTimeWarnings(slot(listed.date, '09:00', '10:00'), opts)).toEqual([]);
  });

  test('weekends that are not rest days by the setting are not warned about', () => {
    expect(workingTimeWarnings(slot('2026-03-07', '09:00', '10:00'), { ...opts, restDays: { weekendsAreRestDays: false } })).toEqual([]);
  });
});

test("a lawyer's other hearing is described in court time", () => {
  const w = lawyerBusyWarning({ lawyerName: '王律师', caseNumber: '（2026）吉0102民初1号', startsAt: '2026-03-02T01:00:00Z', endsAt: '2026-03-02T02:00:00Z', timeZone: 'Asia/Shanghai' });
  expect(w.kind).toBe('lawyerBusy');
  expect(w.message['zh-CN']).toBe('本案代理人王律师在 2026-03-02 09:00–10:00 另有开庭（（2026）吉0102民初1号）。');
});
