import { describe, expect, test } from 'vitest';
import type { DomainError } from '../errors/domainError';
import { titleEffect, type TitleFacts } from './titleEffect';

const judgment: TitleFacts = { caseType: '民初', closingMethod: 'judgment', rulingKind: null, procedure: 'simple', closedOn: '2026-03-31', appeal: null, appealPeriodDueOn: ['2026-04-15', '2026-04-17'] };
const code = (f: TitleFacts, today: string) => {
  try {
    titleEffect(f, today);
    return 'effective';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('whether the title has taken effect (CPL-2023 arts 158, 171, 182, 165, 100, 206)', () => {
  test('a first-instance judgment: the day after the last party’s appeal period, once it has passed', () => {
    expect(code(judgment, '2026-04-17')).toBe('EXECUTION_TITLE_NOT_EFFECTIVE');
    expect(titleEffect(judgment, '2026-04-18')).toMatchObject({ effectiveOn: '2026-04-18', basis: 'CPL-2023 arts 158, 171' });
  });

  test('not served on every party: not effective', () => {
    expect(code({ ...judgment, appealPeriodDueOn: ['2026-04-15', null] }, '2027-01-01')).toBe('EXECUTION_TITLE_NOT_EFFECTIVE');
    expect(code({ ...judgment, appealPeriodDueOn: [] }, '2027-01-01')).toBe('EXECUTION_TITLE_NOT_EFFECTIVE');
  });

  test('appealed: effective when the appeal is decided, not before', () => {
    expect(code({ ...judgment, appeal: { closedOn: null } }, '2027-01-01')).toBe('EXECUTION_TITLE_NOT_EFFECTIVE');
    expect(titleEffect({ ...judgment, appeal: { closedOn: '2026-08-01' } }, '2027-01-01').effectiveOn).toBe('2026-08-01');
  });

  test('small claims, 调解书, second instance and a confirming ruling take effect at closing', () => {
    expect(titleEffect({ ...judgment, procedure: 'smallClaims', appealPeriodDueOn: [] }, '2026-03-31').basis).toBe('CPL-2023 art 165');
    expect(titleEffect({ ...judgment, closingMethod: 'mediation', appealPeriodDueOn: [] }, '2026-03-31').basis).toBe('CPL-2023 art 100');
    expect(titleEffect({ ...judgment, caseType: '民终', closingMethod: 'judgment' }, '2026-03-31').basis).toBe('CPL-2023 art 182');
    expect(titleEffect({ ...judgment, caseType: '民特', confirmed: true }, '2026-03-31').basis).toBe('CPL-2023 art 206');
  });

  test('nothing to execute: a withdrawal, a dismissing ruling, a dismissed confirmation, an open case', () => {
    expect(code({ ...judgment, closingMethod: 'withdrawal' }, '2027-01-01')).toBe('EXECUTION_TITLE_NOT_ENFORCEABLE');
    expect(code({ ...judgment, closingMethod: 'ruling', rulingKind: 'dismissal' }, '2027-01-01')).toBe('EXECUTION_TITLE_NOT_ENFORCEABLE');
    expect(code({ ...judgment, caseType: '民特', confirmed: false }, '2027-01-01')).toBe('EXECUTION_TITLE_NOT_ENFORCEABLE');
    expect(code({ ...judgment, closedOn: null }, '2027-01-01')).toBe('EXECUTION_TITLE_NOT_EFFECTIVE');
  });

  test('a payment order: effective the day after the debtors’ 15 days (CPL-2023 art 227); not one that never took effect', () => {
    const order = { ...judgment, caseType: '民督', closingMethod: 'ruling', appealPeriodDueOn: [] };
    expect(titleEffect({ ...order, paymentOrderEffectiveOn: '2026-04-01' }, '2026-04-02')).toMatchObject({ effectiveOn: '2026-04-01', basis: 'CPL-2023 art 227' });
    expect(code({ ...order, paymentOrderEffectiveOn: null }, '2027-01-01')).toBe('EXECUTION_TITLE_NOT_ENFORCEABLE');
  });
});
