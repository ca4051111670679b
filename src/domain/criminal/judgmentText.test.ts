// The 判决主文 as judgments write it: terms in Chinese numerals, accessory punishments, and the term's dates with credit.
import { describe, expect, test } from 'vitest';
import { judgmentItems, termText } from './judgmentText';
import { sentenceDates } from './termDates';

describe('terms', () => {
  test.each([
    [{ months: 18 }, '一年六个月'],
    [{ months: 12 }, '一年'],
    [{ months: 4, days: 15 }, '四个月十五日'],
    [{ months: 300 }, '二十五年'],
  ])('%j → %s', (t, text) => expect(termText(t)).toBe(text));
});

describe('one item per defendant', () => {
  test('imprisonment with a fine, custody credited day for day (CrL art 47)', () => {
    const sentence = { main: 'fixedTerm' as const, term: { months: 18 }, fineFen: 500_000 };
    const dates = sentenceDates(sentence, { finalOn: '2026-03-31', executionStartOn: '2026-03-31', custody: [{ from: '2026-01-05' }] });
    expect(judgmentItems([{ name: '赵某', outcome: 'convicted', chargeNames: ['盗窃罪'], sentence, dates }])).toBe(
      '一、被告人赵某犯盗窃罪，判处有期徒刑一年六个月，并处罚金人民币5000.00元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2026年3月31日起至2027年7月7日止。）',
    );
  });

  test('管制 credits two days for one (CrL art 41); an acquittal; 缓刑 from the day the judgment is final (CrL art 73)', () => {
    const surveillance = { main: 'publicSurveillance' as const, term: { months: 6 } };
    const probation = { main: 'fixedTerm' as const, term: { months: 12 }, probation: { testMonths: 24 } };
    const text = judgmentItems([
      { name: '甲', outcome: 'convicted', chargeNames: ['侮辱罪'], sentence: surveillance, dates: sentenceDates(surveillance, { finalOn: '2026-03-31', executionStartOn: '2026-03-31', custody: [{ from: '2026-03-01', to: '2026-03-10' }] }) },
      { name: '乙', outcome: 'acquitted', chargeNames: [] },
      { name: '丙', outcome: 'convicted', chargeNames: ['盗窃罪', '诈骗罪'], sentence: probation, dates: sentenceDates(probation, { finalOn: '2026-04-13', executionStartOn: '2026-04-13', custody: [] }) },
    ]).split('\n\n');
    expect(text[0]).toContain('判处管制六个月。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期二日，即自2026年3月31日起至2026年9月10日止。）');
    expect(text[1]).toBe('二、被告人乙无罪。');
    expect(text[2]).toBe('三、被告人丙犯盗窃罪、诈骗罪，判处有期徒刑一年，缓刑二年。（缓刑考验期限，从判决确定之日起计算，即自2026年4月13日起至2028年4月12日止。）');
  });
});
