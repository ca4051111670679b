// Finding a phrase on a dossier page for the viewer (issue 20 item 4): the page is a list of word strings (OCR words,
// which Tesseract gives as single characters or runs, or the text items of a PDF's text layer), and a hit is the
// stretch of words it covers, each with the characters matched in it — so the viewer can draw it on the page.
// Matching ignores white space (a Chinese phrase runs on across words and line breaks, as the bigram search does),
// full-/half-width forms (NFKC) and letter case.

/** Part of one word covered by a hit: characters [start, end) of word `word` (UTF-16 offsets). */
export interface WordSpan {
  word: number;
  start: number;
  end: number;
}

/** One hit: the spans of the words it covers, in order. */
export type PhraseHit = WordSpan[];

interface Unit {
  word: number;
  start: number;
  end: number;
}

const SPACE = /\s/u;

/** The query as it is matched: NFKC, lower case, no white space. */
export function normalisePhrase(query: string): string {
  return [...query].filter((ch) => !SPACE.test(ch)).map(fold).join('');
}

function fold(ch: string): string {
  return ch.normalize('NFKC').toLowerCase();
}

/**
 * The terms of a query as 卷宗检索 reads it: a quoted "…" part is one phrase, every other space-separated word a term
 * of its own (src/server/search/searchTerms.ts), so that a hit's link opens the page with the same words marked.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of query.matchAll(/"([^"]*)"?|(\S+)/gu)) {
    const t = normalisePhrase((m[1] ?? m[2] ?? '').replace(/"/gu, ''));
    if (t && !terms.includes(t)) terms.push(t);
  }
  return terms;
}

/** Every occurrence of each term of `query` over `words` (non-overlapping per term, left to right); none for an empty query. */
export function findPhrase(words: readonly string[], query: string): PhraseHit[] {
  return queryTerms(query).flatMap((term) => findTerm(words, term));
}

function findTerm(words: readonly string[], query: string): PhraseHit[] {
  const needle = normalisePhrase(query);
  if (needle === '') return [];
  // The folded text of the page and, per UTF-16 unit of it, where it came from.
  let hay = '';
  const origin: Unit[] = [];
  words.forEach((w, word) => {
    let offset = 0;
    for (const ch of w) {
      const start = offset;
      offset += ch.length;
      if (SPACE.test(ch)) continue;
      const f = fold(ch);
      hay += f;
      for (let k = 0; k < f.length; k++) origin.push({ word, start, end: offset });
    }
  });
  const hits: PhraseHit[] = [];
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) hits.push(spansOf(origin.slice(at, at + needle.length)));
  return hits;
}

function spansOf(units: Unit[]): PhraseHit {
  const spans: WordSpan[] = [];
  for (const u of units) {
    const last = spans[spans.length - 1];
    if (last && last.word === u.word) last.end = Math.max(last.end, u.end);
    else spans.push({ word: u.word, start: u.start, end: u.end });
  }
  return spans;
}

/** How often the terms of `query` occur in a page's text, 0 unless every term is there (as the search's AND). */
export function countPhrase(text: string | null, query: string): number {
  if (!text) return 0;
  const counts = queryTerms(query).map((term) => findTerm([text], term).length);
  return counts.length && counts.every((n) => n > 0) ? counts.reduce((a, b) => a + b, 0) : 0;
}

/**
 * The part of a word's box a span covers, for horizontal text: the box split evenly among the word's characters
 * (Tesseract's boxes are per word; a hit may cover part of a run of characters).
 */
export function spanBox(word: string, box: readonly [number, number, number, number], span: { start: number; end: number }): [number, number, number, number] {
  const chars = [...word];
  if (chars.length === 0) return [box[0], box[1], box[2], box[3]];
  let offset = 0;
  let first = 0;
  let last = chars.length;
  chars.forEach((ch, i) => {
    if (offset < span.start) first = i + 1;
    if (offset < span.end) last = i + 1;
    offset += ch.length;
  });
  const per = (box[2] - box[0]) / chars.length;
  return [box[0] + per * Math.min(first, chars.length - 1), box[1], box[0] + per * Math.max(last, first + 1), box[3]];
}
