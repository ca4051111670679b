// Which pages make one page of 卷宗检索 results, chosen so that the cost follows the page asked for and not the number of
// matches (docs/performance.md, dossier search). Two ways of finding matches, with the same conditions (a property test
// holds both to a LIKE scan):
// - from the index: the GIN index's candidates (pages holding every character pair) checked on their search text, at
//   most `cap` + 1 — cheap for a rare phrase, but its cost grows with the candidates (a phrase of the documents' standard
//   wording has hundreds of thousands);
// - by reading: the newest items' pages, whole items in rounds of growing size, each page checked on its search text —
//   cheap for a frequent phrase (few pages hold the page of results and the capped count), hopeless for a rare one.
// Newest first (the default) reads first; once enough pages are read to see that the phrase is not frequent, the index
// counts instead (and within the cap orders the page). Other orders take the index's capped set and, beyond the cap,
// order every match (relevance over a frequent phrase is the one slow search).
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database';

export interface HitKey extends Record<string, unknown> {
  attachment_id: string;
  page_no: number;
  case_id: string;
}

export interface HitQuery {
  /** Item-level conditions on attachments `a`, cases `k`, dossier_entries `e` (access, volume, filters). */
  items: SQL;
  /** The index condition on attachment_pages `p` (candidates), or null when no term has two characters. */
  candidates: SQL | null;
  /** The exact conditions on `p` (each term in the search text). */
  exact: SQL;
  /** The order, over the columns attachment_id, page_no, case_id and rank; null: newest item first. */
  order: SQL | null;
  /** ts_rank when the order is by relevance, else a constant (a rank reads each candidate's bigrams). */
  rank: SQL;
  limit: number;
  offset: number;
}

export interface Reading {
  /** Items read in the first round; each round reads twice as many as the last. */
  firstItems: number;
  /** Pages read before judging whether the phrase is frequent. */
  probePages: number;
  /** A phrase on at least this share of the pages read is counted by reading on. */
  frequentShare: number;
  /** Pages read at most for the count before the index counts instead. */
  maxPages: number;
}

/** Tuned on 1,000,000 synthetic pages (bench/dossierSearch.mjs): reading a page costs about as much as 4 index candidates. */
export const READING: Reading = { firstItems: 64, probePages: 2_000, frequentShare: 0.1, maxPages: 30_000 };

const NEWEST_FIRST = sql`attachment_id desc, page_no`;
const FROM = sql`from attachment_pages p join attachments a on a.id = p.attachment_id join cases k on k.id = a.case_id
  left join dossier_entries e on e.attachment_id = a.id`;

/** The hits of the page asked for, and how many there are (more than `cap` only says "more"). */
export async function selectHits(db: Queryable, q: HitQuery, cap: number, reading: Reading = READING): Promise<{ keys: HitKey[]; count: number }> {
  if (q.order === null) return newestFirst(db, q, cap, reading);
  const capped = await fromIndex(db, q, q.order, cap);
  if (capped.count <= cap) return capped;
  const all = await db.execute<HitKey>(sql`
    select p.attachment_id, p.page_no, a.case_id, ${q.rank} as rank ${FROM} where ${whereOf(q)} order by ${q.order} limit ${q.limit} offset ${q.offset}`);
  return { keys: all.rows, count: capped.count };
}

function whereOf(q: HitQuery): SQL {
  // The search text first: where the planner reads pages one by one (not from the index), a page that lacks the terms
  // is dropped before its bigrams (out of line, compressed) are read; where it reads the index, the bigrams are not read.
  return sql`p.status = 'done' and ${q.exact} and ${q.candidates ?? sql`true`} and ${q.items}`;
}

/** At most cap + 1 matches from the index; when there are no more, the page of them in `order` too. */
async function fromIndex(db: Queryable, q: HitQuery, order: SQL, cap: number): Promise<{ keys: HitKey[]; count: number }> {
  const where = whereOf(q);
  const capped = await db.execute<HitKey & { n: number }>(sql`
    with hits as materialized (select p.attachment_id, p.page_no, a.case_id, ${q.rank} as rank ${FROM} where ${where} limit ${cap + 1})
    select attachment_id, page_no, case_id, (select count(*)::int from hits) as n from hits
     order by ${order} limit ${q.limit} offset ${q.offset}`);
  if (capped.rows.length) return { keys: capped.rows, count: Number(capped.rows[0]!.n) };
  // The page asked for is past the last hit: no row carries the count.
  const r = await db.execute<{ n: number }>(sql`select count(*)::int as n from (select 1 ${FROM} where ${where} limit ${cap + 1}) capped`);
  return { keys: [], count: Number(r.rows[0]!.n) };
}

interface RoundRow extends Record<string, unknown> {
  last: string | null;
  items: number;
  pages: number;
  hits: number;
  keys: HitKey[] | null;
}

/** Newest item first: read the newest items' pages while that is the cheaper way; else the index counts. */
async function newestFirst(db: Queryable, q: HitQuery, cap: number, reading: Reading): Promise<{ keys: HitKey[]; count: number }> {
  const want = q.offset + q.limit;
  const found: HitKey[] = [];
  let [hits, pages, before, counted] = [0, 0, null as number | null, null as number | null];
  for (let chunk = reading.firstItems; ; chunk *= 2) {
    const r: RoundRow = await readRound(db, q, before, chunk, want - found.length);
    found.push(...(r.keys ?? []));
    hits += Number(r.hits);
    pages += Number(r.pages);
    const exhausted = r.last === null || Number(r.items) < chunk;
    if (exhausted) return { keys: found.slice(q.offset, want), count: counted ?? hits };
    before = Number(r.last);
    if (counted === null && hits > cap) counted = hits;
    if (counted === null && ((pages >= reading.probePages && hits < pages * reading.frequentShare) || pages >= reading.maxPages)) {
      // Not frequent enough to count by reading: the index counts, and within the cap it has the page too.
      const capped = await fromIndex(db, q, NEWEST_FIRST, cap);
      if (capped.count <= cap) return capped;
      counted = capped.count;
    }
    if (counted !== null && found.length >= want) return { keys: found.slice(q.offset, want), count: counted };
  }
}

/** One round: the next `chunk` items older than `before`, how many of their pages hold the terms, and the first `need` of those. */
async function readRound(db: Queryable, q: HitQuery, before: number | null, chunk: number, need: number): Promise<RoundRow> {
  const r = await db.execute<RoundRow>(sql`
    with items as materialized (
      select a.id, a.case_id from attachments a join cases k on k.id = a.case_id left join dossier_entries e on e.attachment_id = a.id
       where ${q.items} ${before === null ? sql`` : sql`and a.id < ${before}`} order by a.id desc limit ${chunk}),
    pages as materialized (
      select p.attachment_id, p.page_no, i.case_id, (${q.exact}) as hit from items i join attachment_pages p on p.attachment_id = i.id where p.status = 'done')
    select (select min(id) from items) as last, (select count(*)::int from items) as items, (select count(*)::int from pages) as pages,
           (select count(*)::int from pages where hit) as hits,
           (select json_agg(h order by h.attachment_id desc, h.page_no) from
              (select attachment_id, page_no, case_id from pages where hit order by attachment_id desc, page_no limit ${Math.max(0, need)}) h) as keys`);
  return r.rows[0]!;
}
