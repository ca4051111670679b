// A search box's text as terms: a quoted "…" part is one phrase (its inner spaces next to Chinese characters do not
// count, as on the page), every other space-separated word is a term of its own, and a page matches when it holds
// every term. Each term is matched as the page's search text holds it (searchableText: NFKC, lower case, whitespace
// next to CJK removed), so what the bigram index finds is exactly what a LIKE over that text would find.
import { searchableText } from '../../domain/filePages/pageText';
import { bigramsOf, normalizeForSearch, tsLexeme } from './bigrams';

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

/**
 * The tsquery naming every character pair of the terms (all required, no positions): the GIN index answers it exactly,
 * giving the pages that may hold the terms; whether they do is then checked on the page's search text (termPatterns).
 * Null when no term has two characters.
 */
export function termsBigramQuery(terms: readonly SearchTerm[]): string | null {
  const pairs = new Set<string>();
  for (const t of terms) for (const pair of bigramsOf(t.text)) pairs.add(pair);
  return pairs.size ? [...pairs].map(tsLexeme).join(' & ') : null;
}

/** LIKE patterns, one per term: a page matches when its search text contains every term as typed (after normalising). */
export const termPatterns = (terms: readonly SearchTerm[]) => terms.map((t) => `%${t.text.replace(/[\\%_]/gu, (m) => `\\${m}`)}%`);
