// Case histories in memory: panels spread over the division's judges, timelines that stop at today, appeals that
// reach the court above.
import { describe, expect, test } from 'vitest';
import holidayData from '../../../reference/holidays-cn.json';
import { toDayNumber } from '../../domain/calendar/dayNumber';
import { buildWorkCalendar, calendarFromHolidayFile } from '../../domain/calendar/workCalendar';
import { DEFAULT_CLOCK_SETTINGS } from '../modules/clock/clockSettings';
import { appealCases, firstInstanceCase, newBuffers, type HistoryContext } from './caseHistory';
import type { CourtModel } from './province';
import { seededRng, weightedPicker } from './random';

const judges = Array.from({ length: 10 }, (_, i) => 100 + i);
const court = (id: number, level: CourtModel['level'], parentId: number | null): CourtModel => ({
  id, code: level === 'basic' ? `吉900${id}` : '吉90', name: `court ${id}`, level, parentId, weight: 1, filingClerks: [1], president: 2, rooms: [1, 2], divisions: [{ id: 7, judges }],
});

function province(today: string) {
  const mid = court(10, 'intermediate', null);
  const basic = court(11, 'basic', 10);
  const ctx: HistoryContext = {
    rng: seededRng(5), env: { calendar: buildWorkCalendar(calendarFromHolidayFile(holidayData)), settings: DEFAULT_CLOCK_SETTINGS, today }, todayN: toDayNumber(today), dueMemo: new Map(),
    courts: new Map([[10, mid], [11, basic]]), pickFirstInstanceCourt: weightedPicker([[basic, 1]] as const), pickCause: () => ({ id: 1, name: '民间借贷纠纷' }),
    ids: { case: 1, party: 1, event: 1, period: 1, hearing: 1 }, serials: new Map(), buffers: newBuffers(), appeals: new Map(), counts: { cases: 0, appeals: 0 },
  };
  for (let d = toDayNumber('2025-01-01'); d <= ctx.todayN; d++) {
    for (let i = 0; i < 8; i++) firstInstanceCase(ctx, d);
    appealCases(ctx, d);
  }
  return ctx;
}

describe('synthetic case histories', () => {
  const ctx = province('2026-11-30');
  const cases = ctx.buffers.cases.peek();
  const col = (name: string) => ctx.buffers.cases.columns.indexOf(name);

  test("a division's panels are spread over all its judges", () => {
    const seats = new Map<string, number>();
    for (const [, user] of ctx.buffers.panel.peek()) seats.set(user!, (seats.get(user!) ?? 0) + 1);
    expect(seats.size).toBe(judges.length);
    const counts = [...seats.values()];
    expect(Math.max(...counts) / (counts.reduce((a, b) => a + b, 0) / counts.length)).toBeLessThan(1.3);
  });

  test('nothing happens after today; open cases are recent, old ones closed or archived', () => {
    const at = ctx.buffers.events.columns.indexOf('at');
    expect(ctx.buffers.events.peek().every((e) => e[at]!.slice(0, 10) <= '2026-11-30')).toBe(true);
    const old = cases.filter((c) => c[col('received_on')]! < '2025-06-01');
    expect(old.length).toBeGreaterThan(1000);
    expect(old.every((c) => ['closed', 'archived', 'rejected', 'withdrawn'].includes(c[col('node')]!))).toBe(true);
    expect(cases.some((c) => c[col('node')] === 'submitted')).toBe(true);
  });

  test('appeals are second-instance cases at the court above, linked to a closed first-instance judgment', () => {
    const appeals = cases.filter((c) => c[col('case_type')] === '民终');
    expect(appeals.length).toBeGreaterThan(50);
    const byId = new Map(cases.map((c) => [c[col('id')], c]));
    for (const a of appeals) {
      expect(a[col('court_id')]).toBe('10');
      const origin = byId.get(a[col('origin_case_id')])!;
      expect([origin[col('case_type')], origin[col('closing_method')], origin[col('court_id')]]).toEqual(['民初', 'judgment', '11']);
      expect(origin[col('closed_on')]! < a[col('received_on')]!).toBe(true);
    }
  });
});
