import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { traceText } from '../clock/trace';
import { DomainError } from '../errors/domainError';
import { allocate, type AllocationClaim } from './allocation';

const yuan = (n: number) => BigInt(Math.round(n * 100));
const claim = (id: string, rank: number, amount: number): AllocationClaim => ({ id, rank, claimFen: yuan(amount) });
const sharesOf = (r: ReturnType<typeof allocate>) => Object.fromEntries(r.shares.map((s) => [s.id, s.shareFen]));

describe('allocation among several applicants (参与分配)', () => {
  test('rank 1 in full, then rank 2 pro rata; the odd fen goes to the largest remainder', () => {
    // 10,000: A (rank 1) takes its 3,000, leaving 7,000 for B 6,000 / C 4,000 / D 2,000 (12,000):
    // B 7,000 × 6/12 = 3,500.00; C 7,000 × 4/12 = 2,333.333… → 2,333.33; D 7,000 × 2/12 = 1,166.666… → 1,166.66 + the odd fen.
    const r = allocate(yuan(10_000), [claim('A', 1, 3_000), claim('B', 2, 6_000), claim('C', 2, 4_000), claim('D', 2, 2_000)]);
    expect(sharesOf(r)).toEqual({ A: yuan(3_000), B: yuan(3_500), C: yuan(2_333.33), D: yuan(1_166.67) });
    expect(r.surplusFen).toBe(0n);
    expect(traceText(r.trace, 'zh-CN')).toContain('第1顺位债权合计3000.00元，全额受偿，余7000.00元');
  });

  test('a lower rank gets nothing while a higher one is short', () => {
    const r = allocate(yuan(1_000), [claim('low', 2, 500), claim('high', 1, 4_000)]);
    expect(sharesOf(r)).toEqual({ low: 0n, high: yuan(1_000) });
  });

  test('equal remainders: the fen goes to the claim given first', () => {
    expect(sharesOf(allocate(1n, [claim('x', 1, 10), claim('y', 1, 10), claim('z', 1, 10)]))).toEqual({ x: 1n, y: 0n, z: 0n });
    expect(sharesOf(allocate(2n, [claim('x', 1, 10), claim('y', 1, 10), claim('z', 1, 10)]))).toEqual({ x: 1n, y: 1n, z: 0n });
  });

  test('what is left after every claim is the surplus', () => {
    const r = allocate(yuan(20_000), [claim('A', 1, 10_000), claim('B', 2, 5_000)]);
    expect(r.surplusFen).toBe(yuan(5_000));
  });

  test('duplicate ids, bad ranks and negative amounts are refused', () => {
    expect(() => allocate(1n, [claim('A', 1, 1), claim('A', 2, 1)])).toThrow(DomainError);
    expect(() => allocate(1n, [claim('A', 0, 1)])).toThrow(DomainError);
    expect(() => allocate(-1n, [])).toThrow(DomainError);
  });
});

describe('properties of an allocation', () => {
  const claims = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), rank: fc.integer({ min: 1, max: 4 }), claimFen: fc.bigInt({ min: 0n, max: 10_000_000_00n }) }), { selector: (c) => c.id, maxLength: 12 });
  const amount = fc.bigInt({ min: 0n, max: 50_000_000_00n });

  test('the parts sum exactly to the amount; no one gets more than the claim or less than zero', () => {
    fc.assert(
      fc.property(amount, claims, (a, cs) => {
        const r = allocate(a, cs);
        expect(r.shares.reduce((s, x) => s + x.shareFen, 0n) + r.surplusFen).toBe(a);
        for (const s of r.shares) expect(s.shareFen >= 0n && s.shareFen <= s.claimFen).toBe(true);
        if (r.surplusFen > 0n) for (const s of r.shares) expect(s.shareFen).toBe(s.claimFen);
      }),
    );
  });

  test('a higher rank is paid in full before a lower one gets anything', () => {
    fc.assert(
      fc.property(amount, claims, (a, cs) => {
        const r = allocate(a, cs);
        const short = r.shares.filter((s) => s.shareFen < s.claimFen).map((s) => s.rank);
        if (short.length === 0) return;
        const firstShort = Math.min(...short);
        for (const s of r.shares) if (s.rank > firstShort) expect(s.shareFen).toBe(0n);
      }),
    );
  });

  test('within the rank that runs short, each share is within one fen of its exact pro-rata share', () => {
    fc.assert(
      fc.property(amount, claims, (a, cs) => {
        const r = allocate(a, cs);
        const short = r.shares.filter((s) => s.shareFen < s.claimFen);
        if (short.length === 0) return;
        const rank = Math.min(...short.map((s) => s.rank));
        const group = r.shares.filter((s) => s.rank === rank);
        const pot = group.reduce((s, x) => s + x.shareFen, 0n);
        const total = group.reduce((s, x) => s + x.claimFen, 0n);
        for (const s of group) {
          const exactTimesTotal = pot * s.claimFen;
          const diff = s.shareFen * total - exactTimesTotal;
          expect(diff > -total && diff < total).toBe(true);
        }
      }),
    );
  });
});
