import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { buildWorkCalendar, calendarFromHolidayFile } from '../calendar/workCalendar';
import { traceText } from '../clock/trace';
import { DomainError } from '../errors/domainError';
import { applicationTimeliness, executionApplicationPeriod, type ApplicationPeriodInput } from './applicationPeriod';

const calendar = buildWorkCalendar(calendarFromHolidayFile(data));
const rest = { weekendsAreRestDays: true };
const period = (input: ApplicationPeriodInput) => executionApplicationPeriod(input, calendar, rest);
const why = { 'zh-CN': '申请执行人向被执行人催收', en: 'the applicant demanded payment' };

// CPL-2023 art 250: 2 years; the trigger day is not counted (art 85), so 2 years end on the corresponding date.
describe('the period for applying for execution (CPL-2023 art 250)', () => {
  test.each<[string, ApplicationPeriodInput['terms'], string]>([
    ['a performance period ending 2024-03-10 (a Tuesday two years on)', { kind: 'period', lastDay: '2024-03-10' }, '2026-03-10'],
    ['instalments: from the last instalment, whatever the order given', { kind: 'instalments', lastDays: ['2024-01-31', '2024-06-30', '2024-03-31'] }, '2026-06-30'],
    ['no period: from the day the document took effect', { kind: 'none', effectiveOn: '2024-05-15' }, '2026-05-15'],
    ['ending on National Day 2025: rolled past the holiday of 10-01…10-08 to Thursday 10-09', { kind: 'period', lastDay: '2023-10-01' }, '2025-10-09'],
  ])('%s → %s', (_, terms, due) => {
    expect(period({ terms }).due).toBe(due);
  });

  test('the trace names the rule and the trigger', () => {
    const p = period({ terms: { kind: 'period', lastDay: '2024-03-10' } });
    expect(traceText(p.trace, 'zh-CN')).toContain('起算事实：2024-03-10 法律文书规定的履行期间最后一日（《民事诉讼法》第二百五十条第二款）');
    expect(traceText(p.trace, 'zh-CN')).toContain('申请执行期限：次日起算2年 → 2026-03-10');
  });

  test('an interruption restarts the 2 years from its day (CIVILCODE art 195); one after the end changes nothing', () => {
    // 2024-12-20 + 2 years = Sunday 2026-12-20 → Monday 2026-12-21.
    const p = period({ terms: { kind: 'period', lastDay: '2024-03-10' }, interruptions: [{ on: '2027-01-05', reason: why }, { on: '2024-12-20', reason: why }] });
    expect(p.due).toBe('2026-12-21');
    expect(p.trigger).toBe('2024-12-20');
    expect(traceText(p.trace, 'zh-CN')).toContain('《民法典》第一百九十五条');
    // After the period has run out there is nothing left to interrupt.
    expect(period({ terms: { kind: 'period', lastDay: '2024-03-10' }, interruptions: [{ on: '2026-04-01', reason: why }] }).due).toBe('2026-03-10');
    // A second interruption restarts the restarted period again: 2024-06-15 → 2026-06-15, then 2024-12-20 → 2026-12-21.
    const twice = period({ terms: { kind: 'period', lastDay: '2024-03-10' }, interruptions: [{ on: '2024-12-20', reason: why }, { on: '2024-06-15', reason: why }] });
    expect(twice.due).toBe('2026-12-21');
    expect(twice.trace.filter((s) => s.source === 'CIVILCODE art 195')).toHaveLength(2);
  });

  test('an obstacle in the last 6 months ends the period 6 months after it is removed (CIVILCODE art 194)', () => {
    const obstacle = { 'zh-CN': '不可抗力', en: 'force majeure' };
    // Due 2026-03-10; last 6 months from 2025-09-10. Obstacle 2025-12-01…2026-02-01 → 2026-08-01 (Saturday) → Monday 08-03.
    expect(period({ terms: { kind: 'period', lastDay: '2024-03-10' }, suspensions: [{ from: '2025-12-01', to: '2026-02-01', reason: obstacle }] }).due).toBe('2026-08-03');
    // Removed on 2025-09-01, before the last 6 months: no effect.
    expect(period({ terms: { kind: 'period', lastDay: '2024-03-10' }, suspensions: [{ from: '2025-06-01', to: '2025-09-01', reason: obstacle }] }).due).toBe('2026-03-10');
  });

  test('a late application is a warning for the clerk, not a refusal', () => {
    const p = { due: '2026-03-10' };
    expect(applicationTimeliness(p, '2026-03-10')).toEqual({ isLate: false, daysLate: 0, warning: null });
    const late = applicationTimeliness(p, '2026-03-12');
    expect(late.isLate).toBe(true);
    expect(late.daysLate).toBe(2);
    expect(late.warning!['zh-CN']).toContain('仍应立案');
    expect(late.warning!.en).toContain('2 days late');
  });

  test('invalid dates and empty schedules are refused', () => {
    expect(() => period({ terms: { kind: 'instalments', lastDays: [] } })).toThrow(DomainError);
    expect(() => period({ terms: { kind: 'period', lastDay: '2024-02-30' } })).toThrow(DomainError);
  });
});
