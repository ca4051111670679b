import { describe, expect, test } from 'vitest';
import { bigramPhraseQuery } from './bigrams';

describe('bigram phrase queries', () => {
  test.each([
    ['张三丰', "'张三' <-> '三丰'"],
    [' 张三 ', "'张三'"],
    ['（2026）吉01', "'(2' <-> '20' <-> '02' <-> '26' <-> '6)' <-> ')吉' <-> '吉0' <-> '01'"],
    ["O'Brien", "'o''' <-> '''b' <-> 'br' <-> 'ri' <-> 'ie' <-> 'en'"],
    ['a\\b', "'a\\\\' <-> '\\\\b'"],
  ])('%s', (term, query) => {
    expect(bigramPhraseQuery(term)).toBe(query);
  });

  test('one character is not a phrase', () => {
    expect(bigramPhraseQuery('张')).toBeNull();
    expect(bigramPhraseQuery('  ')).toBeNull();
  });
});
