import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween } from '../calendar/plainDate';
import { lawsuitDeadline } from './lawsuitDeadline';

const act = { name: '行政处罚决定', documentNumber: '南市监罚〔2026〕12号', actOn: '2026-01-10', knownOn: '2026-01-12' };

describe('lawsuit deadline (ALL arts 45–46)', () => {
  test.each([
    // [filed on, late?, due on]
    ['2026-07-12', false, '2026-07-12'],
    ['2026-07-13', true, '2026-07-12'],
    ['2026-03-01', false, '2026-07-12'],
  ])('6 months from knowledge: filed %s → late %s (due %s)', (filedOn, late, due) => {
    const r = lawsuitDeadline(act, filedOn);
    expect(r).toMatchObject({ isLate: late, dueOn: due, source: 'ALL art 46' });
    expect(r.warning === null).toBe(!late);
  });

  test('month-end: 6 months from 08-31 ends on the last day of February (CIVILCODE art 202)', () => {
    expect(lawsuitDeadline({ ...act, knownOn: '2025-08-31' }, '2026-02-28').dueOn).toBe('2026-02-28');
  });

  test.each([
    // [decided on, received on, filed on, late?]
    ['2026-05-04', undefined, '2026-05-19', false],
    ['2026-05-04', undefined, '2026-05-20', true],
    ['2026-05-04', '2026-05-08', '2026-05-23', false],
    ['2026-05-04', '2026-05-08', '2026-05-24', true],
  ])('15 days after the reconsideration decision of %s (received %s): filed %s → late %s', (decisionOn, receivedOn, filedOn, late) => {
    const r = lawsuitDeadline({ ...act, reconsideration: { decisionOn, receivedOn } }, filedOn);
    expect(r.isLate).toBe(late);
    expect(r.source).toBe('ALL art 45');
    if (late) expect(r.warning?.['zh-CN']).toContain('第四十五条');
  });
});

describe('lawsuit deadline, for any dates', () => {
  const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2016-01-01', n));
  test('late exactly when filed after the last day; the last day is 15 days after receipt, or 6 months after knowledge', () => {
    fc.assert(
      fc.property(day, day, fc.option(day, { nil: undefined }), fc.integer({ min: 0, max: 400 }), (actOn, knownOn, decisionOn, wait) => {
        const reconsideration = decisionOn ? { decisionOn } : undefined;
        const trigger = decisionOn ?? knownOn;
        const filedOn = addDays(trigger, wait);
        const r = lawsuitDeadline({ name: '行政行为', actOn, knownOn, reconsideration }, filedOn);
        expect(r.isLate).toBe(filedOn > r.dueOn);
        expect(r.warning === null).toBe(!r.isLate);
        // The shortest six months are 181 days (08-31 → 02-28), the longest 184.
        if (decisionOn) expect(r.dueOn).toBe(addDays(decisionOn, 15));
        else expect(daysBetween(knownOn, r.dueOn)).toSatisfy((n: number) => n >= 181 && n <= 184);
      }),
    );
  });
});
