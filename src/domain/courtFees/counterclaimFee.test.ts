// FEE art 18 (rules.md §4.4): a counterclaim tried with the case pays half the fee on its own claim, halved only once
// when the case is also under simple procedure (CPL-Interp art 206).
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { counterclaimFeeRequest } from './acceptanceFee';
import { calculateFee } from './calculateFee';

const fee = (amountFen: number | null, procedure: string | null) => calculateFee(counterclaimFeeRequest({ amountFen, procedure })).total;

describe('the counterclaim fee', () => {
  // rules.md §4.6 "half" column.
  test.each([
    [5_000_00, 'ordinary', '25.00'],
    [50_000_00, 'ordinary', '525.00'],
    [150_000_00, 'ordinary', '1650.00'],
    [150_000_00, 'simple', '1650.00'],
    [1_000_000_00, 'ordinary', '6900.00'],
    [null, 'ordinary', '25.00'],
  ])('%d fen under %s procedure: %s', (amountFen, procedure, expected) => {
    expect(fee(amountFen, procedure)).toBe(expected);
  });

  test('for any amount it is half the property fee, and simple procedure does not halve it again', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 15 - 1 }), fc.constantFrom('ordinary', 'simple', 'smallClaims'), (amountFen, procedure) => {
        const whole = new Decimal(calculateFee({ kind: 'property', amount: new Decimal(amountFen).div(100).toFixed(2) }).exact);
        const half = calculateFee(counterclaimFeeRequest({ amountFen, procedure }));
        expect(new Decimal(half.exact).equals(whole.div(2))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
