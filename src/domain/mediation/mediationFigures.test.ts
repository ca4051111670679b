import fc from 'fast-check';
import { expect, test } from 'vitest';
import { mediationRates } from './mediationFigures';

test('rates are shares of the ended matters; none ended → no rate', () => {
  expect(mediationRates({ settled: 3, failed: 1, withdrawn: 0 })).toEqual({ ended: 4, successRate: 0.75, conversionRate: 0.25 });
  expect(mediationRates({ settled: 0, failed: 0, withdrawn: 0 })).toEqual({ ended: 0, successRate: null, conversionRate: null });
});

test('success and conversion never exceed the whole, and add up with withdrawals', () => {
  fc.assert(
    fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (settled, failed, withdrawn) => {
      const r = mediationRates({ settled, failed, withdrawn });
      if (r.ended === 0) return r.successRate === null;
      return Math.abs(r.successRate! + r.conversionRate! + withdrawn / r.ended - 1) < 1e-9 && r.successRate! <= 1;
    }),
  );
});
