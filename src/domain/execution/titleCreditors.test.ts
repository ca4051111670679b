import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { titleCreditors, type TitleOutcome, type TitleParty } from './titleCreditors';

const party = (partyId: number, standing: string, o: Partial<TitleParty> = {}): TitleParty => ({ partyId, standing, firstInstanceStanding: null, counterclaimed: false, ...o });
const ids = (t: TitleOutcome, ps: TitleParty[]) => titleCreditors(t, ps).map((c) => c.partyId);

describe('who holds an enforceable claim under a title of ours (CPL-2023 art 247)', () => {
  const judgment: TitleOutcome = { caseType: '民初', closingMethod: 'judgment' };
  test.each([
    ['民初 judgment: the plaintiff', judgment, [party(1, 'plaintiff'), party(2, 'defendant')], [1]],
    ['民初 judgment: a counterclaiming defendant too', judgment, [party(1, 'plaintiff'), party(2, 'defendant', { counterclaimed: true })], [1, 2]],
    ['民初 judgment: never a third party', judgment, [party(1, 'plaintiff'), party(3, 'thirdParty')], [1]],
    ['民初 调解书: either side', { caseType: '民初', closingMethod: 'mediation' }, [party(1, 'plaintiff'), party(2, 'defendant'), party(3, 'thirdParty')], [1, 2]],
    ['民初 withdrawal: nobody', { caseType: '民初', closingMethod: 'withdrawal' }, [party(1, 'plaintiff'), party(2, 'defendant')], []],
    ['民初 ruling: nobody', { caseType: '民初', closingMethod: 'ruling' }, [party(1, 'plaintiff')], []],
    ['民终: the plaintiff as appellee of an upheld judgment', { caseType: '民终', closingMethod: 'judgment' }, [party(1, 'appellee', { firstInstanceStanding: 'plaintiff' }), party(2, 'appellant', { firstInstanceStanding: 'defendant' })], [1]],
    ['民终: the plaintiff who appealed and won', { caseType: '民终', closingMethod: 'judgment' }, [party(1, 'appellant', { firstInstanceStanding: 'plaintiff' }), party(2, 'appellee', { firstInstanceStanding: 'defendant' })], [1]],
    ['民终: a counterclaiming defendant, appellee', { caseType: '民终', closingMethod: 'judgment' }, [party(1, 'appellant', { firstInstanceStanding: 'plaintiff' }), party(2, 'appellee', { firstInstanceStanding: 'defendant', counterclaimed: true })], [1, 2]],
    ['民终: original standings without the origin link', { caseType: '民终', closingMethod: 'judgment' }, [party(1, 'originalPlaintiff'), party(2, 'originalDefendant')], [1]],
    ['民特: every applicant', { caseType: '民特', closingMethod: 'ruling' }, [party(1, 'applicant'), party(2, 'applicant')], [1, 2]],
  ] as const)('%s', (_n, t, ps, expected) => {
    expect(ids(t, [...ps])).toEqual(expected);
  });

  test('each creditor has a source and a bilingual reason', () => {
    for (const c of titleCreditors(judgment, [party(1, 'plaintiff'), party(2, 'defendant', { counterclaimed: true })])) {
      expect(c.basis).toMatch(/CPL-2023/);
      expect(c.reason['zh-CN'].length).toBeGreaterThan(0);
    }
  });

  test('properties: creditors are parties of the title, in order, without duplicates; a defendant only with a counterclaim or a 调解书', () => {
    const standing = fc.constantFrom('plaintiff', 'defendant', 'thirdParty', 'appellant', 'appellee', 'originalPlaintiff', 'originalDefendant', 'applicant');
    const first = fc.option(fc.constantFrom('plaintiff', 'defendant', 'thirdParty'), { nil: null });
    const outcome = fc.record({ caseType: fc.constantFrom('民初', '民终', '民特'), closingMethod: fc.option(fc.constantFrom('judgment', 'ruling', 'mediation', 'withdrawal'), { nil: null }) });
    fc.assert(
      fc.property(outcome, fc.array(fc.record({ standing, firstInstanceStanding: first, counterclaimed: fc.boolean() }), { maxLength: 6 }), (t, raw) => {
        const ps = raw.map((r, i) => ({ partyId: i + 1, ...r }));
        const got = ids(t, ps);
        expect(got).toEqual([...new Set(got)].sort((a, b) => a - b));
        for (const id of got) {
          const p = ps[id - 1]!;
          const side = p.firstInstanceStanding ?? p.standing;
          if (t.caseType === '民特') expect(p.standing).toBe('applicant');
          else if (/[dD]efendant/.test(side) && t.closingMethod !== 'mediation') expect(p.counterclaimed).toBe(true);
          if (t.caseType !== '民特' && !['judgment', 'mediation'].includes(t.closingMethod ?? '')) throw new Error('no creditor without a judgment or 调解书');
        }
      }),
    );
  });
});
