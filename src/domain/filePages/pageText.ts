// What a page's text is for search: a PDF's own text layer when it has one worth keeping, else OCR; whitespace that
// layout or OCR puts between Chinese characters is dropped so that a phrase matches across a line break.

/** A text layer with fewer visible characters than this is a scan with stray marks: the page is OCR'd instead ([U] setting default). */
export const MIN_TEXT_LAYER_CHARS = 8;

/** A page's stored text is cut here: no real page holds more, a hostile PDF could ([U] setting default). */
export const MAX_PAGE_TEXT_CHARS = 100_000;

/** Search text is cut here: a tsvector's positions end at 16383 (PostgreSQL), later bigrams could not be found as phrases. */
export const MAX_SEARCH_TEXT_CHARS = 16_000;

export function visibleChars(text: string): number {
  return [...text.replace(/\s+/gu, '')].length;
}

export function hasUsableTextLayer(text: string, minChars = MIN_TEXT_LAYER_CHARS): boolean {
  return visibleChars(text) >= minChars;
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef';
const AROUND_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu');

/** The text the page's bigram tsvector is built from: whitespace next to a CJK character removed, other runs one space. */
export function searchableText(text: string): string {
  const s = text.replace(AROUND_CJK, '').replace(/\s+/gu, ' ').trim();
  const chars = [...s];
  return chars.length > MAX_SEARCH_TEXT_CHARS ? chars.slice(0, MAX_SEARCH_TEXT_CHARS).join('') : s;
}

/** What a page's phrases are matched against: its searchable text in NFKC and lower case, as a query term is (searchTerms). */
export function pageSearchText(text: string): string {
  return searchableText(text).normalize('NFKC').toLowerCase();
}

/** Stored page text, cut at MAX_PAGE_TEXT_CHARS; trailing blanks of layout output removed. */
export function pageText(text: string): string {
  const t = text.replace(/[ \t]+$/gmu, '').replace(/\n+$/u, '');
  return t.length > MAX_PAGE_TEXT_CHARS ? t.slice(0, MAX_PAGE_TEXT_CHARS) : t;
}

/** pdftotext prints a form feed after each page: the text of pages 1..count (missing ones empty). */
export function splitTextPages(output: string, count: number): string[] {
  const parts = output.split('\f');
  return Array.from({ length: count }, (_, i) => parts[i] ?? '');
}
