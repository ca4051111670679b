// Search terms as phrase queries over character bigrams, matching cf_bigrams() (migration 0009): the same NFKC
// and lower-casing, then each overlapping pair of characters, each pair right after the previous one.

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A tsquery lexeme in quotes (backslash and quote escaped). */
export const tsLexeme = (s: string) => `'${s.replace(/\\/gu, '\\\\').replace(/'/gu, "''")}'`;

/** The tsquery text for "contains `term`", or null when the term is shorter than two characters. */
export function bigramPhraseQuery(term: string): string | null {
  const pairs = bigramsOf(normalizeForSearch(term.trim()));
  return pairs.length ? pairs.map(tsLexeme).join(' <-> ') : null;
}

/** The overlapping character pairs of a (normalised) term, in order; none for a term of one character. */
export function bigramsOf(term: string): string[] {
  const chars = [...term];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}
