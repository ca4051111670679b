// Search terms as phrase queries over character bigrams, matching cf_bigrams() (migration 0009): the same NFKC
// and lower-casing, then each overlapping pair of characters, each pair right after the previous one.

export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const lexeme = (s: string) => `'${s.replace(/\\/gu, '\\\\').replace(/'/gu, "''")}'`;

/** The tsquery text for "contains `term`", or null when the term is shorter than two characters. */
export function bigramPhraseQuery(term: string): string | null {
  const chars = [...normalizeForSearch(term.trim())];
  if (chars.length < 2) return null;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(lexeme(chars[i]! + chars[i + 1]!));
  return pairs.join(' <-> ');
}
