// Judicial aid and refunds, row by row from rules.md §4.4 (FEE arts 27, 44–49, 53).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { judicialAidRelief, refundDueOn, type AidFacts } from './feeRelief';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
  return null;
};
const base: AidFacts = { kind: 'reduction', partyKind: 'person', registered: true, dueFen: 330000, today: '2026-03-02' };

describe('judicial aid', () => {
  test.each([
    ['exemption of a person: all that is due', { ...base, kind: 'exemption' }, 330000],
    ['reduction of exactly 30%', { ...base, amountFen: 99000 }, 99000],
    ['reduction of 99.99%', { ...base, amountFen: 329999 }, 329999],
    ['deferral before registration: nothing relieved', { ...base, kind: 'deferral', registered: false, deferUntil: '2026-06-01' }, 0],
  ] as const)('%s', (_, facts, relief) => expect(judicialAidRelief(facts as AidFacts)).toBe(relief));

  test.each([
    ['exemption of an organisation', { ...base, kind: 'exemption', partyKind: 'organization' }, 'AID_EXEMPTION_PERSONS_ONLY'],
    ['reduction below 30%', { ...base, amountFen: 98999 }, 'AID_REDUCTION_OUT_OF_RANGE'],
    ['reduction of everything (an exemption)', { ...base, amountFen: 330000 }, 'AID_REDUCTION_OUT_OF_RANGE'],
    ['relief when nothing is due', { ...base, kind: 'exemption', dueFen: 0 }, 'AID_NOTHING_DUE'],
    ['deferral after registration', { ...base, kind: 'deferral', deferUntil: '2026-06-01' }, 'AID_DEFERRAL_AFTER_REGISTRATION'],
    ['deferral to a past date', { ...base, kind: 'deferral', registered: false, deferUntil: '2026-03-01' }, 'AID_DEFERRAL_DATE'],
  ] as const)('%s is refused', (_, facts, expected) => expect(code(() => judicialAidRelief(facts as AidFacts))).toBe(expected));

  test('any accepted reduction is between 30% and the whole fee', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.integer({ min: 0, max: 10 ** 12 }), (due, amount) => {
        const relief = code(() => judicialAidRelief({ ...base, dueFen: due, amountFen: amount })) === null ? amount : null;
        return relief === null || (relief >= due * 0.3 && relief < due);
      }),
    );
  });
});

describe('refunds', () => {
  test('due within 15 days of the decision (FEE art 53)', () => {
    expect(refundDueOn(165000, 330000, '2026-03-02')).toBe('2026-03-17');
    expect(refundDueOn(330000, 330000, '2026-12-20')).toBe('2027-01-04');
  });
  test.each([[0], [330001], [-5]])('%i fen of 330000 paid is refused', (amount) => expect(code(() => refundDueOn(amount, 330000, '2026-03-02'))).toBe('REFUND_EXCEEDS_PAID'));
});
