import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { buildWorkCalendar, calendarFromHolidayFile } from '../calendar/workCalendar';
import { DomainError } from '../errors/domainError';
import type { CalendarLength } from './periodArithmetic';
import { traceText } from './trace';
import {
  checkExtensionApplication,
  deductedDays,
  effectiveTrialLimit,
  nextExtensionStep,
  trialProcedureFor,
  TRIAL_LIMIT_RULES,
  type ApprovedExtension,
  type Deduction,
  type TrialProcedure,
} from './trialLimits';

const calendar = buildWorkCalendar(calendarFromHolidayFile(data));
const noRoll = { rollForward: false, weekendsAreRestDays: true };

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const limit = (procedure: TrialProcedure, acceptedOn: string, more: { extensions?: ApprovedExtension[]; deductions?: Deduction[]; today?: string; options?: typeof noRoll } = {}) =>
  effectiveTrialLimit({ acceptedOn, procedure, extensions: more.extensions ?? [], deductions: more.deductions ?? [], today: more.today ?? acceptedOn, calendar, options: more.options ?? noRoll });

describe('审限 by procedure (rules.md §2.5)', () => {
  test.each<[TrialProcedure, CalendarLength | null, string, string[]]>([
    ['civilOrdinary', { months: 6 }, 'CPL-2023 art 152', ['president 6m', 'higherCourt 3m']],
    ['civilSimple', { months: 3 }, 'CPL-2023 art 164', ['president 1m']],
    ['civilSmallClaims', { months: 2 }, 'CPL-2023 art 168', ['president 1m']],
    ['civilSpecial', { days: 30 }, 'CPL-2023 art 187', ['president 30d']],
    ['civilSecondInstanceJudgment', { months: 3 }, 'CPL-2023 art 183', ['president 3m']],
    ['civilSecondInstanceRuling', { days: 30 }, 'CPL-2023 art 183', ['president 30d']],
    ['civilRetrialReview', { months: 3 }, 'CPL-2023 art 215', ['president 3m']],
    ['civilForeignRelated', null, 'CPL-2023 art 287', []],
    ['adminFirstInstance', { months: 6 }, 'ALL art 81', ['highCourt 3m']],
    ['adminSimple', { days: 45 }, 'ALL art 83', []],
    ['adminSecondInstance', { months: 3 }, 'ALL art 88', ['highCourt 3m']],
    ['criminalFirstInstance', { months: 2 }, 'CrPL art 208', ['president 1m', 'higherCourt 3m', 'supremeCourt 3m']],
    ['criminalSimple', { days: 20 }, 'CrPL art 220', []],
    ['criminalSimpleOver3Years', { days: 45 }, 'CrPL art 220', []],
    ['criminalFastTrack', { days: 10 }, 'CrPL art 225', []],
    ['criminalFastTrackOver1Year', { days: 15 }, 'CrPL art 225', []],
    ['criminalPrivateNotDetained', { months: 6 }, 'CrPL art 212', ['president 3m']],
    ['criminalSecondInstance', { months: 2 }, 'CrPL art 243', ['higherCourt 2m', 'supremeCourt 2m']],
    ['criminalRetrial', { months: 3 }, 'CrPL art 258', ['president 3m']],
    ['execution', { months: 6 }, 'TL-2000 art 5', ['president 3m']],
    ['executionNonLitigation', { months: 3 }, 'TL-2000 art 5', ['president 3m']],
  ])('%s: base %j (%s), extensions %j', (procedure, base, source, steps) => {
    const rule = TRIAL_LIMIT_RULES[procedure];
    expect(rule.procedure).toBe(procedure);
    expect(rule.base).toEqual(base);
    expect(rule.source).toBe(source);
    const short = (l: CalendarLength) => ('days' in l ? `${l.days}d` : 'months' in l ? `${l.months}m` : `${l.years}y`);
    expect(rule.extensions.map((s) => `${s.approver} ${short(s.length)}`)).toEqual(steps);
  });

  test.each<[TrialProcedure, CalendarLength]>([
    ['civilSimple', { months: 4 }],
    ['criminalRetrial', { months: 6 }],
  ])('%s has a ceiling of %j', (procedure, max) => expect(TRIAL_LIMIT_RULES[procedure].maxTotal).toEqual(max));

  test.each<[TrialProcedure, number]>([
    ['civilOrdinary', 15],
    ['adminFirstInstance', 10],
    ['criminalFirstInstance', 15],
    ['execution', 5],
  ])('%s: apply for an extension at least %d days before expiry', (procedure, days) => expect(TRIAL_LIMIT_RULES[procedure].leadDays).toBe(days));
});

