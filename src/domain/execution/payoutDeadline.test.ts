import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { heldFundsDeadline, postponedDue } from './payoutDeadline';

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

describe('with postponements', () => {
  const arrivals = [
    { amountFen: 10000n, dueOn: '2026-02-01', seq: 11 },
    { amountFen: 5000n, dueOn: '2026-03-01', seq: 14 },
  ];
  test.each([
    ['none: the oldest held binds', [], 0, '2026-02-01'],
    ['covering both, later than both', [{ coversSeq: 14, untilOn: '2026-04-01' }], 0, '2026-04-01'],
    ['covering the first only: the later arrival keeps its own', [{ coversSeq: 11, untilOn: '2026-04-01' }], 0, '2026-03-01'],
    ['covering the first only, before the second', [{ coversSeq: 11, untilOn: '2026-02-15' }], 0, '2026-02-15'],
    ['the first paid out: a postponement of it no longer matters', [{ coversSeq: 11, untilOn: '2026-04-01' }], 10000, '2026-03-01'],
    ['two approved: the later date', [{ coversSeq: 14, untilOn: '2026-04-01' }, { coversSeq: 14, untilOn: '2026-05-01' }], 0, '2026-05-01'],
    ['never earlier than the arrival\'s own', [{ coversSeq: 14, untilOn: '2026-01-01' }], 0, '2026-02-01'],
  ] as const)('%s', (_, postponements, out, due) => {
    expect(heldFundsDeadline(arrivals, BigInt(out), postponements)).toBe(due);
  });

  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);
  const arrivalsArb = fc.array(fc.record({ amountFen: fc.bigInt({ min: 1n, max: 10n ** 6n }), dueOn: day }), { minLength: 1, maxLength: 8 }).map((xs) => xs.map((x, i) => ({ ...x, seq: i + 1 })));
  const postponementsArb = fc.array(fc.record({ coversSeq: fc.integer({ min: 0, max: 9 }), untilOn: day }), { maxLength: 3 });

  test('a postponement never brings a deadline forward, and is null exactly when nothing is held', () => {
    fc.assert(
      fc.property(arrivalsArb, fc.bigInt({ min: 0n, max: 10n ** 7n }), postponementsArb, (xs, out, ps) => {
        const plain = heldFundsDeadline(xs, out);
        const moved = heldFundsDeadline(xs, out, ps);
        expect(moved === null).toBe(plain === null);
        if (plain !== null) expect(moved! >= plain).toBe(true);
      }),
    );
  });

  test('the deadline is the earliest of the held arrivals\' own or postponed deadlines (read independently)', () => {
    fc.assert(
      fc.property(arrivalsArb, fc.bigInt({ min: 0n, max: 10n ** 7n }), postponementsArb, (xs, out, ps) => {
        let before = 0n;
        const dues: string[] = [];
        for (const x of xs) {
          const held = before + x.amountFen > out;
          before += x.amountFen;
          if (!held) continue;
          const covering = ps.filter((p) => p.coversSeq >= x.seq).map((p) => p.untilOn);
          dues.push([x.dueOn, ...covering].sort().at(-1)!);
        }
        expect(heldFundsDeadline(xs, out, ps)).toBe(dues.length ? dues.sort()[0] : null);
      }),
    );
  });

  test('an arrival after the request keeps its own deadline', () => {
    fc.assert(
      fc.property(arrivalsArb, day, (xs, until) => {
        const last = xs.at(-1)!;
        const later = { ...last, seq: last.seq + 1, amountFen: 1n };
        const covering = [{ coversSeq: last.seq, untilOn: until }];
        expect(postponedDue(later, covering)).toBe(later.dueOn);
      }),
    );
  });
});
