import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { searchableText } from '../../domain/filePages/pageText';
import { normalizeForSearch } from './bigrams';
import { matchingWords, snippetOf } from './pageHighlight';
import { parseSearchTerms, termPatterns, termsBigramQuery } from './searchTerms';

const marked = (s: { text: string; highlights: { start: number; end: number }[] }) => s.highlights.map((r) => s.text.slice(r.start, r.end));

describe('search terms', () => {
  test.each([
    ['张三 李四', ['张三', '李四'], [false, false]],
    ['"张三 李四" 借款', ['张三李四', '借款'], [true, false]],
    ['"ABC  Company"', ['abc company'], [true]],
    ['（2026）', ['(2026)'], [false]],
    ['借款 借款', ['借款'], [false]],
    ['""  ', [], []],
  ])('%s', (q, texts, quoted) => {
    const terms = parseSearchTerms(q);
    expect(terms.map((t) => t.text)).toEqual(texts);
    expect(terms.map((t) => t.quoted)).toEqual(quoted);
  });

  test('the index is asked for every pair of every term; each term is then matched as a whole', () => {
    const terms = parseSearchTerms('张三丰 "借款" 息 50%_a\\');
    expect(termsBigramQuery(terms)).toBe("'张三' & '三丰' & '借款' & '50' & '0%' & '%_' & '_a' & 'a\\\\'");
    expect(termPatterns(terms)).toEqual(['%张三丰%', '%借款%', '%息%', '%50\\%\\_a\\\\%']);
    expect(termsBigramQuery(parseSearchTerms('息'))).toBeNull();
    expect(termsBigramQuery(parseSearchTerms('借款 款借 借款人'))).toBe("'借款' & '款借' & '款人'");
  });
});

describe('snippets and word boxes', () => {
  test('the match across a line break is marked in the page text as shown', () => {
    const s = snippetOf('原告张三\n  李四诉称', ['张三李四']);
    expect(s.text).toBe('原告张三 李四诉称');
    expect(marked(s)).toEqual(['张三 李四']);
    expect([s.cutBefore, s.cutAfter]).toEqual([false, false]);
  });

  test('full-width and upper case match their normal form', () => {
    expect(marked(snippetOf('（２０２６）吉01民初 ABC 公司', ['(2026)', 'abc公司']))).toEqual(['（２０２６）', 'ABC 公司']);
  });

  test('words covered by a match, by index', () => {
    const words = [{ text: '被告' }, { text: '王五' }, { text: '应当' }, { text: 'ABC' }, { text: 'Ltd' }];
    expect(matchingWords(words, ['王五应'])).toEqual([1, 2]);
    expect(matchingWords(words, ['abc ltd', '被告'])).toEqual([0, 3, 4]);
    expect(matchingWords(words, ['abcltd'])).toEqual([]);
  });

  test('every highlight is a match of a term, and the first match is in the snippet (property)', () => {
    const text = fc.array(fc.constantFrom(...'原告被借款判决 \nAb（）'), { maxLength: 300 }).map((c) => c.join(''));
    const term = fc.array(fc.constantFrom(...'原告被借款判决Ab'), { minLength: 1, maxLength: 3 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, term, (page, t) => {
        const want = normalizeForSearch(searchableText(t));
        const s = snippetOf(page, [want]);
        for (const m of marked(s)) expect(normalizeForSearch(searchableText(m)).includes(want)).toBe(true);
        const found = normalizeForSearch(searchableText(page)).includes(want);
        expect(s.highlights.length > 0).toBe(found);
        expect([...s.text].length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
