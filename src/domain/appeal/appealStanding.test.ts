import { describe, expect, test } from 'vitest';
import { appealStandings, type PartyStanding } from './appealStanding';

const parties: PartyStanding[] = [
  { partyId: 1, standing: 'plaintiff' },
  { partyId: 2, standing: 'plaintiff' },
  { partyId: 3, standing: 'defendant' },
  { partyId: 4, standing: 'thirdParty' },
];

describe('standing on appeal (CPL-Interp arts 315, 317)', () => {
  test.each([
    ['the defendant appeals', [3], { 1: 'appellee', 2: 'appellee', 3: 'appellant', 4: 'originalThirdParty' }],
    ['one plaintiff appeals', [1], { 1: 'appellant', 2: 'originalPlaintiff', 3: 'appellee', 4: 'originalThirdParty' }],
    // The defendant's appeal makes the plaintiff who did not appeal an appellee.
    ['both sides appeal', [1, 3], { 1: 'appellant', 2: 'appellee', 3: 'appellant', 4: 'originalThirdParty' }],
    ['the third party appeals', [4], { 1: 'originalPlaintiff', 2: 'originalPlaintiff', 3: 'originalDefendant', 4: 'appellant' }],
  ])('%s', (_what, appellants, expected) => {
    expect(Object.fromEntries(appealStandings(parties, appellants))).toEqual(expected);
  });

  test('every party gets exactly one standing and appellants are exactly those who appealed', () => {
    const s = appealStandings(parties, [2, 3]);
    expect(s.size).toBe(parties.length);
    expect([...s].filter(([, v]) => v === 'appellant').map(([k]) => k)).toEqual([2, 3]);
  });
});
