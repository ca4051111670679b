// Age at trial (CrPL art 285), custody intervals, and when counsel must be appointed (CrPL arts 35, 278).
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../errors/refusalCode.fixture';
import { adultFrom, checkCustodyIntervals, isJuvenileAt } from './defendants';
import { isLegalAidRequired, legalAidGrounds, type LegalAidFacts } from './legalAid';

describe('a defendant under 18 at trial is a juvenile (周岁 from the day after the birthday)', () => {
  test.each([
    ['2008-06-15', '2026-06-15', true],
    ['2008-06-15', '2026-06-16', false],
    ['2008-06-15', '2020-01-01', true],
    ['1990-01-01', '2026-06-16', false],
    ['2008-02-29', '2026-02-28', true],
    ['2008-02-29', '2026-03-01', false],
  ])('born %s, tried %s → juvenile %s', (birth, on, expected) => {
    expect(isJuvenileAt(birth, on)).toBe(expected);
  });
  test('a 29 February birthday turns 18 on 1 March in a common year', () => {
    expect(adultFrom('2008-02-29')).toBe('2026-03-01');
  });
});

describe('custody intervals', () => {
  test.each([
    [[{ from: '2026-01-01', to: '2026-02-01' }], null],
    [[{ from: '2026-01-01' }], null],
    [[{ from: '2026-02-01', to: '2026-01-01' }], 'CUSTODY_INTERVAL_INVALID'],
    [[{ from: '2026-12-01' }], 'CUSTODY_INTERVAL_INVALID'],
    [[{ from: '2026-01-01', to: '2026-12-31' }], 'CUSTODY_INTERVAL_INVALID'],
  ])('%j → %s', (intervals, code) => {
    expect(refusalCode(() => checkCustodyIntervals(intervals, '2026-06-01'))).toBe(code);
  });
});

describe('legal aid counsel must be appointed (CrPL arts 35, 278)', () => {
  test.each<[LegalAidFacts, boolean, string[], boolean]>([
    [{}, false, [], false],
    [{ isBlindDeafOrMute: true }, false, ['blindDeafMute'], true],
    [{ isMentallyIll: true }, false, ['mentallyIll'], true],
    [{ mayFaceLifeOrDeath: true }, false, ['lifeOrDeath'], true],
    [{ isJuvenile: true }, false, ['juvenile'], true],
    [{ isJuvenile: true, mayFaceLifeOrDeath: true }, false, ['lifeOrDeath', 'juvenile'], true],
    [{ isJuvenile: true }, true, ['juvenile'], false],
  ])('%j, has counsel %s → %j, required %s', (facts, hasCounsel, grounds, required) => {
    expect(legalAidGrounds(facts)).toEqual(grounds);
    expect(isLegalAidRequired(facts, hasCounsel)).toBe(required);
  });
});
