import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BLANK_INK_MAX, isBlankPage, pgmInk, proposeParts, splitPartAt, splitPlanProblem, type PageForSplit } from './batchSplit';

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
    expect(proposeParts(pages)).toMatchObject({
      separators: [3, 5, 6],
      parts: [
        { fromPage: 1, toPage: 2, kind: null },
        { fromPage: 4, toPage: 4, kind: null },
        { fromPage: 7, toPage: 7, kind: null },
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

describe('separator sheets (barcode) in a batch', () => {
  const doc = (pageNo: number): PageForSplit => ({ pageNo, ink: 0.04, text: '正文内容' });
  const sheet = (pageNo: number, kind: string): PageForSplit => ({ pageNo, ink: 0.08, text: '分隔页 证据材料', separator: kind });
  const blank = (pageNo: number): PageForSplit => ({ pageNo, ink: 0, text: '' });
  test.each([
    ['a sheet names the kind of the part after it', [doc(1), sheet(2, 'evidence'), doc(3), doc(4)], [[1, 1, null], [3, 4, 'evidence']], [[2, 'barcode', 'evidence']]],
    ['a bare sheet separates without a kind', [doc(1), sheet(2, ''), doc(3)], [[1, 1, null], [3, 3, null]], [[2, 'barcode', null]]],
    ['a sheet first in the batch', [sheet(1, 'complaint'), doc(2), doc(3)], [[2, 3, 'complaint']], [[1, 'barcode', 'complaint']]],
    ['blank pages and sheets mixed', [doc(1), blank(2), doc(3), sheet(4, 'evidence'), doc(5), blank(6), doc(7)], [[1, 1, null], [3, 3, null], [5, 5, 'evidence'], [7, 7, null]], [[2, 'blank', null], [4, 'barcode', 'evidence'], [6, 'blank', null]]],
    ['a blank back side after a sheet keeps its kind', [doc(1), sheet(2, 'evidence'), blank(3), doc(4)], [[1, 1, null], [4, 4, 'evidence']], [[2, 'barcode', 'evidence'], [3, 'blank', null]]],
    ['the later of two sheets in a row wins', [sheet(1, 'evidence'), sheet(2, 'defence'), doc(3)], [[3, 3, 'defence']], [[1, 'barcode', 'evidence'], [2, 'barcode', 'defence']]],
    ['a sheet last in the batch', [doc(1), sheet(2, 'evidence')], [[1, 1, null]], [[2, 'barcode', 'evidence']]],
  ] as const)('%s', (_name, pages, parts, marks) => {
    const r = proposeParts(pages);
    expect(r.parts.map((p) => [p.fromPage, p.toPage, p.kind])).toEqual(parts);
    expect(r.marks.map((m) => [m.pageNo, m.by, m.kind])).toEqual(marks);
  });
  test('property: separators (blank or sheet) are left out, every other page is in exactly one part, a part takes the kind of the last sheet before it', () => {
    const kinds = fc.constantFrom<string | null>(null, '', 'evidence', 'defence');
    const page = fc.oneof(fc.constant<'doc' | 'blank'>('doc'), fc.constant<'doc' | 'blank'>('blank'), kinds.filter((k) => k !== null));
    fc.assert(
      fc.property(fc.array(page, { minLength: 1, maxLength: 50 }), (shape) => {
        const pages = shape.map((k, i): PageForSplit => (k === 'doc' ? doc(i + 1) : k === 'blank' ? blank(i + 1) : sheet(i + 1, k)));
        const { parts, marks } = proposeParts(pages);
        const covered = parts.flatMap((p) => Array.from({ length: p.toPage - p.fromPage + 1 }, (_, k) => p.fromPage + k));
        expect(covered).toEqual(pages.filter((_, i) => shape[i] === 'doc').map((p) => p.pageNo));
        expect(marks.map((m) => m.pageNo)).toEqual(pages.filter((_, i) => shape[i] !== 'doc').map((p) => p.pageNo));
        for (const part of parts) {
          let kind: string | null = null;
          for (let n = part.fromPage - 1; n >= 1 && shape[n - 1] !== 'doc'; n--) {
            const k = shape[n - 1]!;
            if (k !== 'blank') {
              kind = k || null;
              break;
            }
          }
          expect(part.kind).toBe(kind);
        }
      }),
    );
  });
});

describe('splitting by hand', () => {
  const fresh = (r: { fromPage: number; toPage: number }) => ({ ...r, title: '' });
  test('a new part starts at the page asked; a page that already starts a part, or lies outside every part, changes nothing', () => {
    const parts = [{ fromPage: 1, toPage: 5, title: '起诉状' }];
    expect(splitPartAt(parts, 3, fresh)).toEqual([{ fromPage: 1, toPage: 2, title: '起诉状' }, { fromPage: 3, toPage: 5, title: '' }]);
    expect(splitPartAt(parts, 1, fresh)).toEqual(parts);
    expect(splitPartAt([{ fromPage: 1, toPage: 2, title: 'a' }, { fromPage: 4, toPage: 5, title: 'b' }], 3, fresh)).toHaveLength(2);
    expect(splitPartAt(parts, 5, fresh)).toEqual([{ fromPage: 1, toPage: 4, title: '起诉状' }, { fromPage: 5, toPage: 5, title: '' }]);
  });
  test('property: cuts keep a valid plan valid and cover the same pages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 10 }), (n, cuts) => {
        let parts = [{ fromPage: 1, toPage: n, title: '' }];
        for (const c of cuts) parts = splitPartAt(parts, c, fresh);
        const covered = parts.flatMap((p) => Array.from({ length: p.toPage - p.fromPage + 1 }, (_, k) => p.fromPage + k));
        expect(covered).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        expect(splitPlanProblem(parts, n)).toBe(parts.length === 1 ? 'whole' : null);
      }),
    );
  });
});
