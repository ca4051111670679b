// FEE arts 9, 19 (rules.md §4.4): a retrial is free unless ordered on new evidence or sought against an unappealed judgment.
import { describe, expect, test } from 'vitest';
import { calculateFee } from './calculateFee';
import { retrialFeeFor } from './retrialFee';

describe('retrial fee', () => {
  test.each([
    [['wrongLaw'], '民终', 15_000_000, null, null],
    [['newEvidence'], '民终', 15_000_000, '3300.00', 'FEE arts 9, 19'],
    [['wrongLaw'], '民初', 15_000_000, '3300.00', 'FEE art 9'],
    [['newEvidence', 'wrongLaw'], '民初', 100_000_000, '13800.00', 'FEE arts 9, 19'],
    [['factsLackEvidence'], '民初', null, '50.00', 'FEE art 9'],
  ])('grounds %j against a %s judgment of %s fen: %s (%s)', (grounds, originalCaseType, amountFen, fee, source) => {
    const r = retrialFeeFor({ grounds, originalCaseType, amountFen });
    expect(r?.source ?? null).toBe(source);
    expect(r ? calculateFee(r.request).total : null).toBe(fee);
  });
});
