// The parties' joint choice of a mediator (ONLINE-MED art 10), as a table.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../errors/refusalCode.fixture';
import { checkDesignationAwaitsChoice, checkDesignationHonoursChoice, checkMayProposeMediator, jointChoice } from './mediatorChoice';

describe('the joint choice of a mediator (ONLINE-MED art 10)', () => {
  test.each([
    ['both parties named the same mediator', [1, 2], [[1, 7], [2, 7]], 7],
    ['the parties named different mediators', [1, 2], [[1, 7], [2, 8]], null],
    ['one party has named none yet', [1, 2], [[1, 7]], null],
    ['three parties, all the same', [1, 2, 3], [[3, 9], [1, 9], [2, 9]], 9],
    ['a stranger’s name does not make up for a missing party', [1, 2], [[1, 7], [5, 7]], null],
    ['no parties: no choice', [], [], null],
  ] as const)('%s → %s', (_, parties, proposals, expected) => {
    expect(jointChoice(parties, proposals.map(([partyId, mediatorId]) => ({ partyId, mediatorId })))).toBe(expected);
  });

  test('for any proposals: a choice exactly when every party named one and the same mediator', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 }), (parties, picks) => {
        const proposals = parties.map((partyId, i) => ({ partyId, mediatorId: picks[i]! }));
        const same = new Set(proposals.map((p) => p.mediatorId)).size === 1;
        expect(jointChoice(parties, proposals)).toBe(same ? picks[0] : null);
      }),
    );
  });

  test.each([
    ['open, a party proposes', true, [1], null],
    ['the period is over or agreed', false, [1], 'MEDIATOR_CHOICE_CLOSED'],
    ['not a party of the matter', true, [], 'MEDIATOR_CHOICE_NOT_A_PARTY'],
  ] as const)('proposing: %s', (_, open, actorParties, expected) => {
    expect(refusalCode(() => checkMayProposeMediator(open, actorParties))).toBe(expected);
  });

  test.each([
    ['no agreed choice: any mediator', null, 8, null],
    ['no agreed choice: the organisation alone', null, undefined, null],
    ['agreed: the chosen mediator', 7, 7, null],
    ['agreed: another mediator', 7, 8, 'MEDIATOR_CHOSEN_BY_PARTIES'],
    ['agreed: no mediator named', 7, undefined, 'MEDIATOR_CHOSEN_BY_PARTIES'],
  ] as const)('designating: %s', (_, agreed, mediatorId, expected) => {
    expect(refusalCode(() => checkDesignationHonoursChoice(agreed, mediatorId))).toBe(expected);
  });

  test.each([
    ['the parties\' time to choose has ended (or they agreed)', null, undefined, null],
    ['it still runs: a warning to confirm', '2026-03-04', undefined, 'MEDIATOR_CHOICE_RUNNING'],
    ['it still runs, the clerk confirmed', '2026-03-04', true, null],
    ['it still runs, not confirmed', '2026-03-04', false, 'MEDIATOR_CHOICE_RUNNING'],
  ] as const)('designating while the choice runs: %s', (_, dueOn, acknowledged, expected) => {
    expect(refusalCode(() => checkDesignationAwaitsChoice(dueOn, acknowledged))).toBe(expected);
  });
});
