import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../calendar/plainDate';
import { periodLengthFor } from '../clock/periodKinds';
import { ASSET_KINDS, controlTermKind, controlTermView, controlWording, remindersDue, type AssetKind } from './controlTerms';

// rules.md §2.5, row "Freeze/seal durations (execution)": deposits ≤1 year; movables ≤2; real estate and other property rights ≤3 (CPL-Interp art 485).
describe('the term of a control by the kind of property', () => {
  test.each<[AssetKind, string, { years: number }]>([
    ['account', 'depositFreeze', { years: 1 }],
    ['vehicle', 'movableSeizure', { years: 2 }],
    ['realEstate', 'realEstateSeizure', { years: 3 }],
    ['securities', 'realEstateSeizure', { years: 3 }],
    ['other', 'realEstateSeizure', { years: 3 }],
  ])('%s → %s, %o (CPL-Interp art 485)', (asset, kind, length) => {
    expect(controlTermKind(asset)).toBe(kind);
    const rule = periodLengthFor(controlTermKind(asset), '2026-06-01', {});
    expect(rule.length).toEqual(length);
    expect(rule.version.source).toBe('CPL-Interp art 485');
  });
});

describe('a control as it stands on a day', () => {
  test.each<[string, boolean, string, string, number | null]>([
    ['2027-05-26', false, '2026-06-01', 'active', 359],
    ['2027-05-26', false, '2027-04-26', 'expiring', 30],
    ['2027-05-26', false, '2027-05-26', 'expiring', 0],
    ['2027-05-26', false, '2027-05-27', 'lapsed', -1],
    ['2027-05-26', true, '2027-05-27', 'released', null],
  ])('ending %s, released %s, on %s: %s (%s days left)', (expiresOn, released, today, state, daysLeft) => {
    expect(controlTermView(expiresOn, released, today)).toEqual({ state, daysLeft });
  });

  test.each<[string, number[]]>([
    ['2027-04-25', []],
    ['2027-04-26', [30]],
    ['2027-05-18', [30]],
    ['2027-05-19', [7]],
    ['2027-05-26', [7]],
    ['2027-05-27', []],
  ])('reminders due on %s for a term ending 2027-05-26: %o', (today, due) => {
    expect(remindersDue('2027-05-26', today)).toEqual(due);
  });

  test('a reminder is due only within 30 days before the end, never after it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const due = remindersDue('2027-05-26', addDays('2027-05-26', -offset));
        expect(due.length > 0).toBe(offset >= 0 && offset <= 30);
        if (due.length) expect(due[0]).toBe(offset <= 7 ? 7 : 30);
      }),
    );
  });

  test('the documents word the measure and its term', () => {
    expect(controlWording('freeze', 'depositFreeze')).toEqual({ measure: '冻结', term: '期限为一年，自冻结之日起计算；期限届满前可以申请续行。' });
    expect(controlWording('renew', 'realEstateSeizure').term).toBe('续行期限为三年，自原期限届满之次日起计算。');
    expect(controlWording('deduct', 'depositFreeze').term).toBe('');
    expect(ASSET_KINDS).toHaveLength(5);
  });
});
