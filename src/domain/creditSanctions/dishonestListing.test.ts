// 失信名单 rules (rules.md §5.5, DISHONEST arts 1–4, 10 [S]) and 限消 (§5.6, CONSUME art 3, CONSUME-2010 art 9).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { buildWorkCalendar, calendarFromHolidayFile } from '../calendar/workCalendar';
import { computeDueDate } from '../clock/periodArithmetic';
import { periodLengthFor } from '../clock/periodKinds';
import { DomainError } from '../errors/domainError';
import { checkRestrictionProposal, RESTRICTION_ITEMS } from './consumptionRestriction';
import { ageOn, birthDateFromIdNumber, checkListingExclusions, deletionGroundForClosing, listingEffectiveOn, listingExpiresOn, listingTermYears, maskIdNumber, type ListingFacts } from './dishonestListing';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return null;
};

describe('the term (DISHONEST art 2 [S]; ground 1 no fixed term [U])', () => {
  test.each<[1 | 2 | 3 | 4 | 5 | 6, number, number | null | string]>([
    [1, 0, null],
    [1, 1, 'CREDIT_AGGRAVATION_NOT_APPLICABLE'],
    [2, 0, 2],
    [3, 1, 3],
    [4, 2, 4],
    [5, 3, 5],
    [6, 0, 2],
    [6, 4, 'CREDIT_AGGRAVATION_INVALID'],
    [2, -1, 'CREDIT_AGGRAVATION_INVALID'],
  ])('ground %d, +%d years → %s', (ground, extra, expected) => {
    if (typeof expected === 'string') expect(code(() => listingTermYears(ground, extra))).toBe(expected);
    else expect(listingTermYears(ground, extra)).toBe(expected);
  });
  test('grounds 2–6 never exceed 5 years', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 3 }), (g, x) => {
      const t = listingTermYears(g as 2, x)!;
      expect(t).toBeGreaterThanOrEqual(2);
      expect(t).toBeLessThanOrEqual(5);
    }));
  });
  test('expiry: the term counted from the day it takes effect; the 失信预告 defers it by the grace period', () => {
    expect(listingExpiresOn('2026-06-01', 2)).toBe('2028-06-01');
    expect(listingExpiresOn('2024-02-29', 2)).toBe('2026-02-28');
    expect(listingExpiresOn('2026-06-01', null)).toBeNull();
    expect(listingEffectiveOn('2026-06-01', true, 10)).toBe('2026-06-11');
    expect(listingEffectiveOn('2026-06-01', false, 10)).toBe('2026-06-01');
  });
});

describe('the exclusions (DISHONEST arts 3, 4)', () => {
  const base: ListingFacts = { ground: 1, debtorKind: 'person', birthDate: '1990-01-01', decidedOn: '2026-06-01', adequateGuarantee: false, seizedPropertySufficient: false };
  test.each<[string, Partial<ListingFacts>, string | null]>([
    ['an adult', {}, null],
    ['a minor, the day before the 18th birthday', { birthDate: '2008-06-02' }, 'CREDIT_MINOR_EXCLUDED'],
    ['on the 18th birthday itself: an adult', { birthDate: '2008-06-01' }, null],
    ['born 29 Feb, decided 28 Feb of the 18th year: still a minor', { birthDate: '2008-02-29', decidedOn: '2026-02-28' }, 'CREDIT_MINOR_EXCLUDED'],
    ['born 29 Feb, decided 1 Mar of the 18th year: an adult', { birthDate: '2008-02-29', decidedOn: '2026-03-01' }, null],
    ['no birth date for a person', { birthDate: null }, 'CREDIT_AGE_UNKNOWN'],
    ['an entity has no age', { debtorKind: 'organization', birthDate: null }, null],
    ['ground 1 with an adequate guarantee', { adequateGuarantee: true }, 'CREDIT_GUARANTEE_EXCLUDES'],
    ['ground 1 with enough seized property', { seizedPropertySufficient: true }, 'CREDIT_SEIZED_PROPERTY_EXCLUDES'],
    ['ground 4 despite a guarantee (art 3 governs ground 1 only)', { ground: 4, adequateGuarantee: true }, null],
    ['a minor on ground 2', { ground: 2, birthDate: '2010-01-01' }, 'CREDIT_MINOR_EXCLUDED'],
  ])('%s', (_, facts, expected) => {
    expect(code(() => checkListingExclusions({ ...base, ...facts }))).toBe(expected);
  });
  test('age: under 18 exactly until the day before the 18th birthday (fast-check)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 40000 }), (b, n) => {
      const birth = b.toISOString().slice(0, 10);
      const on = new Date(b.getTime() + n * 86400000).toISOString().slice(0, 10);
      const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
      const eighteenth = new Date(Date.UTC(y + 18, m - 1, d)).toISOString().slice(0, 10); // 29 Feb → 1 Mar
      expect(ageOn(birth, on) >= 18).toBe(on >= eighteenth);
    }));
  });
  test('the birth date from a resident ID number (18 and 15 digits)', () => {
    expect(birthDateFromIdNumber('11010120080602123X')).toBe('2008-06-02');
    expect(birthDateFromIdNumber('110101900101123')).toBe('1990-01-01');
    expect(birthDateFromIdNumber('110101200802301234')).toBeNull();
    expect(birthDateFromIdNumber('91110000MA01ABCDEF')).toBeNull();
    expect(birthDateFromIdNumber(null)).toBeNull();
  });
});