describe('which limit applies to a case', () => {
  test.each<[string, string | null, { appealAgainstRuling?: boolean; foreignRelated?: boolean }, TrialProcedure]>([
    ['民初', 'ordinary', {}, 'civilOrdinary'],
    ['民初', 'simple', {}, 'civilSimple'],
    ['民初', 'smallClaims', {}, 'civilSmallClaims'],
    ['民初', 'ordinary', { foreignRelated: true }, 'civilForeignRelated'],
    ['民终', null, {}, 'civilSecondInstanceJudgment'],
    ['民终', 'secondInstance', { appealAgainstRuling: true }, 'civilSecondInstanceRuling'],
    ['民终', null, { foreignRelated: true }, 'civilForeignRelated'],
    ['民特', null, {}, 'civilSpecial'],
    ['民申', null, {}, 'civilRetrialReview'],
    // CPL-Interp art 128: a 民再 takes the limit of the procedure it follows.
    ['民再', 'secondInstance', {}, 'civilSecondInstanceJudgment'],
    ['民再', 'ordinary', {}, 'civilOrdinary'],
    ['行初', 'ordinary', {}, 'adminFirstInstance'],
    ['行初', 'simple', {}, 'adminSimple'],
    ['行终', null, {}, 'adminSecondInstance'],
    ['刑初', 'ordinary', {}, 'criminalFirstInstance'],
    ['刑初', 'privateNotDetained', {}, 'criminalPrivateNotDetained'],
    ['刑初', 'simple', {}, 'criminalSimple'],
    ['刑初', 'simpleOver3Years', {}, 'criminalSimpleOver3Years'],
    ['刑初', 'fastTrack', {}, 'criminalFastTrack'],
    ['刑初', 'fastTrackOver1Year', {}, 'criminalFastTrackOver1Year'],
    ['刑终', null, {}, 'criminalSecondInstance'],
    ['执', null, {}, 'execution'],
  ])('%s / %s %j → %s', (caseType, procedure, opts, expected) => {
    expect(trialProcedureFor(caseType, procedure, opts)).toBe(expected);
  });

  test.each([
    ['民初', null],
    ['民初', 'nonsense'],
    ['刑初', null],
    ['刑初', 'toString'],
    ['认港', null],
  ])('%s / %s is refused', (caseType, procedure) => {
    expect(refusal(() => trialProcedureFor(caseType, procedure)).code).toBe('TRIAL_PROCEDURE_UNKNOWN');
  });
});

