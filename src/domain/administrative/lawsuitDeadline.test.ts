import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween } from '../calendar/plainDate';
import { citationLabel } from '../citations/citations';
import { addPeriod } from '../clock/periodArithmetic';
import { ADMINISTRATIVE_ACT_TYPE_KEYS, ADMINISTRATIVE_ACT_TYPES } from './actTypes';
import { lawsuitDeadline, type ChallengedAct } from './lawsuitDeadline';

const act = { name: '行政处罚决定', documentNumber: '南市监罚〔2026〕12号', actOn: '2026-01-10', knownOn: '2026-01-12' };

describe('lawsuit deadline (ALL arts 45–46)', () => {
  test.each([
    // [filed on, late?, due on]
    ['2026-07-12', false, '2026-07-12'],
    ['2026-07-13', true, '2026-07-12'],
    ['2026-03-01', false, '2026-07-12'],
  ])('6 months from knowledge: filed %s → late %s (due %s)', (filedOn, late, due) => {
    const r = lawsuitDeadline(act, filedOn);
    expect(r).toMatchObject({ isLate: late, dueOn: due, source: 'ALL art 46 para 1' });
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

describe('the longest time to sue and the organ that does not act (ALL arts 46 para 2, 47)', () => {
  // [case, act, filed on, due on, source, late?, earliest, early?, warning mentions]
  test.each<[string, Partial<ChallengedAct>, string, string, string, boolean, string | null, boolean, string | null]>([
    ['learnt of a fine 4 years 10 months on: 6 months from knowledge, cut at 5 years from the act', { actOn: '2020-03-01', knownOn: '2024-12-20' }, '2025-02-28', '2025-03-01', 'ALL art 46 para 2', false, null, false, null],
    ['…and a day after the 5 years: not accepted', { actOn: '2020-03-01', knownOn: '2024-12-20' }, '2025-03-02', '2025-03-01', 'ALL art 46 para 2', true, null, false, '第四十六条第二款'],
    ['real estate: 20 years, so knowledge governs', { actOn: '2010-03-01', knownOn: '2026-01-10', concernsRealEstate: true }, '2026-03-02', '2026-07-10', 'ALL art 46 para 1', false, null, false, null],
    ['real estate learnt of 19 years 10 months on', { actOn: '2006-03-01', knownOn: '2025-12-20', concernsRealEstate: true }, '2026-03-02', '2026-03-01', 'ALL art 46 para 2', true, null, false, '二十年'],
    ['not real estate, learnt of 10 years on: barred', { actOn: '2016-01-05', knownOn: '2026-01-06' }, '2026-03-02', '2021-01-05', 'ALL art 46 para 2', true, null, false, '五年'],
    ['the organ has 2 months: sued before they run out', { actType: 'nonPerformance', dutyApplication: { appliedOn: '2026-01-10' } }, '2026-03-02', '2026-07-12', 'ALL art 46 para 1', false, '2026-03-11', true, '第四十七条'],
    ['…and the day after they ran out', { actType: 'nonPerformance', dutyApplication: { appliedOn: '2026-01-10' } }, '2026-03-11', '2026-07-12', 'ALL art 46 para 1', false, '2026-03-11', false, null],
    ['a regulation gives the organ 30 days', { actType: 'nonPerformance', dutyApplication: { appliedOn: '2026-01-10', periodDays: 30 } }, '2026-02-10', '2026-07-12', 'ALL art 46 para 1', false, '2026-02-10', false, null],
    ['an emergency: at once (art 47 para 2)', { actType: 'nonPerformance', dutyApplication: { appliedOn: '2026-02-28', isEmergency: true } }, '2026-03-01', '2026-07-12', 'ALL art 46 para 1', false, null, false, null],
    ['an application does not make a fine a failure to act', { actType: 'penalty', dutyApplication: { appliedOn: '2026-02-28' } }, '2026-03-01', '2026-07-12', 'ALL art 46 para 1', false, null, false, null],
  ])('%s', (_n, o, filedOn, due, source, late, earliest, early, mentions) => {
    const r = lawsuitDeadline({ ...act, ...o }, filedOn);
    expect(r).toMatchObject({ dueOn: due, source, isLate: late, earliestOn: earliest, isEarly: early });
    if (mentions) expect(r.warning?.['zh-CN']).toContain(mentions);
    else expect(r.warning).toBeNull();
  });

  test('the catalogue of act kinds follows ALL art 12 para 1, one key each, every source formattable', () => {
    expect(ADMINISTRATIVE_ACT_TYPES.map((t) => t.source)).toEqual(Array.from({ length: 12 }, (_, i) => `ALL art 12 para 1(${i + 1})`));
    expect(new Set(ADMINISTRATIVE_ACT_TYPE_KEYS).size).toBe(12);
    for (const t of ADMINISTRATIVE_ACT_TYPES) expect(citationLabel(t.source)['zh-CN']).toMatch(/^《行政诉讼法》第十二条第一款第/);
  });
});

describe('lawsuit deadline, for any dates', () => {
  const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2016-01-01', n));
  test('never later than 5 years (20 for real estate) from the act, nor 6 months from knowledge', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 9000 }), fc.boolean(), fc.integer({ min: 0, max: 9000 }), (actOn, knownAfter, realEstate, wait) => {
        const knownOn = addDays(actOn, knownAfter);
        const r = lawsuitDeadline({ name: '行政行为', actOn, knownOn, concernsRealEstate: realEstate }, addDays(actOn, wait));
        const outer = addPeriod(actOn, { years: realEstate ? 20 : 5 }).end;
        const six = addPeriod(knownOn, { months: 6 }).end;
        expect(r.dueOn).toBe(outer < six ? outer : six);
        expect(r.isLate).toBe(addDays(actOn, wait) > r.dueOn);
      }),
    );
  });

  test('an organ asked to act is sued from the day after its period, never before the application', () => {
    fc.assert(
      fc.property(day, fc.option(fc.integer({ min: 1, max: 180 }), { nil: undefined }), fc.boolean(), (appliedOn, periodDays, isEmergency) => {
        const r = lawsuitDeadline({ ...act, actType: 'nonPerformance', actOn: appliedOn, knownOn: appliedOn, dutyApplication: { appliedOn, periodDays, isEmergency } }, appliedOn);
        if (isEmergency) expect(r.earliestOn).toBeNull();
        else {
          expect(r.earliestOn! > appliedOn).toBe(true);
          expect(r.isEarly).toBe(true);
          if (periodDays) expect(r.earliestOn).toBe(addDays(appliedOn, periodDays + 1));
        }
      }),
    );
  });

  test('late exactly when filed after the last day; the last day is 15 days after receipt, or 6 months after knowledge', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1000 }), fc.option(day, { nil: undefined }), fc.integer({ min: 0, max: 400 }), (actOn, knownAfter, decisionOn, wait) => {
        const knownOn = addDays(actOn, knownAfter);
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
