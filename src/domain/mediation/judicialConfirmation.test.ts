// 司法确认 from rules.md §6.2 (CPL-2023 art 205; CPL-Interp arts 355, 358).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { addDays } from '../calendar/plainDate';
import { buildWorkCalendar, calendarFromHolidayFile } from '../calendar/workCalendar';
import {
  checkConfirmationAdmissible,
  checkConfirmationApplication,
  checkConfirmationRuling,
  inadmissibilityReason,
  confirmationApplicationDue,
  CONFIRMATION_REFUSAL_GROUNDS,
  CONFIRMATION_REFUSAL_GROUND_LABELS,
  INADMISSIBLE_SUBJECTS,
  type InadmissibleSubject,
} from './judicialConfirmation';
import { refusalCode } from '../errors/refusalCode.fixture';

const calendar = buildWorkCalendar(calendarFromHolidayFile(data));
const codeOf = refusalCode;

describe('the 30 days to apply run from the agreement taking effect (CPL-2023 arts 85, 205)', () => {
  test.each([
    // 30 days after 2026-03-02 is 2026-04-01, a Wednesday.
    ['2026-03-02', '2026-04-01'],
    // 2026-09-01 + 30 = 2026-10-01, inside the National Day holiday (10-01 to 10-07): rolls to 2026-10-08.
    ['2026-09-01', '2026-10-08'],
    // 2026-01-04 + 30 = 2026-02-03, a Tuesday.
    ['2026-01-04', '2026-02-03'],
  ])('effective %s → last day %s', (effectiveOn, due) => {
    const d = confirmationApplicationDue(effectiveOn, calendar, true);
    expect(d.due).toBe(due);
    expect(d.trace.map((s) => s['zh-CN']).join(' ')).toContain('申请司法确认期限');
  });

  const base = { agreementPartyIds: [1, 2], signedPartyIds: [1, 2], applicantPartyIds: [1, 2] };
  test('on the last day it is in time; the day after, refused naming art 205 and the last day', () => {
    const due = confirmationApplicationDue('2026-03-02', calendar, true);
    expect(codeOf(() => checkConfirmationApplication({ ...base, appliedOn: '2026-04-01', due }))).toBeNull();
    try {
      checkConfirmationApplication({ ...base, appliedOn: '2026-04-02', due });
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; messages: { 'zh-CN': string } };
      expect(err.code).toBe('CONFIRMATION_OUT_OF_TIME');
      expect(err.messages['zh-CN']).toContain('第二百零五条');
      expect(err.messages['zh-CN']).toContain('2026-04-01');
    }
  });

  test('for any effective date and day of application: in time exactly up to the (rolled) last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 60 }), (offset, after) => {
        const effectiveOn = addDays('2025-01-01', offset);
        const due = confirmationApplicationDue(effectiveOn, calendar, true);
        const appliedOn = addDays(effectiveOn, after);
        const refused = codeOf(() => checkConfirmationApplication({ ...base, appliedOn, due })) === 'CONFIRMATION_OUT_OF_TIME';
        expect(refused).toBe(appliedOn > due.due);
        expect(due.due >= addDays(effectiveOn, 30)).toBe(true);
      }),
    );
  });

  test.each([
    ['signed by one party only', { signedPartyIds: [1] }, 'AGREEMENT_NOT_SIGNED_BY_ALL'],
    ['applied for by one party only', { applicantPartyIds: [2] }, 'CONFIRMATION_NOT_JOINT'],
    ['signed and applied for by both', {}, null],
  ])('%s', (_, over, expected) => {
    const due = confirmationApplicationDue('2026-03-02', calendar, true);
    expect(codeOf(() => checkConfirmationApplication({ ...base, ...over, appliedOn: '2026-03-10', due }))).toBe(expected);
  });

  test('the joint-application refusal cites the article in Chinese', () => {
    const due = confirmationApplicationDue('2026-03-02', calendar, true);
    try {
      checkConfirmationApplication({ ...base, applicantPartyIds: [2], appliedOn: '2026-03-10', due });
      expect.unreachable();
    } catch (e) {
      expect((e as { messages: { 'zh-CN': string } }).messages['zh-CN']).toContain('（《民事诉讼法》第二百零五条）');
    }
  });
});

describe('what cannot be confirmed (CPL-Interp art 355)', () => {
  test.each<[InadmissibleSubject[], string | null]>([
    [[], null],
    [['statusRelation'], 'CONFIRMATION_INADMISSIBLE'],
    [['realRightOwnership'], 'CONFIRMATION_INADMISSIBLE'],
    [['ipOwnership', 'outsideJurisdiction'], 'CONFIRMATION_INADMISSIBLE'],
  ])('%j → %s', (subjects, expected) => {
    expect(codeOf(() => checkConfirmationAdmissible(subjects))).toBe(expected);
  });

  test('the refusal names every subject found', () => {
    try {
      checkConfirmationAdmissible([...INADMISSIBLE_SUBJECTS]);
      expect.unreachable();
    } catch (e) {
      const zh = (e as { messages: { 'zh-CN': string } }).messages['zh-CN'];
      for (const s of ['身份关系', '物权归属', '知识产权归属', '破产程序', '受理范围']) expect(zh).toContain(s);
      expect(zh).toContain('第三百五十五条');
    }
  });

  test('the grounds of refusal are those of art 358, each labelled in both languages', () => {
    expect(CONFIRMATION_REFUSAL_GROUNDS).toHaveLength(6);
    for (const g of CONFIRMATION_REFUSAL_GROUNDS) {
      expect(CONFIRMATION_REFUSAL_GROUND_LABELS[g]['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(CONFIRMATION_REFUSAL_GROUND_LABELS[g].en.length).toBeGreaterThan(5);
    }
  });
});

describe('the ruling on an application (CPL-Interp art 358)', () => {
  test('a dismissal names its grounds; a confirmation needs none', () => {
    expect(() => checkConfirmationRuling('confirm', undefined)).not.toThrow();
    expect(() => checkConfirmationRuling('dismiss', ['notVoluntary'])).not.toThrow();
    for (const g of [undefined, []]) expect(() => checkConfirmationRuling('dismiss', g)).toThrow(expect.objectContaining({ code: 'CONFIRMATION_DISMISSAL_GROUNDS_REQUIRED' }));
  });

  test('a refusal at filing lists every inadmissible subject with art 355', () => {
    const r = inadmissibilityReason(['statusRelation', 'ipOwnership']);
    expect(r['zh-CN']).toContain('身份关系');
    expect(r['zh-CN']).toContain('知识产权');
    expect(r['zh-CN']).toContain('第三百五十五条');
  });
});
