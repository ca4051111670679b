// Synthetic identities always pass the domain's own validation, for any seed.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateResidentIdNumber, validateUnifiedCreditCode } from '../../domain/identity';
import { syntheticOrganization, syntheticPerson } from './people';
import { seededRng } from './random';

describe('synthetic parties', () => {
  test('ID numbers and credit codes carry valid check characters; names are 2–3 Chinese characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 2004, max: 2026 }), (seed, year) => {
        const rng = seededRng(seed);
        const p = syntheticPerson(rng, year);
        const o = syntheticOrganization(rng, seed % 2 === 0);
        const id = validateResidentIdNumber(p.idNumber, { today: `${year}-12-31` });
        expect(id.ok).toBe(true);
        expect(validateUnifiedCreditCode(o.creditCode).ok).toBe(true);
        expect(p.name).toMatch(/^\p{Script=Han}{2,3}$/u);
        expect(p.phone).toMatch(/^1\d{10}$/u);
      }),
    );
  });

  test('the same seed gives the same people', () => {
    expect(syntheticPerson(seededRng(42), 2025)).toEqual(syntheticPerson(seededRng(42), 2025));
    expect(syntheticPerson(seededRng(42), 2025)).not.toEqual(syntheticPerson(seededRng(43), 2025));
  });
});
