// Page ranges as people write them ("1-3, 5"): which pages to read again, and how a set of pages is shown in a message.

export type PageRangeResult = { ok: true; pages: number[] } | { ok: false; reason: 'syntax' | 'outOfRange' | 'reversed' };

/** Parses "1-3,5" (spaces, full-width commas and 至/～ dashes allowed) against a file of `pageCount` pages; sorted, no duplicates. */
export function parsePageRanges(spec: string, pageCount: number): PageRangeResult {
  const parts = spec.normalize('NFKC').split(/[,，、]/u).map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p === '')) return { ok: false, reason: 'syntax' };
  const pages = new Set<number>();
  for (const p of parts) {
    const m = /^(\d+)(?:\s*(?:-|~|–|—|至)\s*(\d+))?$/u.exec(p);
    if (!m) return { ok: false, reason: 'syntax' };
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from) return { ok: false, reason: 'reversed' };
    if (from < 1 || to > pageCount) return { ok: false, reason: 'outOfRange' };
    for (let n = from; n <= to; n++) pages.add(n);
  }
  return { ok: true, pages: [...pages].sort((a, b) => a - b) };
}

/** The shortest "1-3,5" for a set of page numbers (any order, duplicates allowed). */
export function formatPageRanges(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j === i ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return out.join(',');
}
