// ONLINE-MED art 26: appraisal time is not counted in the pre-litigation mediation period — the deductions of the
// 审限 (TL-2000 art 9) applied to the period of ONLINE-MED art 24.
import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { buildWorkCalendar, calendarFromHolidayFile } from '../calendar/workCalendar';
import { computeDueDate, traceText, type Deduction } from '../clock';
import { MEDIATION_PERIOD_DAYS } from './mediationPeriod';

const calendar = buildWorkCalendar(calendarFromHolidayFile(data));
const accepted = { 'zh-CN': '调解员确认接受委派', en: 'the mediator accepted the entrustment' };
const appraisal = (startsOn: string, endsOn: string | null): Deduction => ({ kind: 'mediationAppraisal', startsOn, endsOn });

const mediationDue = (deductions: Deduction[], today: string) =>
  computeDueDate({
    trigger: '2026-03-03',
    triggerFact: accepted,
    triggerSource: 'ONLINE-MED art 24',
    length: { days: MEDIATION_PERIOD_DAYS.preFiling },
    calendar,
    options: { rollForward: true, weekendsAreRestDays: true },
    deductions: { items: deductions, today },
  });

describe('appraisal is not counted in the mediation period (ONLINE-MED art 26)', () => {
  test.each([
    ['no appraisal', [], '2026-03-20', '2026-04-02'],
    ['4 days of appraisal (both ends counted)', [appraisal('2026-03-10', '2026-03-13')], '2026-03-20', '2026-04-07'],
    ['one day', [appraisal('2026-03-10', '2026-03-10')], '2026-03-20', '2026-04-03'],
    ['still running: counted to today', [appraisal('2026-03-10', null)], '2026-03-11', '2026-04-07'],
    ['not yet begun: nothing', [appraisal('2026-03-25', null)], '2026-03-20', '2026-04-02'],
    ['two appraisals overlapping: each day once', [appraisal('2026-03-10', '2026-03-14'), appraisal('2026-03-12', '2026-03-16')], '2026-03-20', '2026-04-09'],
  ])('%s → %s', (_, deductions, today, due) => {
    expect(mediationDue(deductions, today).due).toBe(due);
  });

  test('the derivation names the days not counted and the rule', () => {
    const r = mediationDue([appraisal('2026-03-10', '2026-03-13')], '2026-03-20');
    expect(traceText(r.trace, 'zh-CN')).toContain('不计入期间4日（诉前鉴定期间）→ 2026-04-06（《人民法院在线调解规则》第二十六条）');
    expect(traceText(r.trace, 'en')).toContain('4 days not counted (appraisal during pre-litigation mediation)');
  });
});
