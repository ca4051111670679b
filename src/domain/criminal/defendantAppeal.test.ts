// A defendant's own appeal: the day it counts as lodged, in time or not (CrPL arts 105, 227, 230), and the defender's consent.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../errors/refusalCode.fixture';
import { appealLodgedOn, checkAppealInTime, checkAppealReceipt, checkDefenderConsent, checkProtestInTime } from './defendantAppeal';

describe('the day the appeal counts as lodged', () => {
  test.each([
    ['received by the court', { receivedOn: '2026-03-16' }, '2026-03-16'],
    ['through the 看守所', { receivedOn: '2026-03-16', detentionCentre: { name: '长春市看守所', receivedOn: '2026-03-13' } }, '2026-03-13'],
  ])('%s', (_, r, day) => expect(appealLodgedOn(r)).toBe(day));
});

describe('receipt dates', () => {
  test.each([
    ['today', { receivedOn: '2026-03-16' }, null],
    ['tomorrow', { receivedOn: '2026-03-17' }, 'APPEAL_RECEIVED_IN_FUTURE'],
    ['the 看守所 before the court', { receivedOn: '2026-03-16', detentionCentre: { name: '看守所', receivedOn: '2026-03-12' } }, null],
    ['the 看守所 after the court', { receivedOn: '2026-03-12', detentionCentre: { name: '看守所', receivedOn: '2026-03-13' } }, 'DETENTION_CENTRE_DATE_INVALID'],
  ])('%s', (_, r, code) => expect(refusalCode(() => checkAppealReceipt(r, '2026-03-16'))).toBe(code));
});

describe('CrPL art 230: in time', () => {
  test.each([
    ['on the last day', '2026-03-13', '2026-03-13', null],
    ['a day late', '2026-03-14', '2026-03-13', 'APPEAL_PERIOD_EXPIRED'],
    ['before service (no period yet)', '2026-03-20', null, null],
  ])('%s', (_, lodgedOn, dueOn, code) => expect(refusalCode(() => checkAppealInTime(lodgedOn, [{ name: '赵某', dueOn }]))).toBe(code));

  test('late for one defendant of several is refused, naming that one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 28 }), (lodged, due) => {
        const d = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
        const code = refusalCode(() => checkAppealInTime(d(lodged), [{ name: '甲', dueOn: '2026-03-28' }, { name: '乙', dueOn: d(due) }]));
        expect(code).toBe(lodged > due ? 'APPEAL_PERIOD_EXPIRED' : null);
      }),
    );
  });
});

describe("CrPL art 227 para 1: the defender's appeal", () => {
  test.each([
    [true, true, null],
    [true, undefined, 'DEFENDANT_CONSENT_REQUIRED'],
    [true, false, 'DEFENDANT_CONSENT_REQUIRED'],
    [false, undefined, null],
  ])('defender %s, consent %s', (isDefender, consent, code) => expect(refusalCode(() => checkDefenderConsent(isDefender, consent))).toBe(code));
});

describe("CrPL art 230: the procuratorate's protest", () => {
  // Judged 2026-03-02; received 2026-03-03, the 10 days end 2026-03-13 (counted by the clock).
  test.each([
    ['on the last day', '2026-03-03', '2026-03-13', '2026-03-13', null],
    ['a day late', '2026-03-03', '2026-03-13', '2026-03-14', 'PROTEST_PERIOD_EXPIRED'],
    ['received the day of the judgment', '2026-03-02', '2026-03-12', '2026-03-05', null],
    ['received before the judgment', '2026-03-01', '2026-03-11', '2026-03-05', 'JUDGMENT_RECEIPT_DATE_INVALID'],
    ['received after today', '2026-03-06', '2026-03-16', '2026-03-05', 'JUDGMENT_RECEIPT_DATE_INVALID'],
  ])('%s', (_, receivedOn, dueOn, today, code) => expect(refusalCode(() => checkProtestInTime(receivedOn, '2026-03-02', dueOn, today))).toBe(code));

  test('in time exactly up to the due day, whatever the days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 12, max: 28 }), fc.integer({ min: 2, max: 28 }), (received, due, today) => {
        const d = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
        const code = refusalCode(() => checkProtestInTime(d(received), '2026-03-02', d(due), d(today)));
        expect(code).toBe(received > today ? 'JUDGMENT_RECEIPT_DATE_INVALID' : today > due ? 'PROTEST_PERIOD_EXPIRED' : null);
      }),
    );
  });
});
