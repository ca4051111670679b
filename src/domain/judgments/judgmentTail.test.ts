// The fee burden, the appeal notice and the date of a civil judgment, from rules.md §§2.4, 4.5.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealNotice, documentDate, feeBurden, feeBurdenText } from './judgmentTail';

describe('the date as a judgment writes it', () => {
  it.each([
    ['2026-03-31', '二〇二六年三月三十一日'],
    ['2026-10-01', '二〇二六年十月一日'],
    ['2030-12-20', '二〇三〇年十二月二十日'],
  ])('%s → %s', (on, text) => expect(documentDate(on)).toBe(text));
});

describe('who bears the court fee (FEE art 29)', () => {
  it.each<[string, bigint, bigint, bigint, bigint, bigint]>([
    ['the defendant loses entirely', 330000n, 15000000n, 15000000n, 0n, 330000n],
    ['more awarded than claimed is still a full win', 330000n, 15000000n, 16000000n, 0n, 330000n],
    ['the plaintiff loses entirely', 330000n, 15000000n, 0n, 330000n, 0n],
    ['two thirds won: one third of the fee on the plaintiff', 330000n, 15000000n, 10000000n, 110000n, 220000n],
    ['a fen rounds half up on the failed part', 1001n, 200n, 100n, 501n, 500n],
    ['no fee charged', 0n, 15000000n, 1n, 0n, 0n],
  ])('%s', (_n, feeFen, claimedFen, awardedFen, plaintiffFen, defendantFen) => {
    expect(feeBurden({ feeFen, claimedFen, awardedFen })).toEqual({ plaintiffFen, defendantFen });
  });

  it('adds up to the fee, and the defendant never bears less for being ordered to pay more', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 12n }), (feeFen, claimedFen, a, b) => {
          const [less, more] = a <= b ? [a, b] : [b, a];
          const x = feeBurden({ feeFen, claimedFen, awardedFen: less });
          const y = feeBurden({ feeFen, claimedFen, awardedFen: more });
          expect(x.plaintiffFen + x.defendantFen).toBe(feeFen);
          expect(x.plaintiffFen >= 0n && x.defendantFen >= 0n).toBe(true);
          expect(y.defendantFen >= x.defendantFen).toBe(true);
        }),
    );
  });

  it('says it in the judgment’s words', () => {
    const base = { feeLabel: '案件受理费', plaintiffs: ['张三'], defendants: ['李四', '王五'] };
    expect(feeBurdenText({ ...base, feeFen: 165000n, split: { plaintiffFen: 0n, defendantFen: 165000n } })).toBe('案件受理费1,650.00元，由被告李四、王五负担。');
    expect(feeBurdenText({ ...base, feeFen: 330000n, split: { plaintiffFen: 110000n, defendantFen: 220000n } })).toBe('案件受理费3,300.00元，由原告张三负担1,100.00元，被告李四、王五负担2,200.00元。');
  });
});

describe('the appeal notice (CPL-2023 arts 165, 171, 286)', () => {
  const court = '吉林省长春市中级人民法院';
  it('gives 15 days against a judgment and names the appeal court', () => {
    expect(appealNotice({ document: 'judgment', procedure: 'ordinary', foreignParty: false, appealCourtName: court })).toBe(
      '如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人或者代表人的人数提出副本，上诉于吉林省长春市中级人民法院。',
    );
  });
  it('gives 10 days against a ruling, 30 to a party without a domicile in the PRC', () => {
    const text = appealNotice({ document: 'ruling', procedure: 'simple', foreignParty: true, appealCourtName: court });
    expect(text).toContain('裁定书送达之日起十日内；在中华人民共和国领域内没有住所的当事人，可以在裁定书送达之日起三十日内提起上诉');
  });
  it('says a small-claims judgment is final', () => {
    expect(appealNotice({ document: 'judgment', procedure: 'smallClaims', foreignParty: false, appealCourtName: court })).toBe('本判决为终审判决。');
  });
});
