// The ORDER BY of a list from its allow-listed sort columns: the contract (SortParam) refuses any other column, and
// here each column maps to the SQL expressions it sorts by, so no text from the request reaches the SQL.
import { sql, type SQL } from 'drizzle-orm';

/** Column name → the expressions it sorts by, most significant first (a case number sorts by year, then serial). */
export type SortColumns<C extends string> = Readonly<Record<C, SQL | readonly SQL[]>>;

/**
 * `sort` ('col' or '-col') as an ORDER BY list, nulls last either way, ending with `tiebreak` in the same direction
 * so pages never overlap; `fallback` when the request names none.
 */
export function orderBy<C extends string>(columns: SortColumns<C>, sort: string | undefined, fallback: C | `-${C}`, tiebreak: SQL): SQL {
  const chosen = sort ?? fallback;
  const desc = chosen.startsWith('-');
  const name = (desc ? chosen.slice(1) : chosen) as C;
  const exprs = columns[name] as SQL | readonly SQL[] | undefined;
  // The contract already refused unknown columns; a list that forgot to allow-list one sorts by its fallback.
  if (exprs === undefined) return orderBy(columns, undefined, fallback, tiebreak);
  const dir = desc ? sql` desc nulls last` : sql` asc nulls last`;
  const list = Array.isArray(exprs) ? (exprs as readonly SQL[]) : [exprs as SQL];
  return sql.join([...list.map((e) => sql`${e}${dir}`), sql`${tiebreak}${desc ? sql` desc` : sql` asc`}`], sql`, `);
}

/** A `like` pattern matching `text` anywhere, with the pattern characters of the text escaped. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}
