// FEE art 17 (rules.md §4.5): the appeal fee on the appealed part, never more than was in dispute below.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { acceptanceFeeRequest } from '../courtFees/acceptanceFee';
import { calculateFee } from '../courtFees/calculateFee';
import { fenToYuan } from '../money/yuan';
import { appealedPartFen, appealFeeBases } from './appealedPart';
import { refusalCode } from '../errors/refusalCode.fixture';

const codeOf = refusalCode;
const appealFee = (claimFen: bigint, stated?: string) => {
  const fen = appealedPartFen(claimFen, stated);
  return calculateFee(acceptanceFeeRequest({ caseType: '民终', amountFen: fen === null ? null : Number(fen), procedure: 'secondInstance' })).total;
};

describe('the appeal fee on the appealed part (FEE art 17)', () => {
  // rules.md §4.5/§4.6: claim 150,000 appealed for 50,000 → 1,050 (not 3,300); claim 1,000,000 contested for 300,000 → 5,800.
  test.each([
    [15_000_000n, '50000', '1050.00'],
    [15_000_000n, undefined, '3300.00'],
    [100_000_000n, '300000', '5800.00'],
    [100_000_000n, '1000000', '13800.00'],
    [15_000_000n, '5000', '50.00'],
  ])('claim %d fen, appealed part %s: fee %s', (claimFen, stated, fee) => {
    expect(appealFee(claimFen, stated)).toBe(fee);
  });

  test('refuses a part that is zero, above the claim, or stated where nothing was claimed', () => {
    expect(codeOf(() => appealedPartFen(15_000_000n, '0'))).toBe('APPEALED_AMOUNT_INVALID');
    expect(codeOf(() => appealedPartFen(15_000_000n, '150000.01'))).toBe('APPEALED_AMOUNT_EXCEEDS_CLAIM');
    expect(codeOf(() => appealedPartFen(null, '100'))).toBe('APPEALED_AMOUNT_NOT_APPLICABLE');
    expect(appealedPartFen(null, undefined)).toBeNull();
  });

  test('for any claim and any part of it, the appeal fee is the property fee on that part and never above the fee on the whole claim', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.double({ min: 0, max: 1, noNaN: true }), (claimFen, share) => {
        const partFen = BigInt(Math.max(1, Math.floor(Number(claimFen) * share)));
        const part = fenToYuan(partFen > claimFen ? claimFen : partFen);
        const fee = appealFee(claimFen, part);
        expect(fee).toBe(calculateFee({ kind: 'property', amount: part }).total);
        expect(Number(fee)).toBeLessThanOrEqual(Number(appealFee(claimFen)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('both sides appeal (FEE art 22; CPL-Interp art 202)', () => {
  test.each<[string, { side: string; partFen: bigint | null }[], { side: string; partFen: bigint | null }[]]>([
    ['one appellant', [{ side: 'defendant', partFen: 5_000_000n }], [{ side: 'defendant', partFen: 5_000_000n }]],
    ['each side on its own part', [{ side: 'defendant', partFen: 5_000_000n }, { side: 'plaintiff', partFen: 3_000_000n }], [{ side: 'defendant', partFen: 5_000_000n }, { side: 'plaintiff', partFen: 3_000_000n }]],
    ['co-appellants of one side pay once, on the larger part', [{ side: 'defendant', partFen: 2_000_000n }, { side: 'defendant', partFen: 5_000_000n }], [{ side: 'defendant', partFen: 5_000_000n }]],
    ['no amount in dispute', [{ side: 'plaintiff', partFen: null }, { side: 'plaintiff', partFen: null }], [{ side: 'plaintiff', partFen: null }]],
  ])('%s', (_name, appeals, bases) => {
    expect(appealFeeBases(appeals)).toEqual(bases);
  });
});
