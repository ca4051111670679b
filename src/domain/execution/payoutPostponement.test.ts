import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { DomainError } from '../errors/domainError';
import { checkPostponementRequest, POSTPONEMENT_REASON_CODES, type PostponementReason } from './payoutPostponement';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return null;
};

const held = { heldFen: 10000n, dueOn: '2026-03-01' };

test.each([
  ['a listed reason and a later date', { reason: 'thirdPartyObjection', reasonText: null, untilOn: '2026-04-01' }, held, null],
  ['other, written out', { reason: 'other', reasonText: '待法院协调', untilOn: '2026-03-02' }, held, null],
  ['other, blank', { reason: 'other', reasonText: '  ', untilOn: '2026-04-01' }, held, 'POSTPONEMENT_REASON_REQUIRED'],
  ['an unknown reason', { reason: 'weather', reasonText: null, untilOn: '2026-04-01' }, held, 'POSTPONEMENT_REASON_INVALID'],
  ['the same day as the deadline', { reason: 'allocationPending', reasonText: null, untilOn: '2026-03-01' }, held, 'POSTPONEMENT_DATE_NOT_LATER'],
  ['an earlier day', { reason: 'allocationPending', reasonText: null, untilOn: '2026-02-01' }, held, 'POSTPONEMENT_DATE_NOT_LATER'],
  ['nothing held', { reason: 'allocationPending', reasonText: null, untilOn: '2026-04-01' }, { heldFen: 0n, dueOn: null }, 'POSTPONEMENT_NO_FUNDS'],
] as const)('%s', (_, req, h, code) => {
  expect(codeOf(() => checkPostponementRequest({ ...req, reason: req.reason as PostponementReason }, h))).toBe(code);
});

test('a request with funds held and a listed reason is accepted exactly when its date is after the deadline', () => {
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);
  fc.assert(
    fc.property(fc.constantFrom(...POSTPONEMENT_REASON_CODES), day, day, (reason, until, due) => {
      const code = codeOf(() => checkPostponementRequest({ reason, reasonText: '理由', untilOn: until }, { heldFen: 1n, dueOn: due }));
      expect(code === null).toBe(until > due);
    }),
  );
});
