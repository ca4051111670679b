import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BLANK_INK_MAX, isBlankPage, pgmInk, proposeParts, splitPlanProblem, type PageForSplit } from './batchSplit';

const pgm = (width: number, height: number, dark: number, comment = '') => {
  const header = Buffer.from(`P5\n${comment}${width} ${height}\n255\n`, 'latin1');
  const body = Buffer.alloc(width * height, 255);
  body.fill(0, 0, dark);
  return Buffer.concat([header, body]);
};

describe('ink of a rendered page', () => {
  test('the share of dark pixels, with or without a comment in the header', () => {
    expect(pgmInk(pgm(100, 50, 25))).toEqual({ width: 100, height: 50, ink: 25 / 5000 });
    expect(pgmInk(pgm(10, 10, 0, '# pdftoppm\n'))?.ink).toBe(0);
  });
  test('anything but an 8-bit binary PGM is not read', () => {
    expect(pgmInk(Buffer.from('P6\n2 2\n255\n000000000000', 'latin1'))).toBeNull();
    expect(pgmInk(Buffer.from('P5\n2 2\n65535\n00000000', 'latin1'))).toBeNull();
    expect(pgmInk(pgm(100, 50, 0).subarray(0, 200))).toBeNull();
    expect(pgmInk(Buffer.from('\x89PNG\r\n', 'latin1'))).toBeNull();
  });
});

describe('blank separator pages', () => {
  const page = (pageNo: number, ink: number | null, text = ''): PageForSplit => ({ pageNo, ink, text });
  test('blank: rendered, almost no ink, no text; a text-layer page is never blank', () => {
    expect(isBlankPage(page(1, 0.0005))).toBe(true);
    expect(isBlankPage(page(1, 0.0005, '·'))).toBe(true);
    expect(isBlankPage(page(1, 0.0005, '第一页内容'))).toBe(false);
    expect(isBlankPage(page(1, BLANK_INK_MAX))).toBe(false);
    expect(isBlankPage(page(1, 0.05))).toBe(false);
    expect(isBlankPage(page(1, null))).toBe(false);
  });
  test('a batch of three documents separated by blank pages', () => {
    const pages = [page(1, 0.04, '起诉状'), page(2, 0.03, '续'), page(3, 0.001), page(4, 0.05, '身份证'), page(5, 0.0), page(6, 0.0), page(7, 0.02, '借条')];
    expect(proposeParts(pages)).toEqual({
      separators: [3, 5, 6],
      parts: [
        { fromPage: 1, toPage: 2 },
        { fromPage: 4, toPage: 4 },
        { fromPage: 7, toPage: 7 },
      ],
    });
  });
  test('property: the parts are exactly the non-blank pages, in order, disjoint; each plan they make is valid', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (blanks) => {
        const pages = blanks.map((b, i) => page(i + 1, b ? 0 : 0.05, b ? '' : '文字'));
        const { separators, parts } = proposeParts(pages);
        const covered = parts.flatMap((p) => Array.from({ length: p.toPage - p.fromPage + 1 }, (_, k) => p.fromPage + k));
        expect(covered).toEqual(pages.filter((_, i) => !blanks[i]).map((p) => p.pageNo));
        expect(separators).toEqual(pages.filter((_, i) => blanks[i]).map((p) => p.pageNo));
        const problem = splitPlanProblem(parts, pages.length);
        if (parts.length === 0) expect(problem).toBe('empty');
        else if (parts.length === 1 && separators.length === 0) expect(problem).toBe('whole');
        else expect(problem).toBeNull();
      }),
    );
  });
});

describe('a split plan', () => {
  test('refused when empty, outside the file, overlapping or out of order, or the whole file as one part', () => {
    expect(splitPlanProblem([], 5)).toBe('empty');
    expect(splitPlanProblem([{ fromPage: 0, toPage: 2 }], 5)).toBe('outOfRange');
    expect(splitPlanProblem([{ fromPage: 4, toPage: 6 }], 5)).toBe('outOfRange');
    expect(splitPlanProblem([{ fromPage: 3, toPage: 2 }], 5)).toBe('outOfRange');
    expect(splitPlanProblem([{ fromPage: 1, toPage: 3 }, { fromPage: 3, toPage: 5 }], 5)).toBe('overlap');
    expect(splitPlanProblem([{ fromPage: 4, toPage: 5 }, { fromPage: 1, toPage: 2 }], 5)).toBe('overlap');
    expect(splitPlanProblem([{ fromPage: 1, toPage: 5 }], 5)).toBe('whole');
    expect(splitPlanProblem([{ fromPage: 1, toPage: 2 }, { fromPage: 4, toPage: 5 }], 5)).toBeNull();
    expect(splitPlanProblem([{ fromPage: 2, toPage: 5 }], 5)).toBeNull();
  });
});
