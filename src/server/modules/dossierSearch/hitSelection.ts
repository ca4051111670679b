// Which pages make one page of 卷宗检索 results, chosen so that the cost follows the page asked for and not the number of
// matches (docs/performance.md, dossier search). Every path applies the same conditions, so they agree (a property test
// holds each to a LIKE scan):
// - the capped set: the index's candidates checked on their search text, at most `cap` + 1 — when no more, the whole
//   set is known, ordered and paged in the same query;
// - newest first beyond the cap: the newest items (whole items, a growing number at a time) are read page by page until
//   the page of results is full — a phrase with more than `cap` hits is frequent enough that few items are read;
// - any other order beyond the cap: every match ordered (relevance over a frequent phrase is the one slow search).
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

export const NEWEST_FIRST = sql`attachment_id desc, page_no`;
const FROM = sql`from attachment_pages p join attachments a on a.id = p.attachment_id join cases k on k.id = a.case_id
  left join dossier_entries e on e.attachment_id = a.id`;

/** The hits of the page asked for, and how many there are (at most cap + 1). */
export async function selectHits(db: Queryable, q: HitQuery, cap: number): Promise<{ keys: HitKey[]; count: number }> {
  // The search text first: where the planner reads pages one by one (not from the index), a page that lacks the terms
  // is dropped before its bigrams (out of line, compressed) are read; where it reads the index, the bigrams are not read.
  const where = sql`p.status = 'done' and ${q.exact} and ${q.candidates ?? sql`true`} and ${q.items}`;
  const order = q.order ?? NEWEST_FIRST;
  const capped = await db.execute<HitKey & { n: number }>(sql`
    with hits as materialized (select p.attachment_id, p.page_no, a.case_id, ${q.rank} as rank ${FROM} where ${where} limit ${cap + 1})
    select attachment_id, page_no, case_id, (select count(*)::int from hits) as n from hits
     order by ${order} limit ${q.limit} offset ${q.offset}`);
  const count = capped.rows.length ? Number(capped.rows[0]!.n) : await countOf(db, where, cap);
  if (count <= cap) return { keys: capped.rows, count };
  if (q.order === null) return { keys: await newestItemsFirst(db, q), count };
  const all = await db.execute<HitKey>(sql`
    select p.attachment_id, p.page_no, a.case_id, ${q.rank} as rank ${FROM} where ${where} order by ${order} limit ${q.limit} offset ${q.offset}`);
  return { keys: all.rows, count };
}

/** The count when the page asked for is past the last hit (no rows to carry it). */
async function countOf(db: Queryable, where: SQL, cap: number): Promise<number> {
  const r = await db.execute<{ n: number }>(sql`select count(*)::int as n from (select 1 ${FROM} where ${where} limit ${cap + 1}) capped`);
  return Number(r.rows[0]!.n);
}

interface ChunkRow extends Record<string, unknown> {
  last: string | null;
  items: number;
  hits: HitKey[] | null;
}

/** First items read by the newest-first walk; each round reads four times as many as the last. */
const FIRST_ITEMS = 64;

/**
 * Newest item first, read from the newest items backwards: each round takes the next items (whole items, so their hits
 * are complete and in order) and their pages that hold the terms, until the page of results is full or no item is left.
 */
async function newestItemsFirst(db: Queryable, q: HitQuery): Promise<HitKey[]> {
  const want = q.offset + q.limit;
  const found: HitKey[] = [];
  let before: number | null = null;
  for (let chunk = FIRST_ITEMS; found.length < want; chunk *= 4) {
    const r: { rows: ChunkRow[] } = await db.execute<ChunkRow>(sql`
      with items as materialized (
        select a.id, a.case_id from attachments a join cases k on k.id = a.case_id left join dossier_entries e on e.attachment_id = a.id
         where ${q.items} ${before === null ? sql`` : sql`and a.id < ${before}`} order by a.id desc limit ${chunk}),
      hits as (
        select p.attachment_id, p.page_no, i.case_id from items i join attachment_pages p on p.attachment_id = i.id
         where p.status = 'done' and ${q.exact} order by p.attachment_id desc, p.page_no limit ${want - found.length})
      select (select min(id) from items) as last, (select count(*)::int from items) as items, (select json_agg(h order by h.attachment_id desc, h.page_no) from hits h) as hits`);
    const row: ChunkRow = r.rows[0]!;
    found.push(...(row.hits ?? []));
    if (row.last === null || Number(row.items) < chunk) break;
    before = Number(row.last);
  }
  return found.slice(q.offset, want);
}