describe('the effective 审限 (TL-2000 art 8: from the day after 立案)', () => {
  test('simple procedure registered 2026-03-02 ends 2026-06-02, with a readable derivation', () => {
    const r = limit('civilSimple', '2026-03-02');
    expect(r).toMatchObject({ due: '2026-06-02', baseDue: '2026-06-02', deducted: 0, uncoveredYear: null });
    expect(traceText(r.trace, 'zh-CN')).toBe(
      '立案日：2026-03-02，审限自次日起算（《审限规定》第八条）→ 民事简易程序审限3个月 → 2026-06-02（《民事诉讼法》第一百六十四条）；本期间不适用节假日顺延（设置）',
    );
  });

  test('conversion from simple to ordinary keeps the 立案 start (CPL-Interp art 258)', () => {
    expect(limit('civilSimple', '2026-03-02').due).toBe('2026-06-02');
    expect(limit('civilOrdinary', '2026-03-02', { today: '2026-04-10' }).due).toBe('2026-09-02');
  });

  test('an extension approved under simple procedure does not carry over after conversion', () => {
    const r = limit('civilOrdinary', '2026-03-02', { extensions: [{ length: { months: 1 }, approvedOn: '2026-05-10', approver: 'president', procedure: 'civilSimple' }] });
    expect(r.due).toBe('2026-09-02');
    expect(r.trace[2]!['zh-CN']).toContain('程序转换前批准的延长不再计入');
  });

  test('approved extensions are added in order, each with who approved it, when, and the article', () => {
    const r = limit('civilOrdinary', '2026-03-02', {
      extensions: [
        { length: { months: 6 }, approvedOn: '2026-08-10', approver: 'president' },
        { length: { months: 3 }, approvedOn: '2027-02-08', approver: 'higherCourt' },
      ],
    });
    expect(r).toMatchObject({ baseDue: '2026-09-02', due: '2027-06-02' });
    expect(r.trace[2]).toMatchObject({ 'zh-CN': '本院院长于2026-08-10批准延长6个月 → 2027-03-02（《民事诉讼法》第一百五十二条）', source: 'CPL-2023 art 152' });
    expect(r.trace[3]).toMatchObject({ 'zh-CN': '上级人民法院于2027-02-08批准延长3个月 → 2027-06-02（《审限规定》第二条）', source: 'TL-2000 art 2' });
  });

  test('month spans are added from the start, so a month-end is not lost (08-31 + 3 + 1 months = 12-31)', () => {
    const r = limit('civilSimple', '2025-08-31', { extensions: [{ length: { months: 1 }, approvedOn: '2025-11-10', approver: 'president' }] });
    expect(r).toMatchObject({ baseDue: '2025-11-30', due: '2025-12-31' });
  });

  test('the ceiling of simple procedure holds even if more was recorded', () => {
    const r = limit('civilSimple', '2026-03-02', {
      extensions: [
        { length: { months: 1 }, approvedOn: '2026-05-10', approver: 'president' },
        { length: { months: 1 }, approvedOn: '2026-06-10', approver: 'president' },
      ],
    });
    expect(r.due).toBe('2026-07-02');
    expect(r.trace.some((s) => s['zh-CN'].startsWith('连同延长不得超过4个月'))).toBe(true);
  });

  test('deducted days are added after the extensions and named in the trace', () => {
    const r = limit('civilSimple', '2026-03-02', {
      today: '2026-04-20',
      deductions: [
        { kind: 'appraisal', startsOn: '2026-03-10', endsOn: '2026-03-19' },
        { kind: 'publicNotice', startsOn: '2026-03-15', endsOn: '2026-03-24' },
        { kind: 'suspension', startsOn: '2026-04-11', endsOn: null },
      ],
    });
    expect(r).toMatchObject({ deducted: 25, due: '2026-06-27', baseDue: '2026-06-02' });
    expect(r.trace.at(-2)!['zh-CN']).toBe('扣除审限25日（鉴定期间、公告期间、中止诉讼期间，尚未结束的计至今日）→ 2026-06-27（《民诉法解释》第二百四十三条；《审限规定》第九条第六项；《审限规定》第九条第九项）');
  });

  test('a limit ending on a rest day rolls forward only if the setting says so', () => {
    // 2025-04-01 + 6 months = 2025-10-01, National Day.
    expect(limit('civilOrdinary', '2025-04-01').due).toBe('2025-10-01');
    const rolled = limit('civilOrdinary', '2025-04-01', { options: { rollForward: true, weekendsAreRestDays: true } });
    expect(rolled.due).toBe('2025-10-09');
    expect(rolled.trace.at(-1)!['zh-CN']).toContain('顺延至 2025-10-09');
  });

  test('a foreign-related civil case has no statutory limit (CPL-2023 art 287)', () => {
    const r = limit('civilForeignRelated', '2026-03-02');
    expect(r).toMatchObject({ due: null, baseDue: null });
    expect(r.trace.at(-1)!['zh-CN']).toBe('涉外民事案件不适用审理期限的规定（《民事诉讼法》第二百八十七条）');
  });
});

describe('days not counted (扣除审限, rules.md §2.7)', () => {
  const d = (startsOn: string, endsOn: string | null): Deduction => ({ kind: 'suspension', startsOn, endsOn });
  test.each<[string, Deduction[], string, number]>([
    ['none', [], '2026-05-01', 0],
    ['one day', [d('2026-03-10', '2026-03-10')], '2026-05-01', 1],
    ['ten days, both ends included', [d('2026-03-10', '2026-03-19')], '2026-05-01', 10],
    ['overlapping, counted once', [d('2026-03-10', '2026-03-19'), d('2026-03-15', '2026-03-24')], '2026-05-01', 15],
    ['one inside another', [d('2026-03-01', '2026-03-31'), d('2026-03-10', '2026-03-12')], '2026-05-01', 31],
    ['adjacent', [d('2026-03-10', '2026-03-19'), d('2026-03-20', '2026-03-29')], '2026-05-01', 20],
    ['open, to today', [d('2026-04-11', null)], '2026-04-20', 10],
    ['open, starting today', [d('2026-04-20', null)], '2026-04-20', 1],
    ['starting after today', [d('2026-04-21', '2026-04-30')], '2026-04-20', 0],
    ['begun, with a recorded end after today: counted in full', [d('2026-04-15', '2026-04-30')], '2026-04-20', 16],
    ['open and starting after today', [d('2026-04-21', null)], '2026-04-20', 0],
    ['ending before it starts', [d('2026-04-10', '2026-04-01')], '2026-04-20', 0],
  ])('%s → %d days', (_what, list, today, days) => {
    expect(deductedDays(list, today)).toBe(days);
  });
});

