// A search box's text as terms: a quoted "…" part is one phrase (its inner spaces next to Chinese characters do not
// count, as on the page), every other space-separated word is a term of its own, and a page matches when it holds
// every term. Each term is matched as the page's search text holds it (searchableText: NFKC, lower case, whitespace
// next to CJK removed), so what the bigram index finds is exactly what a LIKE over that text would find.
import { searchableText } from '../../domain/filePages/pageText';
import { bigramPhraseQuery, normalizeForSearch } from './bigrams';

/** At most this many terms in one search: more add nothing to a page and only cost index look-ups. */
export const MAX_SEARCH_TERMS = 8;

export interface SearchTerm {
  /** As the page's search text would hold it (normalised). */
  text: string;
  quoted: boolean;
}

/** The terms of a query (deduplicated, in order), at most MAX_SEARCH_TERMS. */
export function parseSearchTerms(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const re = /"([^"]*)"?|(\S+)/gu;
  for (const m of query.matchAll(re)) {
    const raw = m[1] ?? m[2] ?? '';
    const text = normalizeForSearch(searchableText(raw.replace(/"/gu, '')));
    if (text && !terms.some((t) => t.text === text)) terms.push({ text, quoted: m[1] !== undefined });
  }
  return terms.slice(0, MAX_SEARCH_TERMS);
}

/** The tsquery of the terms of two characters or more (each a bigram phrase, all required), or null when none. */
export function termsTsQuery(terms: readonly SearchTerm[]): string | null {
  const parts = terms.map((t) => bigramPhraseQuery(t.text)).filter((q): q is string => q !== null);
  return parts.length ? parts.map((p) => `(${p})`).join(' & ') : null;
}

/** The one-character terms: the bigram index cannot hold them; they are matched with LIKE. */
export const singleCharTerms = (terms: readonly SearchTerm[]) => terms.filter((t) => [...t.text].length < 2).map((t) => t.text);
