import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { citationLabel } from '../citations/citations';
import type { PeriodLength } from './periodArithmetic';
import { APPLICATION_PERIOD_KINDS } from './applicationPeriodKinds';
import { CREDIT_PERIOD_KINDS } from './creditPeriodKinds';
import { CRIMINAL_PERIOD_KINDS } from './criminalPeriodKinds';
import { EXECUTION_PERIOD_KINDS } from './executionPeriodKinds';
import { periodLengthFor, periodRuleFor, PERIOD_KINDS, smallClaimsCeiling, type PeriodKind } from './periodKinds';

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('period lengths by kind and by the law in force on the trigger date (rules.md §2.2–2.4, 2.8, 2.9)', () => {
  test.each<[PeriodKind, string, boolean, PeriodLength, string]>([
    ['filingReview', '2025-09-30', false, { days: 7 }, 'CPL-2023 art 126; FILING art 8'],
    ['serveComplaint', '2025-09-30', false, { days: 5 }, 'CPL-2023 art 128'],
    ['defence', '2025-09-30', false, { days: 15 }, 'CPL-2023 arts 128, 285'],
    ['defence', '2025-09-30', true, { days: 30 }, 'CPL-2023 arts 128, 285'],
    ['appealJudgment', '2025-09-30', false, { days: 15 }, 'CPL-2023 arts 171, 286'],
    ['appealJudgment', '2025-09-30', true, { days: 30 }, 'CPL-2023 arts 171, 286'],
    ['appealRuling', '2025-09-30', false, { days: 10 }, 'CPL-2023 arts 171, 286'],
    ['appealRuling', '2025-09-30', true, { days: 30 }, 'CPL-2023 arts 171, 286'],
    ['appelleeDefence', '2025-09-30', false, { days: 15 }, 'CPL-2023 arts 174, 286'],
    ['appelleeDefence', '2025-09-30', true, { days: 30 }, 'CPL-2023 arts 174, 286'],
    ['feePayment', '2025-09-30', false, { days: 7 }, 'FEE art 22'],
    ['judgmentWriting', '2025-09-30', false, { days: 10 }, 'CPL-2023 art 151'],
    ['appealFileTransfer', '2025-09-30', false, { days: 5 }, 'CPL-2023 art 174'],
    ['retrialApplication', '2025-09-30', false, { months: 6 }, 'CPL-2023 art 216'],
    ['executionApplication', '2025-09-30', false, { years: 2 }, 'CPL-2023 art 250'],
    // Pre-litigation mediation and judicial confirmation (rules.md §6).
    ['mediatorDesignation', '2025-09-30', false, { workingDays: 3 }, 'ONLINE-MED art 10'],
    ['mediatorChoice', '2025-09-30', false, { workingDays: 2 }, 'ONLINE-MED art 10'],
    ['entrustmentConfirmation', '2025-09-30', false, { workingDays: 3 }, 'ONLINE-MED art 12'],
    ['preFilingMediation', '2025-09-30', false, { days: 30 }, 'ONLINE-MED art 24'],
    ['mediationRegistration', '2025-09-30', false, { days: 7 }, 'ONLINE-MED art 21'],
    ['confirmationApplication', '2025-09-30', false, { days: 30 }, 'CPL-2023 art 205'],
    // Public notice, domestic: 60 days before 2022-01-01, 30 from then.
    ['publicNoticeService', '2021-12-31', false, { days: 60 }, 'CPL-2017 arts 92, 267'],
    ['publicNoticeService', '2022-01-01', false, { days: 30 }, 'CPL-2021 arts 95, 274'],
    ['publicNoticeService', '2024-01-01', false, { days: 30 }, 'CPL-2023 arts 95, 283'],
    // Public notice abroad: 3 months before 2024-01-01, 60 days from then.
    ['publicNoticeService', '2021-12-31', true, { months: 3 }, 'CPL-2017 arts 92, 267'],
    ['publicNoticeService', '2023-12-31', true, { months: 3 }, 'CPL-2021 arts 95, 274'],
    ['publicNoticeService', '2024-01-01', true, { days: 60 }, 'CPL-2023 arts 95, 283'],
  ])('%s triggered %s (abroad: %s) → %j (%s)', (kind, on, foreignDomicile, length, source) => {
    const r = periodLengthFor(kind, on, { foreignDomicile });
    expect(r.length).toEqual(length);
    expect(r.version.source).toBe(source);
  });

  test('every kind has a label, a trigger, and versions that do not overlap', () => {
    for (const rule of Object.values(PERIOD_KINDS)) {
      expect(rule.label['zh-CN'] && rule.label.en && rule.trigger['zh-CN'] && rule.trigger.en).toBeTruthy();
      rule.versions.forEach((v, i) => {
        const next = rule.versions[i + 1];
        if (next) expect(v.to).toBe(next.from);
        else expect(v.to).toBeUndefined();
        expect(v.sourceLabel).toEqual(citationLabel(v.source));
      });
    }
  });

  test('court-internal periods are marked as the court’s', () => {
    const court = Object.values(PERIOD_KINDS).filter((r) => r.audience === 'court').map((r) => r.kind);
    // The execution, credit, criminal and application (财保, 民督, 民申) kinds are tabled in their own tests.
    const execution: string[] = [...Object.values(EXECUTION_PERIOD_KINDS), ...Object.values(CREDIT_PERIOD_KINDS), ...Object.values(CRIMINAL_PERIOD_KINDS), ...Object.values(APPLICATION_PERIOD_KINDS)].filter((r) => r.audience === 'court').map((r) => r.kind);
    expect(court.filter((k) => !execution.includes(k)).sort()).toEqual(['appealFileTransfer', 'crossRegionForwarding', 'entrustmentConfirmation', 'filingReview', 'judgmentWriting', 'mediationRegistration', 'mediatorDesignation', 'serveComplaint']);
    // The execution kinds are tabled in execution/executionLimits.test.ts; only the two party periods are the parties'.
    expect(Object.values(EXECUTION_PERIOD_KINDS).filter((r) => r.audience === 'party').map((r) => r.kind).sort()).toEqual(['objectionReconsiderationApplication', 'thirdPartyObjectionSuit']);
    // 失信: only the reconsideration application is the party's (DISHONEST art 12).
    expect(Object.values(CREDIT_PERIOD_KINDS).filter((r) => r.audience === 'party').map((r) => r.kind)).toEqual(['dishonestReconsiderationApplication']);
  });

  test('the version label is in Chinese too', () => {
    expect(periodRuleFor('publicNoticeService', '2024-06-01').sourceLabel['zh-CN']).toBe('《民事诉讼法》第九十五条、第二百八十三条');
  });

  test('a trigger before the earliest recorded rule is refused', () => {
    const e = refusal(() => periodRuleFor('publicNoticeService', '2012-12-31'));
    expect(e.code).toBe('PERIOD_RULE_NOT_IN_FORCE');
    expect(e.messages['zh-CN']).toContain('2013-01-01');
  });
});

