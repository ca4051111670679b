import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chineseNumeral, parseChineseNumeral } from './chineseNumerals';
import { citationKeyFromZh, citationLabel, citeEn, citeZh, formatCitation, formatCitationKey, normalizeCitation } from './citations';

describe('article numbers as a court writes them', () => {
  test.each([
    [1, '一'], [3, '三'], [10, '十'], [13, '十三'], [20, '二十'], [85, '八十五'], [100, '一百'], [105, '一百零五'],
    [110, '一百一十'], [128, '一百二十八'], [243, '二百四十三'], [1000, '一千'], [1005, '一千零五'], [1050, '一千零五十'], [1259, '一千二百五十九'],
  ])('%d is %s and reads back', (n, zh) => {
    expect(chineseNumeral(n)).toBe(zh);
    expect(parseChineseNumeral(zh)).toBe(n);
  });

  test('every number from 1 to 9999 reads back to itself', () => {
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
  });
});

describe('citations in both languages', () => {
  test.each([
    ['CPL-2023 art 85', '《民事诉讼法》第八十五条', 'Civil Procedure Law, art. 85'],
    ['CPL-2023 art 85 para 3', '《民事诉讼法》第八十五条第三款', 'Civil Procedure Law, art. 85, para. 3'],
    ['CPL-Interp art 135', '《民诉法解释》第一百三十五条', 'SPC Interpretation of the Civil Procedure Law, art. 135'],
    ['CPL-2023 arts 128, 285', '《民事诉讼法》第一百二十八条、第二百八十五条', 'Civil Procedure Law, arts. 128, 285'],
    ['CIVILCODE arts 201–202', '《民法典》第二百零一条至第二百零二条', 'Civil Code, arts. 201–202'],
    ['TL-2000 art 9(6)', '《审限规定》第九条第六项', 'SPC Provisions on Trial Time Limits, art. 9(6)'],
    ['FEE art 13(2)1', '《诉讼费用交纳办法》第十三条第二项第一目', 'Measures on the Payment of Litigation Costs, art. 13(2)1'],
    ['FEE art 13(1)', '《诉讼费用交纳办法》第十三条第一项', 'Measures on the Payment of Litigation Costs, art. 13(1)'],
    ['CPL-2021 arts 95, 274', '《民事诉讼法（2021年修正）》第九十五条、第二百七十四条', 'Civil Procedure Law (2021), arts. 95, 274'],
    ['CPL-2023 art 126; FILING art 8', '《民事诉讼法》第一百二十六条；《登记立案规定》第八条', 'Civil Procedure Law, art. 126; SPC Provisions on Case Registration, art. 8'],
    ['EXEC-TL', '《执行期限规定》', 'SPC Provisions on Time Limits in Execution'],
    ['CPL-2023 art 41 para 2', '《民事诉讼法》第四十一条第二款', 'Civil Procedure Law, art. 41, para. 2'],
    ['CPL-2023 art 122', '《民事诉讼法》第一百二十二条', 'Civil Procedure Law, art. 122'],
    ['CPL-Interp arts 99, 266', '《民诉法解释》第九十九条、第二百六十六条', 'SPC Interpretation of the Civil Procedure Law, arts. 99, 266'],
    ['Some local rule', 'Some local rule', 'Some local rule'],
  ])('%s reads %s', (key, zh, en) => {
    expect(citationLabel(key)).toEqual({ 'zh-CN': zh, en });
    expect(formatCitation(key, 'zh-CN')).toBe(zh);
    expect(formatCitation(key, 'en')).toBe(en);
  });

  test.each([
    ['《民诉法解释》第一百三十五条', 'CPL-Interp art 135'],
    ['《民诉法解释》第一百三十五条', 'CPL-Interp art 135'],
    ['《民事诉讼法》第八十五条第三款', 'CPL-2023 art 85 para 3'],
    ['《民事诉讼法》第八十五条第三款', 'CPL-2023 art 85 para 3'],
    ['《民事诉讼法（2021年修正）》第九十五条', 'CPL-2021 art 95'],
    ['《刑事诉讼法》第一百零五条', 'CrPL art 105'],
  ])('%s is read back as %s', (zh, key) => {
    expect(citationKeyFromZh(zh)).toBe(key);
    expect(normalizeCitation(zh)).toBe(key);
    expect(citationLabel(zh)).toEqual(citationLabel(key));
  });

  test('a paragraph and an item never read alike in English', () => {
    expect(citeEn('CPL-2023 art 85 para 3')).toBe('Civil Procedure Law, art. 85, para. 3');
    expect(citeEn('FEE art 8(3)')).toBe('Measures on the Payment of Litigation Costs, art. 8(3)');
    expect(citeEn('CPL-2023 art 128; CPL-Interp art 99')).toBe('Civil Procedure Law, art. 128; SPC Interpretation of the Civil Procedure Law, art. 99');
    expect(citeZh('CPL-2023 art 128; CPL-Interp art 99')).toBe('《民事诉讼法》第一百二十八条；《民诉法解释》第九十九条');
  });

  test('unknown Chinese citations stay as given', () => {
    expect(citationKeyFromZh('某地方规定第3条')).toBeNull();
    expect(citationLabel('某地方规定第3条')).toEqual({ 'zh-CN': '某地方规定第3条', en: '某地方规定第3条' });
  });

  test('a returned label may be changed without changing the next one', () => {
    const a = citationLabel('FEE art 22');
    a['zh-CN'] = 'x';
    expect(citationLabel('FEE art 22')['zh-CN']).toBe('《诉讼费用交纳办法》第二十二条');
  });
});

// Every citation key written as a string in the domain's code: a new key whose source has no translation fails here.
const DOMAIN = join(__dirname, '..');
const KEY_LITERAL = /'((?:[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)?)(?: arts? [^']*)?)'/g;
function domainSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return domainSources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}
const keysInDomain = [
  ...new Set(
    domainSources(DOMAIN).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(KEY_LITERAL)].flatMap((m) => m[1]!.split(/;\s*/)).filter((k) => / arts? /.test(k)),
    ),
  ),
].sort();

describe('every citation key the domain uses formats in Chinese and English', () => {
  test('the domain cites at least the sources of its periods, fees and service rules', () => {
    expect(keysInDomain.length).toBeGreaterThan(40);
  });

  test.each(keysInDomain)('%s', (key) => {
    const label = formatCitationKey(key);
    expect(label, `${key} needs a source name in CITATION_SOURCES or an article form formatCitationKey reads`).not.toBeNull();
    expect(label!['zh-CN']).toMatch(/^《[^》]+》第[一二三四五六七八九十百千零]+条/);
    expect(label!['zh-CN']).not.toMatch(/[A-Za-z]|第\d/);
    expect(label!.en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
