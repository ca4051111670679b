// A seeded random source for synthetic data: the same seed gives the same province, row for row.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Rng {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [from, to]. */
  int(from: number, to: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A roughly normal value (sum of uniforms), for durations and amounts. */
  normal(mean: number, sd: number): number;
}

export function seededRng(seed: number): Rng {
  const g = xoroshiro128plus(seed);
  const float = () => uniformFloat64(g);
  return {
    float,
    int: (from, to) => uniformInt(g, from, to),
    chance: (p) => float() < p,
    pick: (items) => items[uniformInt(g, 0, items.length - 1)]!,
    normal: (mean, sd) => mean + sd * (float() + float() + float() + float() - 2) * Math.sqrt(3),
  };
}

/** Draws keys by weight in O(log n) (cumulative table and binary search). */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const keys = entries.map((e) => e[0]);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of entries) cumulative.push((total += w));
  return (rng) => {
    const x = rng.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return keys[lo]!;
  };
}
