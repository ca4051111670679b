// The mediation period's extension and the outcomes of mediation (ONLINE-MED arts 21, 24, 25).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkExtensionConsent, MEDIATION_PERIOD_DAYS } from './mediationPeriod';
import { MEDIATION_END_GROUNDS, MEDIATION_END_GROUND_LABELS, mediationOutcome } from './termination';
import { refusalCode } from '../errors/refusalCode.fixture';

const codeOf = refusalCode;

describe('the mediation period (ONLINE-MED art 24)', () => {
  test('30 days before filing; 15 ordinary and 7 simple once registered', () => {
    expect(MEDIATION_PERIOD_DAYS).toEqual({ preFiling: 30, ordinary: 15, simple: 7 });
  });

  test.each([
    ['every party consents', [1, 2, 3], [3, 1, 2], 10, null],
    ['one party has not consented', [1, 2, 3], [1, 2], 10, 'MEDIATION_EXTENSION_NEEDS_EVERY_PARTY'],
    ['a stranger consents', [1, 2], [1, 2, 9], 10, 'MEDIATION_CONSENT_UNKNOWN_PARTY'],
    ['zero days', [1, 2], [1, 2], 0, 'MEDIATION_EXTENSION_INVALID'],
    ['no upper bound', [1, 2], [1, 2], 365, null],
  ])('%s', (_, parties, consenting, days, expected) => {
    expect(codeOf(() => checkExtensionConsent(parties, consenting, days))).toBe(expected);
  });

  test('for any parties and consents: allowed exactly when every party (and only parties) consented', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 6 }), fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 8 }), (parties, consenting) => {
        const ok = parties.every((p) => consenting.includes(p)) && consenting.every((c) => parties.includes(c));
        expect(codeOf(() => checkExtensionConsent(parties, consenting, 15)) === null).toBe(ok);
      }),
    );
  });
});

describe('how mediation ends (ONLINE-MED arts 20, 21, 25)', () => {
  test.each([
    ['agreement', 'success'],
    ['periodExpired', 'failure'],
    ['partyRefusesToContinue', 'failure'],
    ['refusesToSignAgreement', 'failure'],
    ['settledAndWithdrawn', 'withdrawal'],
    ['withdrawn', 'withdrawal'],
  ] as const)('%s → %s', (ground, outcome) => {
    expect(mediationOutcome(ground)).toBe(outcome);
  });

  test('every ground has a label in both languages', () => {
    for (const g of MEDIATION_END_GROUNDS) expect(MEDIATION_END_GROUND_LABELS[g]['zh-CN'].length).toBeGreaterThan(3);
  });
});