describe('evidence periods are set by the court within the procedure’s bounds (CPL-Interp arts 99, 266, 275)', () => {
  test.each([
    ['ordinary', 15],
    ['ordinary', 30],
    ['simple', 15],
    ['simple', 1],
    ['smallClaims', 7],
    ['secondInstance', 10],
    [undefined, 20],
  ])('%s: %d days is allowed', (procedure, days) => {
    expect(periodLengthFor('evidence', '2025-09-30', { days, ...(procedure ? { procedure } : {}) }).length).toEqual({ days });
  });

  test.each([
    ['ordinary', 14, '不少于15日'],
    ['simple', 16, '不超过15日'],
    ['smallClaims', 8, '不超过7日'],
    ['secondInstance', 9, '不少于10日'],
    ['ordinary', 15.5, '不少于15日'],
    [undefined, 0, '不少于1日'],
  ])('%s: %d days is refused', (procedure, days, bound) => {
    const e = refusal(() => periodLengthFor('evidence', '2025-09-30', { days, ...(procedure ? { procedure } : {}) }));
    expect(e.code).toBe('PERIOD_LENGTH_OUT_OF_BOUNDS');
    expect(e.messages['zh-CN']).toContain(bound);
    expect(e.messages['zh-CN']).toContain('《民诉法解释》第九十九条、第二百六十六条、第二百七十五条');
    expect(e.messages.en).toContain('SPC Interpretation of the Civil Procedure Law, arts. 99, 266, 275');
  });

  test('without a length it is refused', () => {
    expect(refusal(() => periodLengthFor('evidence', '2025-09-30', {})).code).toBe('PERIOD_LENGTH_REQUIRED');
  });
});

describe('small-claims thresholds (CPL-2023 art 165; rules.md §8.2, §2.9)', () => {
  test.each([
    ['2013-01-01', 0.3, null, 'CPL-2017 art 162'],
    ['2021-12-31', 0.3, null, 'CPL-2017 art 162'],
    ['2022-01-01', 0.5, 2, 'CPL-2021 art 165'],
    ['2024-01-01', 0.5, 2, 'CPL-2023 art 165'],
  ])('filed %s: mandatory ≤%d, opt-in ≤%s', (on, mandatoryShare, optInShare, source) => {
    expect(smallClaimsCeiling(on)).toEqual({ mandatoryShare, optInShare, source });
  });

  test('before the procedure existed it is refused', () => {
    expect(refusal(() => smallClaimsCeiling('2012-12-31')).code).toBe('SMALL_CLAIMS_NOT_IN_FORCE');
  });
});
