// Where the terms of a search are on a page: a snippet of about 80 characters around the first match with the
// matches' ranges in it (offsets, for the browser to mark; no HTML), and the OCR words the matches cover (their boxes
// in the page image's pixels, for the viewer to draw). Matching follows the page's search text: NFKC and lower case,
// whitespace next to a CJK character skipped (searchableText), so a hit across a line break is found here too.
import { normalizeForSearch } from './bigrams';

export const SNIPPET_CHARS = 80;
/** How much of the snippet comes before the first match. */
const LEAD_CHARS = 30;

// The characters next to which whitespace does not count (the class of searchableText, src/domain/filePages/pageText.ts).
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

interface Stream {
  /** The text as search sees it. */
  text: string;
  /** For each UTF-16 unit of `text`: where its character starts and ends in the source string. */
  from: number[];
  to: number[];
}

/** The search form of `source` (whitespace runs already single spaces) with offsets back into it. */
function searchStream(source: string): Stream {
  const cps = [...source];
  const offsets: number[] = [];
  let at = 0;
  for (const c of cps) {
    offsets.push(at);
    at += c.length;
  }
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  cps.forEach((c, i) => {
    if (/\s/u.test(c)) {
      const prev = cps[i - 1];
      const next = cps[i + 1];
      if (prev === undefined || next === undefined || /\s/u.test(prev) || CJK.test(prev) || CJK.test(next)) return;
      c = ' ';
    }
    const n = normalizeForSearch(c);
    for (let k = 0; k < n.length; k++) {
      from.push(offsets[i]!);
      to.push(offsets[i]! + c.length);
    }
    text += n;
  });
  return { text, from, to };
}

export interface Range {
  start: number;
  end: number;
}

/** Every occurrence of every term in the source, as [start, end) offsets, sorted and merged. */
function matchRanges(s: Stream, terms: readonly string[]): Range[] {
  const found: Range[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let i = s.text.indexOf(term); i >= 0; i = s.text.indexOf(term, i + 1)) found.push({ start: s.from[i]!, end: s.to[i + term.length - 1]! });
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

export interface Snippet {
  text: string;
  /** Offsets into `text` (UTF-16 code units, as JavaScript strings index) of the matches to highlight. */
  highlights: Range[];
  /** Whether the page goes on before / after the snippet (the browser shows an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

const isLowSurrogate = (s: string, i: number) => i > 0 && i < s.length && s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff;

/** The snippet of a page's text around the first match of any term (the page's start when none matches). */
export function snippetOf(pageText: string, terms: readonly string[], size = SNIPPET_CHARS): Snippet {
  const display = pageText.replace(/\s+/gu, ' ').trim();
  const ranges = matchRanges(searchStream(display), terms);
  let start = ranges.length ? Math.max(0, ranges[0]!.start - LEAD_CHARS) : 0;
  if (isLowSurrogate(display, start)) start--;
  let end = Math.min(display.length, start + size);
  if (ranges.length && ranges[0]!.end > end) end = Math.min(display.length, ranges[0]!.end);
  if (isLowSurrogate(display, end)) end++;
  const highlights = ranges
    .filter((r) => r.start < end && r.end > start)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return { text: display.slice(start, end), highlights, cutBefore: start > 0, cutAfter: end < display.length };
}

export interface OcrWordBox {
  text: string;
  box: [number, number, number, number];
}

/** The OCR words (their index in the page's word list) that any match of any term covers, in reading order. */
export function matchingWords(words: readonly { text: string }[], terms: readonly string[]): number[] {
  // The words joined by single spaces: the stream then skips the spaces between CJK words as the page text does.
  const starts: number[] = [];
  let joined = '';
  for (const w of words) {
    if (joined) joined += ' ';
    starts.push(joined.length);
    joined += w.text.replace(/\s+/gu, ' ');
  }
  const hit = new Set<number>();
  const wordAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const r of matchRanges(searchStream(joined), terms)) {
    for (let w = wordAt(r.start); w <= wordAt(r.end - 1); w++) hit.add(w);
  }
  return [...hit].sort((a, b) => a - b);
}
