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
  page: number;
  pageSize: number;
}

/**
 * Runs `select` (everything up to and including ORDER BY) with the page's LIMIT/OFFSET and `count` (a query
 * returning one row with column `n`), mapping each row with `map`.
 */
export async function pageOf<R extends Record<string, unknown>, T>(q: Queryable, req: PageRequest, select: SQL, count: SQL, map: (row: R) => T): Promise<PageOf<T>> {
  const page = req.page ?? 1;
  const pageSize = req.pageSize ?? 20;
  const rows = await q.execute<R>(sql`${select} limit ${pageSize} offset ${(page - 1) * pageSize}`);
  const total = await q.execute<{ n: string }>(count);
  return { items: rows.rows.map((r) => map(r as R)), total: Number(total.rows[0]!.n), page, pageSize };
}
