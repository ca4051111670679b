import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatPageRanges, parsePageRanges } from './pageRanges';

describe('page ranges', () => {
  test.each([
    ['1-3,5', 10, [1, 2, 3, 5]],
    [' 2 ， 4～6 ', 10, [2, 4, 5, 6]],
    ['3至4、1', 4, [1, 3, 4]],
    ['7,7,7', 7, [7]],
  ])('"%s" of %d pages is %j', (spec, count, pages) => {
    expect(parsePageRanges(spec, count)).toEqual({ ok: true, pages });
  });

  test.each([
    ['', 'syntax'],
    ['1,,2', 'syntax'],
    ['a-b', 'syntax'],
    ['0', 'outOfRange'],
    ['4-11', 'outOfRange'],
    ['5-2', 'reversed'],
  ])('"%s" is refused (%s)', (spec, reason) => {
    expect(parsePageRanges(spec, 10)).toEqual({ ok: false, reason });
  });

  test('formatting is the shortest form', () => {
    expect(formatPageRanges([5, 1, 2, 3, 3, 9, 10])).toBe('1-3,5,9-10');
    expect(formatPageRanges([])).toBe('');
  });

  test('a formatted set parses back to itself', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 60 }), (pages) => {
        expect(parsePageRanges(formatPageRanges(pages), 300)).toEqual({ ok: true, pages: [...pages].sort((a, b) => a - b) });
      }),
    );
  });
});
