// 财保 rules from rules.md §2.5 and §4.3: security before suit (CPL-2023 art 104), the fee (FEE art 14(2)), lifting.
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../../../test/support/refusal';
import { checkPreservationApplication, mustBeLifted, preservationFee } from './preservationApplication';

describe('the application (CPL-2023 art 104; CPL-Interp art 152)', () => {
  test.each([
    ['security equal to the amount', { stage: 'preSuit', amountFen: 10_000_000n, security: { kind: 'cash', amountFen: 10_000_000n } }, null],
    ['no security before suit', { stage: 'preSuit', amountFen: 10_000_000n, security: null }, 'PRESERVATION_SECURITY_REQUIRED'],
    ['no security before arbitration', { stage: 'preArbitration', amountFen: 10_000_000n, security: null }, 'PRESERVATION_SECURITY_REQUIRED'],
    ['security below the amount', { stage: 'preSuit', amountFen: 10_000_000n, security: { kind: 'guarantee', amountFen: 9_999_999n } }, 'PRESERVATION_SECURITY_INSUFFICIENT'],
    ['no amount', { stage: 'preSuit', amountFen: 0n, security: { kind: 'cash', amountFen: 0n } }, 'PRESERVATION_AMOUNT_INVALID'],
  ] as const)('%s → %s', (_name, facts, code) => {
    expect(refusalCode(() => checkPreservationApplication(facts as Parameters<typeof checkPreservationApplication>[0]))).toBe(code);
  });
});

// FEE art 14(2) (rules.md §4.3): ≤1,000 → 30; to 100,000 → 1% (0.01X + 20); above → 0.5% (0.005X + 520); cap 5,000.
describe('the fee (FEE art 14(2))', () => {
  test.each([
    [50_000n, '30.00'],
    [10_000_000n, '1020.00'],
    [50_000_000n, '3020.00'],
    [89_600_000n, '5000.00'],
    [1_000_000_000n, '5000.00'],
  ])('%d fen preserved → %s yuan', (fen, fee) => {
    expect(preservationFee(fen).total).toBe(fee);
  });
});

describe('应当解除保全 (CPL-2023 art 104)', () => {
  const base = { granted: true, lifted: false, suitRecorded: false, suitDueOn: '2026-04-01' };
  test.each([
    ['on the last day', { ...base, today: '2026-04-01' }, false],
    ['the day after', { ...base, today: '2026-04-02' }, true],
    ['sued in time', { ...base, suitRecorded: true, today: '2026-04-02' }, false],
    ['already lifted', { ...base, lifted: true, today: '2026-04-02' }, false],
    ['not granted', { ...base, granted: false, today: '2026-04-02' }, false],
  ])('%s → %s', (_n, s, expected) => {
    expect(mustBeLifted(s)).toBe(expected);
  });
});