describe('extensions: what comes next, and when one may be sought (EXT-2018 art 1)', () => {
  test('civil ordinary: the president +6 months, then the higher court +3, then none', () => {
    expect(nextExtensionStep('civilOrdinary', 0)).toEqual({ approver: 'president', length: { months: 6 }, source: 'CPL-2023 art 152' });
    expect(nextExtensionStep('civilOrdinary', 1)).toEqual({ approver: 'higherCourt', length: { months: 3 }, source: 'TL-2000 art 2' });
    expect(nextExtensionStep('civilOrdinary', 2)).toBeNull();
  });

  test('criminal first instance ends at the SPC, which may extend again', () => {
    expect(nextExtensionStep('criminalFirstInstance', 2)?.approver).toBe('supremeCourt');
    expect(nextExtensionStep('criminalFirstInstance', 5)?.approver).toBe('supremeCourt');
    expect(nextExtensionStep('civilForeignRelated', 0)).toBeNull();
  });

  test('civil simple: +1 month, then refused with the advice to convert to ordinary procedure', () => {
    const first = checkExtensionApplication({ procedure: 'civilSimple', due: '2026-06-02', today: '2026-05-01', approvedSoFar: 0 });
    expect(first).toEqual({ approver: 'president', length: { months: 1 }, source: 'CPL-2023 art 164' });
    const e = refusal(() => checkExtensionApplication({ procedure: 'civilSimple', due: '2026-07-02', today: '2026-05-01', approvedSoFar: 1 }));
    expect(e.code).toBe('EXTENSION_NOT_AVAILABLE');
    expect(e.messages['zh-CN']).toContain('转为普通程序');
    expect(e.messages.en).toContain('convert the case to the ordinary procedure');
  });

  test('after the higher court’s extension of an ordinary case there is no other', () => {
    expect(refusal(() => checkExtensionApplication({ procedure: 'civilOrdinary', due: '2027-06-02', today: '2027-04-01', approvedSoFar: 2 })).code).toBe('EXTENSION_NOT_AVAILABLE');
    expect(refusal(() => checkExtensionApplication({ procedure: 'adminSimple', due: '2026-04-16', today: '2026-03-10', approvedSoFar: 0 })).messages['zh-CN']).toContain('转为普通程序');
    expect(refusal(() => checkExtensionApplication({ procedure: 'civilForeignRelated', due: '2026-04-16', today: '2026-03-10', approvedSoFar: 0 })).code).toBe('EXTENSION_NOT_AVAILABLE');
  });

  test('after expiry it is refused', () => {
    const e = refusal(() => checkExtensionApplication({ procedure: 'civilSimple', due: '2026-06-02', today: '2026-06-03', approvedSoFar: 0 }));
    expect(e.code).toBe('EXTENSION_AFTER_EXPIRY');
  });

  test.each([
    ['civilSimple', '2026-05-23', undefined, 'EXTENSION_TOO_LATE'], // 10 days left, 15 needed
    ['civilSimple', '2026-05-18', undefined, null], // exactly 15 days left
    ['civilSimple', '2026-06-02', undefined, 'EXTENSION_TOO_LATE'], // the last day itself
    ['civilSimple', '2026-05-23', 10, null], // a court setting of 10 days
    ['adminFirstInstance', '2026-05-23', undefined, null], // administrative: 10 days [U]
    ['execution', '2026-05-28', undefined, null], // execution: 5 days
  ] as const)('%s, today %s, lead %s → %s', (procedure, today, leadDays, code) => {
    const run = () => checkExtensionApplication({ procedure, due: '2026-06-02', today, approvedSoFar: 0, ...(leadDays === undefined ? {} : { leadDays }) });
    if (code === null) expect(run().approver).toBeDefined();
    else {
      const e = refusal(run);
      expect(e.code).toBe(code);
      expect(e.kind).toBe('invalid');
    }
  });

  test('the too-late message says how many days were needed and are left', () => {
    const e = refusal(() => checkExtensionApplication({ procedure: 'civilSimple', due: '2026-06-02', today: '2026-05-23', approvedSoFar: 0 }));
    expect(e.messages['zh-CN']).toBe('延长审限应当在审限届满15日前提出，距届满（2026-06-02）仅剩10日。');
  });
});
