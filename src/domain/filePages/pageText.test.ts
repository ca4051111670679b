import { describe, expect, test } from 'vitest';
import { hasUsableTextLayer, MAX_SEARCH_TEXT_CHARS, pageSearchText, pageText, searchableText, splitTextPages } from './pageText';

describe('page text', () => {
  test('whitespace between Chinese characters is dropped for search, Latin words keep one space', () => {
    expect(searchableText('被 执 行\n  人 应当\n履行   ABC  Company\t2026 年')).toBe('被执行人应当履行ABC Company 2026年');
    expect(searchableText('（2026） 鲁02民初 1 号')).toBe('（2026）鲁02民初1号');
  });

  test('the matched search text is in NFKC and lower case, as a query term is', () => {
    expect(pageSearchText('（２０２６） 鲁02民初\n 1 号 ABC  Company')).toBe('(2026)鲁02民初1号abc company');
  });

  test('search text stops where tsvector positions end', () => {
    expect([...searchableText('字'.repeat(MAX_SEARCH_TEXT_CHARS + 50))]).toHaveLength(MAX_SEARCH_TEXT_CHARS);
  });

  test('a text layer of a few stray marks is not kept: the page is OCR\'d', () => {
    expect(hasUsableTextLayer(' \n . ,  \f')).toBe(false);
    expect(hasUsableTextLayer('民事起诉状 原告张三')).toBe(true);
  });

  test('pdftotext pages split at form feeds; missing pages are empty', () => {
    expect(splitTextPages('one\n\ftwo\n\f', 3)).toEqual(['one\n', 'two\n', '']);
  });

  test('stored text loses trailing blanks of layout output', () => {
    expect(pageText('原告   \n被告  \n\n\n')).toBe('原告\n被告');
  });
});
