// The periods of 财保, 民督 and 民申 (rules.md §2.5, §2.8), each with its source, and refused before its rule took effect.
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { APPLICATION_PERIOD_KINDS } from './applicationPeriodKinds';
import type { PeriodLength } from './periodArithmetic';
import { periodLengthFor, type PeriodKind } from './periodKinds';

describe('lengths by kind (rules.md §2.5, §2.8)', () => {
  test.each<[PeriodKind, 'party' | 'court', PeriodLength, string]>([
    // CPL-2023 arts 103–104: 48 hours (counted in hours, clock/hourPeriod.ts; 2 days is the date the sweep watches).
    ['preservationRuling', 'court', { days: 2 }, 'CPL-2023 art 104'],
    ['preservationSuit', 'party', { days: 30 }, 'CPL-2023 art 104'],
    ['paymentOrderIssue', 'court', { days: 15 }, 'CPL-2023 art 227'],
    ['paymentOrderObjection', 'party', { days: 15 }, 'CPL-2023 art 227'],
    ['retrialCopyService', 'court', { days: 5 }, 'CPL-2023 art 214'],
    ['retrialOpinion', 'party', { days: 15 }, 'CPL-2023 art 214'],
  ])('%s: %s, %j (%s)', (kind, audience, length, source) => {
    const r = periodLengthFor(kind, '2026-03-02', {});
    expect(r.length).toEqual(length);
    expect(r.version.source).toBe(source);
    expect(APPLICATION_PERIOD_KINDS[kind as keyof typeof APPLICATION_PERIOD_KINDS].audience).toBe(audience);
  });

  test('the 2012 rules are not applied before they took effect (2013-01-01)', () => {
    expect(() => periodLengthFor('preservationSuit', '2012-12-31', {})).toThrow(DomainError);
  });
});
