// Server-side pagination: one page of rows and the total, for every list endpoint.
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/database';

export interface PageRequest {
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface PageOf<T> {
  items: T[];
  total: number;
  totalAtLeast?: boolean;
  page: number;
  pageSize: number;
}

/** Lists over millions of rows count at most this many matches and say the total is a lower bound. */
export const COUNT_CAP = 10_000;

/** `select count(*)` of the rows `from` (FROM … WHERE …) selects, stopping after COUNT_CAP + 1. */
export function cappedCount(from: SQL): SQL {
  return sql`select count(*) as n from (select 1 ${from} limit ${COUNT_CAP + 1}) capped`;
}

/**
 * Runs `select` (everything up to and including ORDER BY) with the page's LIMIT/OFFSET and `count` (a query
 * returning one row with column `n`, capped by cappedCount or exact), mapping each row with `map`. A function
 * `select` places the LIMIT/OFFSET itself, e.g. in a subquery so joins run for the page's rows only.
 */
export async function pageOf<R extends Record<string, unknown>, T>(q: Queryable, req: PageRequest, select: SQL | ((limitOffset: SQL) => SQL), count: SQL, map: (row: R) => T): Promise<PageOf<T>> {
  const page = req.page ?? 1;
  const pageSize = req.pageSize ?? 20;
  const limitOffset = sql`limit ${pageSize} offset ${(page - 1) * pageSize}`;
  const rows = await q.execute<R>(typeof select === 'function' ? select(limitOffset) : sql`${select} ${limitOffset}`);
  const n = Number((await q.execute<{ n: string }>(count)).rows[0]!.n);
  const base = { items: rows.rows.map((r) => map(r as R)), page, pageSize };
  return n > COUNT_CAP ? { ...base, total: COUNT_CAP, totalAtLeast: true } : { ...base, total: n };
}
