import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { buildWorkCalendar, calendarFromHolidayFile } from '../calendar/workCalendar';
import { DomainError } from '../errors/domainError';
import { calculatePeriod, type CalculatorRequest } from './calculator';
import { traceText } from './trace';

const calendar = buildWorkCalendar(calendarFromHolidayFile(data));
const settings = { weekendsAreRestDays: true };
const calc = (req: CalculatorRequest) => calculatePeriod(req, calendar, settings);

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('the public period calculator', () => {
  test('{"trigger":"2025-09-30","days":15} → 2025-10-15', () => {
    const r = calc({ trigger: '2025-09-30', days: 15 });
    expect(r).toMatchObject({ due: '2025-10-15', unrolled: '2025-10-15', kind: null, length: { days: 15 }, uncoveredYear: null });
    expect(traceText(r.trace, 'zh-CN')).toBe('起算日：2025-09-30 → 次日起算15日 → 2025-10-15；届满日为工作日');
    expect(traceText(r.trace, 'en')).toBe('Trigger date: 2025-09-30 → 15 days counted from the next day → 2025-10-15; the last day is a working day');
  });

  test('{"trigger":"2025-08-31","months":6} → 2026-02-28, the last day of February and a make-up workday', () => {
    const r = calc({ trigger: '2025-08-31', months: 6 });
    expect(r).toMatchObject({ due: '2026-02-28', unrolled: '2026-02-28', length: { months: 6 } });
    expect(traceText(r.trace, 'zh-CN')).toBe('起算日：2025-08-31 → 次日起算6个月 → 2026-02-28（到期月无对应日，以该月末日为届满日，《民法典》第二百零二条）；届满日为工作日（调休上班日）');
  });

  test('a period over National Day rolls forward; for a detained defendant it does not (CrPL art 105)', () => {
    expect(calc({ trigger: '2025-09-16', days: 15 }).due).toBe('2025-10-09');
    const detained = calc({ trigger: '2025-09-16', days: 15, detainedCriminal: true });
    expect(detained.due).toBe('2025-10-01');
    expect(detained.trace.at(-1)!.source).toBe('CrPL art 105');
  });

  test('with weekends as working days a Saturday end stays', () => {
    expect(calculatePeriod({ trigger: '2025-10-11', days: 7 }, calendar, { weekendsAreRestDays: false }).due).toBe('2025-10-18');
    expect(calc({ trigger: '2025-10-11', days: 7 }).due).toBe('2025-10-20');
  });

  test('a kind gives the length and names its trigger and article', () => {
    const r = calc({ trigger: '2025-09-30', kind: 'appealJudgment' });
    expect(r).toMatchObject({ kind: 'appealJudgment', length: { days: 15 }, due: '2025-10-15' });
    expect(traceText(r.trace, 'zh-CN')).toBe('起算事实：2025-09-30 判决书送达 → 上诉期（判决）：次日起算15日 → 2025-10-15（《民事诉讼法》第一百七十一条、第二百八十六条）；届满日为工作日');
    const abroad = calc({ trigger: '2025-09-30', kind: 'appealJudgment', foreignDomicile: true });
    expect(abroad).toMatchObject({ length: { days: 30 }, due: '2025-10-30' });
    expect(calc({ trigger: '2024-01-01', kind: 'publicNoticeService', foreignDomicile: true }).length).toEqual({ days: 60 });
    expect(calc({ trigger: '2023-12-31', kind: 'publicNoticeService', foreignDomicile: true }).length).toEqual({ months: 3 });
  });

  test('a kind counted in working days skips rest days and counts 调休 working days (ONLINE-MED art 10)', () => {
    const r = calc({ trigger: '2026-09-30', kind: 'mediatorDesignation' });
    expect(r).toMatchObject({ kind: 'mediatorDesignation', length: { workingDays: 3 }, due: '2026-10-10' });
    expect(traceText(r.trace, 'zh-CN')).toBe('起算事实：2026-09-30 收到在线调解申请 → 指定调解员：次日起算3个工作日 → 2026-10-10（不计休息日和节假日；《人民法院在线调解规则》第十条）；届满日为工作日（调休上班日）');
  });

  test('a settable kind takes the days', () => {
    expect(calc({ trigger: '2025-09-30', kind: 'evidence', days: 20 })).toMatchObject({ kind: 'evidence', length: { days: 20 } });
    expect(refusal(() => calc({ trigger: '2025-09-30', kind: 'evidence' })).code).toBe('CALC_LENGTH_INVALID');
  });

  test('a period ending in 2027 is flagged as uncovered', () => {
    expect(calc({ trigger: '2026-12-20', days: 15 })).toMatchObject({ due: '2027-01-04', uncoveredYear: 2027 });
  });

  test.each<[string, unknown, string]>([
    ['a 29 February in a common year', { trigger: '2025-02-29', days: 15 }, 'CALC_DATE_INVALID'],
    ['month 13', { trigger: '2025-13-01', days: 15 }, 'CALC_DATE_INVALID'],
    ['an unpadded date', { trigger: '2025-9-30', days: 15 }, 'CALC_DATE_INVALID'],
    ['no date', { days: 15 }, 'CALC_DATE_INVALID'],
    ['a negative length', { trigger: '2025-09-30', days: -3 }, 'CALC_LENGTH_INVALID'],
    ['zero days', { trigger: '2025-09-30', days: 0 }, 'CALC_LENGTH_INVALID'],
    ['a fraction', { trigger: '2025-09-30', days: 1.5 }, 'CALC_LENGTH_INVALID'],
    ['more than 100 years', { trigger: '2025-09-30', months: 1201 }, 'CALC_LENGTH_INVALID'],
    ['more than 100 years of days', { trigger: '2025-09-30', days: 40000 }, 'CALC_LENGTH_INVALID'],
    ['both days and months', { trigger: '2025-09-30', days: 15, months: 1 }, 'CALC_LENGTH_INVALID'],
    ['neither', { trigger: '2025-09-30' }, 'CALC_LENGTH_INVALID'],
    ['a length beside a kind that fixes it', { trigger: '2025-09-30', kind: 'defence', days: 20 }, 'CALC_LENGTH_INVALID'],
    ['an unknown kind', { trigger: '2025-09-30', kind: 'nonsense' }, 'CALC_KIND_UNKNOWN'],
  ])('refuses %s', (_what, req, code) => {
    const e = refusal(() => calc(req as CalculatorRequest));
    expect(e.code).toBe(code);
    expect(e.kind).toBe('invalid');
    expect(e.messages['zh-CN'] && e.messages.en).toBeTruthy();
  });
});
