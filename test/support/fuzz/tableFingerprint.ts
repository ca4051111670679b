// "Nothing partial is saved": a fingerprint of every table — its row count and the newest row version (xmin) —
// taken before and after a refused request. An insert, update or delete that committed changes it; locks taken
// and work rolled back do not. Sessions and the login counters change on refusals by design and are left out.
import type pg from 'pg';

const CHANGING_BY_DESIGN = ['sessions', 'login_throttles'];

const statements = new WeakMap<pg.Pool, Promise<string>>();

async function fingerprintSql(pool: pg.Pool): Promise<string> {
  const r = await pool.query<{ tablename: string }>(
    `select tablename from pg_tables where schemaname = 'public' and tablename <> all($1) order by tablename`,
    [CHANGING_BY_DESIGN],
  );
  return r.rows.map(({ tablename: t }) => `select '${t}' as t, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as v from "${t}"`).join(' union all ');
}

export type Fingerprint = Map<string, string>;

export async function tableFingerprint(pool: pg.Pool): Promise<Fingerprint> {
  let text = statements.get(pool);
  if (!text) statements.set(pool, (text = fingerprintSql(pool)));
  // Named, so each connection plans the union of every table once rather than on every call.
  const r = await pool.query<{ t: string; v: string }>({ name: 'fuzz_table_fingerprint', text: await text });
  return new Map(r.rows.map((x) => [x.t, x.v]));
}

/** Tables whose rows changed between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...after].filter(([t, v]) => before.get(t) !== v).map(([t]) => t);
}
