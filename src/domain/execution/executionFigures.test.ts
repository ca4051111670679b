import fc from 'fast-check';
import { expect, test } from 'vitest';
import { executionRates, paidTowardApplication } from './executionFigures';

const fen = fc.bigInt({ min: 0n, max: 10n ** 12n });

test.each([
  [{ closed: 4, completed: 2, currentRoundEnded: 1, paidFen: 50_000n, appliedFen: 200_000n }, { completionRate: 0.5, currentRoundEndedRate: 0.25, fundsRecoveryRate: 0.25 }],
  [{ closed: 0, completed: 0, currentRoundEnded: 0, paidFen: 0n, appliedFen: 0n }, { completionRate: null, currentRoundEndedRate: null, fundsRecoveryRate: null }],
  [{ closed: 3, completed: 3, currentRoundEnded: 0, paidFen: 0n, appliedFen: 900n }, { completionRate: 1, currentRoundEndedRate: 0, fundsRecoveryRate: 0 }],
])('rates of %o', (input, rates) => {
  expect(executionRates(input)).toEqual(rates);
});

test('a payout above the amount applied for counts up to that amount; nothing paid counts nothing', () => {
  expect(paidTowardApplication(120_00n, 100_00n)).toBe(100_00n);
  expect(paidTowardApplication(30_00n, 100_00n)).toBe(30_00n);
  expect(paidTowardApplication(0n, 100_00n)).toBe(0n);
  expect(paidTowardApplication(50n, 0n)).toBe(0n);
});

test('property: every rate is within [0, 1] or null, never NaN, and null exactly when its denominator is zero', () => {
  const cases = fc.array(fc.record({ paid: fen, applied: fen, method: fc.constantFrom('completed', 'currentRoundEnded', 'terminated', 'cancelled', 'notEnforced', 'applicationRejected') }), { maxLength: 30 });
  fc.assert(
    fc.property(cases, (cs) => {
      const appliedFen = cs.reduce((s, c) => s + c.applied, 0n);
      const paidFen = cs.reduce((s, c) => s + paidTowardApplication(c.paid, c.applied), 0n);
      const r = executionRates({ closed: cs.length, completed: cs.filter((c) => c.method === 'completed').length, currentRoundEnded: cs.filter((c) => c.method === 'currentRoundEnded').length, paidFen, appliedFen });
      for (const x of [r.completionRate, r.currentRoundEndedRate, r.fundsRecoveryRate]) {
        if (x !== null) expect(x >= 0 && x <= 1 && !Number.isNaN(x)).toBe(true);
      }
      expect(r.completionRate === null).toBe(cs.length === 0);
      expect(r.fundsRecoveryRate === null).toBe(appliedFen === 0n);
      expect(paidFen <= appliedFen).toBe(true);
    }),
  );
});

test('property: the rates never exceed 1 whatever the counts (a defensive bound)', () => {
  fc.assert(
    fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), fen, fen, (closed, completed, currentRoundEnded, paidFen, appliedFen) => {
      const r = executionRates({ closed, completed, currentRoundEnded, paidFen, appliedFen });
      for (const x of Object.values(r)) expect(x === null || (x >= 0 && x <= 1)).toBe(true);
    }),
  );
});
