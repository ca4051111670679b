import fc from 'fast-check';
import { expect, test } from 'vitest';
import { heldFundsDeadline } from './payoutDeadline';

const a = (yuan: number, dueOn: string) => ({ amountFen: BigInt(yuan * 100), dueOn });

test.each([
  ['nothing arrived', [], 0, null],
  ['one arrival, nothing paid', [a(100, '2026-02-01')], 0, '2026-02-01'],
  ['one arrival, paid in full', [a(100, '2026-02-01')], 10000, null],
  ['the first paid, the second held', [a(100, '2026-02-01'), a(50, '2026-03-01')], 10000, '2026-03-01'],
  ['the first paid in part: its deadline binds', [a(100, '2026-02-01'), a(50, '2026-03-01')], 9999, '2026-02-01'],
] as const)('%s', (_, arrivals, out, due) => {
  expect(heldFundsDeadline(arrivals, BigInt(out))).toBe(due);
});

test('the deadline is null exactly when everything that arrived has gone out, and otherwise one of the arrivals', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ amountFen: fc.bigInt({ min: 1n, max: 10n ** 9n }), dueOn: fc.constantFrom('2026-01-10', '2026-02-10', '2026-03-10') }), { maxLength: 8 }), fc.bigInt({ min: 0n, max: 10n ** 10n }), (arrivals, out) => {
      const total = arrivals.reduce((s, x) => s + x.amountFen, 0n);
      const due = heldFundsDeadline(arrivals, out);
      expect(due === null).toBe(out >= total);
      if (due !== null) expect(arrivals.map((x) => x.dueOn)).toContain(due);
    }),
  );
});
