import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseloadWeight, drawJudge, drawPanel, type JudgeCaseload } from './weightedDraw';

/** A seeded generator so the statistical test is repeatable. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const loads = fc.uniqueArray(fc.record({ judgeId: fc.integer({ min: 1, max: 10_000 }), openCases: fc.integer({ min: 0, max: 500 }) }), {
  minLength: 1,
  maxLength: 12,
  selector: (j) => j.judgeId,
});

describe('weighted random assignment', () => {
  test('a fuller docket never weighs more', () => {
    fc.assert(fc.property(fc.nat(1000), fc.nat(1000), (a, b) => (a <= b ? caseloadWeight(a) >= caseloadWeight(b) : true)));
  });

  test('always draws one of the candidates, for any random number', () => {
    fc.assert(
      fc.property(loads, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (cs, r) => {
        expect(cs.map((c) => c.judgeId)).toContain(drawJudge(cs, () => r));
      }),
    );
  });

  test('a panel has distinct judges, all candidates, the requested size', () => {
    fc.assert(
      fc.property(loads, fc.integer({ min: 1, max: 2 ** 31 }), (cs, seed) => {
        const size = Math.min(3, cs.length);
        const panel = drawPanel(cs, size, mulberry32(seed));
        expect(panel).toHaveLength(size);
        expect(new Set(panel).size).toBe(size);
        for (const id of panel) expect(cs.map((c) => c.judgeId)).toContain(id);
      }),
    );
  });

  test('the judge with fewer open cases is drawn more often, in proportion to the weights', () => {
    const cs: JudgeCaseload[] = [
      { judgeId: 1, openCases: 0 },
      { judgeId: 2, openCases: 9 },
    ];
    const rnd = mulberry32(42);
    let first = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) if (drawJudge(cs, rnd) === 1) first++;
    // Weights 1 and 0.1: judge 1 expected 1/1.1 ≈ 90.9 % of draws.
    expect(first / n).toBeGreaterThan(0.89);
    expect(first / n).toBeLessThan(0.93);
  });

  test('refuses impossible draws', () => {
    expect(() => drawJudge([], () => 0.5)).toThrow(RangeError);
    expect(() => drawPanel([{ judgeId: 1, openCases: 0 }], 3, () => 0.5)).toThrow(RangeError);
  });
});