describe('deletion (DISHONEST art 10 [S])', () => {
  test.each([
    ['completed', 'performed'],
    ['terminated', 'terminated'],
    ['notEnforced', 'notEnforced'],
    ['currentRoundEnded', null],
    ['cancelled', null],
  ])('closing the case as %s records %s', (method, ground) => {
    expect(deletionGroundForClosing(method)).toBe(ground);
  });
  const calendar = buildWorkCalendar(calendarFromHolidayFile(data));
  test.each([
    ['2026-09-30', '2026-10-10', 'over National Day; Saturday 10-10 is a 调休 working day'],
    ['2026-03-06', '2026-03-11', 'over a weekend'],
    ['2026-02-13', '2026-02-25', 'Saturday 02-14 worked, then the Spring Festival'],
  ])('a ground on %s is deleted by %s (3 working days, %s)', (on, due) => {
    const { length } = periodLengthFor('dishonestDeletion', on, {});
    expect(length).toEqual({ workingDays: 3 });
    expect(computeDueDate({ trigger: on, triggerFact: { 'zh-CN': '删除事由', en: 'ground' }, length, calendar, options: { rollForward: true, weekendsAreRestDays: true } }).due).toBe(due);
  });
});

describe('masking the ID number on the public page [U our choice]', () => {
  test.each([
    ['110101199001011234', '1101**********1234'],
    ['11010119900101123X', '1101**********123X'],
    ['110101900101123', '1101*******1123'],
    ['12345678', '********'],
    ['', null],
  ])('%s → %s', (id, masked) => expect(maskIdNumber(id)).toBe(masked));
  test('never shows more than the first and last 4 characters (fast-check)', () => {
    fc.assert(fc.property(fc.string({ minLength: 9, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 8), (s) => {
      const m = maskIdNumber(s)!;
      expect(m.length).toBe(s.length);
      expect(m.slice(4, -4)).toBe('*'.repeat(s.length - 8));
    }));
  });
});

describe('限制消费令 (CONSUME art 3)', () => {
  test('all items by default, in the rule\'s order; a person alone; an entity names its persons', () => {
    expect(checkRestrictionProposal({ debtorKind: 'person', persons: [] }).items).toEqual([...RESTRICTION_ITEMS]);
    expect(checkRestrictionProposal({ debtorKind: 'person', items: ['trains', 'travel'], persons: [] }).items).toEqual(['travel', 'trains']);
    expect(code(() => checkRestrictionProposal({ debtorKind: 'person', persons: [{ role: 'actualController', name: '王五' }] }))).toBe('CONSUME_PERSONS_NOT_APPLICABLE');
    expect(code(() => checkRestrictionProposal({ debtorKind: 'organization', persons: [{ role: 'legalRepresentative', name: ' ' }] }))).toBe('CONSUME_PERSONS_REQUIRED');
    expect(checkRestrictionProposal({ debtorKind: 'organization', persons: [{ role: 'legalRepresentative', name: ' 赵六 ' }] }).persons).toEqual([{ role: 'legalRepresentative', name: '赵六' }]);
  });
});
