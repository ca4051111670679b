import { describe, expect, test } from 'vitest';
import { citationKeyFromZh, citationLabel, normalizeCitation } from './citations';

describe('citations in both languages', () => {
  test.each([
    ['CPL-2023 art 85', '民事诉讼法第85条'],
    ['CPL-2023 art 85 para 3', '民事诉讼法第85条第3款'],
    ['CPL-Interp art 135', '民诉法解释第135条'],
    ['CPL-2023 arts 128, 285', '民事诉讼法第128条、第285条'],
    ['CIVILCODE arts 201–202', '民法典第201—202条'],
    ['TL-2000 art 9(6)', '审限规定第9条第6项'],
    ['CPL-2021 arts 95, 274', '民事诉讼法（2021年修正）第95条、第274条'],
    ['CPL-2023 art 126; FILING art 8', '民事诉讼法第126条；登记立案规定第8条'],
    ['EXEC-TL', '执行期限规定'],
    ['Some local rule', 'Some local rule'],
  ])('%s reads %s', (key, zh) => {
    expect(citationLabel(key)).toEqual({ 'zh-CN': zh, en: key });
  });

  test.each([
    ['民诉法解释第135条', 'CPL-Interp art 135'],
    ['民事诉讼法第85条第3款', 'CPL-2023 art 85 para 3'],
    ['民事诉讼法（2021年修正）第95条', 'CPL-2021 art 95'],
    ['刑事诉讼法第105条', 'CrPL art 105'],
  ])('%s is read back as %s', (zh, key) => {
    expect(citationKeyFromZh(zh)).toBe(key);
    expect(normalizeCitation(zh)).toBe(key);
    expect(citationLabel(zh)).toEqual({ 'zh-CN': zh, en: key });
  });

  test('unknown Chinese citations stay as given', () => {
    expect(citationKeyFromZh('某地方规定第3条')).toBeNull();
    expect(citationLabel('某地方规定第3条')).toEqual({ 'zh-CN': '某地方规定第3条', en: '某地方规定第3条' });
  });

  test('a returned label may be changed without changing the next one', () => {
    const a = citationLabel('FEE art 22');
    a['zh-CN'] = 'x';
    expect(citationLabel('FEE art 22')['zh-CN']).toBe('诉讼费用交纳办法第22条');
  });
});
