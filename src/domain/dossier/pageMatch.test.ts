import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countPhrase, findPhrase, normalisePhrase, queryTerms, spanBox } from './pageMatch';

// What a hit covers, read back from the words: the characters of each span.
const covered = (words: string[], query: string) => findPhrase(words, query).map((hit) => hit.map((s) => words[s.word]!.slice(s.start, s.end)));

describe('finding a phrase among the words of a page', () => {
  test.each([
    // OCR gives single characters: the phrase spans several words.
    [['借', '款', '合', '同'], '款合', [['款', '合']]],
    // Runs of characters: the phrase starts inside one word and ends inside the next.
    [['今借到张三', '人民币十五万元'], '张三人民币', [['张三', '人民币']]],
    // A line break (or spaces) inside the phrase on the page, or in the query.
    [['被告向原告借\n款15万元'], '借款15万', [['借\n款15万']]],
    [['被告', ' ', '借款'], '"被告 借款"', [['被告', '借款']]],
    // As 卷宗检索 reads a query: unquoted words are terms of their own, each marked; quotes are not matched.
    [['被告', ' ', '借款'], '被告 借款', [['被告'], ['借款']]],
    [['借款本金十五万元'], '"本金十五万元"', [['本金十五万元']]],
    // Full-width digits and letters, and case.
    [['合同编号：ＡＢ１２'], 'ab12', [['ＡＢ１２']]],
    // Several hits, none overlapping.
    [['本金本金本金'], '本金', [['本金'], ['本金'], ['本金']]],
    [['哈哈哈'], '哈哈', [['哈哈']]],
    // No hit; an empty or blank query finds nothing.
    [['借款合同'], '担保', []],
    [['借款合同'], '  ', []],
  ] as [string[], string, string[][]][])('%j ∋ %s', (words, query, expected) => {
    expect(covered(words, query)).toEqual(expected);
  });

  test('offsets are UTF-16 offsets of the word, also after astral characters', () => {
    expect(findPhrase(['𠮷野家借款'], '借款')).toEqual([[{ word: 0, start: 4, end: 6 }]]);
  });

  test('counting hits in a page text', () => {
    expect(countPhrase('原告张三\n诉被告李四，张\n三请求', '张三')).toBe(2);
    expect(countPhrase(null, '张三')).toBe(0);
    // Every term must be on the page, as in the search.
    expect(countPhrase('原告张三诉被告李四', '张三 李四')).toBe(2);
    expect(countPhrase('原告张三诉被告王五', '张三 李四')).toBe(0);
    expect(normalisePhrase(' 民事 起诉状\n')).toBe('民事起诉状');
  });

  test('property: any stretch of the page text is found, and what a hit covers reads as the query without spaces', () => {
    const chars = fc.constantFrom('借', '款', '合', '同', '张', '三', 'a', '1', ' ', '\n');
    fc.assert(
      fc.property(fc.array(fc.array(chars, { minLength: 1, maxLength: 6 }).map((c) => c.join('')), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (words, a, b) => {
        const page = normalisePhrase(words.join(''));
        fc.pre(page.length > 0);
        const from = a % page.length;
        const query = page.slice(from, from + 1 + (b % (page.length - from)));
        const hits = covered(words, query);
        expect(hits.length).toBeGreaterThan(0);
        for (const hit of hits) expect(normalisePhrase(hit.join(''))).toBe(query);
      }),
    );
  });
});

test('a query\'s terms: quoted phrases whole, other words each, no duplicates, no empties', () => {
  expect(queryTerms('"借款 本金" 张三  张三 "" "未闭合')).toEqual(['借款本金', '张三', '未闭合']);
});

describe('the box of part of a word', () => {
  test('a span of a run of characters gets its share of the word box', () => {
    expect(spanBox('张三借款', [100, 10, 500, 50], { start: 2, end: 4 })).toEqual([300, 10, 500, 50]);
    expect(spanBox('张三借款', [100, 10, 500, 50], { start: 0, end: 1 })).toEqual([100, 10, 200, 50]);
    expect(spanBox('借', [0, 0, 30, 30], { start: 0, end: 1 })).toEqual([0, 0, 30, 30]);
  });
});
