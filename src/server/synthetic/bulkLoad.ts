// Bulk loading as pg_restore does it: the secondary indexes and foreign keys of the loaded tables are set aside,
// the rows copied, then every index rebuilt and every foreign key added back and validated against all rows.
// If the load fails, the rows it added are deleted before the definitions are restored.
import type pg from 'pg';
import { inClientTransaction } from '../db/database';

interface Definitions {
  indexes: { name: string; def: string }[];
  foreignKeys: { table: string; name: string; def: string }[];
}

async function definitionsOf(pool: pg.Pool, tables: readonly string[]): Promise<Definitions> {
  const indexes = await pool.query<{ name: string; def: string }>(
    `select i.relname as name, pg_get_indexdef(i.oid) as def
       from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      where t.relname = any($1) and t.relnamespace = 'public'::regnamespace and not x.indisprimary
        and not exists (select 1 from pg_constraint c where c.conindid = i.oid)`,
    [tables],
  );
  // Every foreign key that points from or to a loaded table (a key to cases is checked per row otherwise).
  const foreignKeys = await pool.query<{ table: string; name: string; def: string }>(
    `select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as def
       from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_class r on r.oid = c.confrelid
      where c.contype = 'f' and (t.relname = any($1) or r.relname = any($1)) and t.relnamespace = 'public'::regnamespace`,
    [tables],
  );
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

async function restore(pool: pg.Pool, d: Definitions, onStep?: (what: string) => void): Promise<void> {
  // Two at a time: one per core of the machines we measure on, and PostgreSQL builds each index on its own.
  const queue = d.indexes.map((i) => ({ what: `index ${i.name}`, sql: i.def.replace(/^CREATE (UNIQUE )?INDEX /u, 'CREATE $1INDEX IF NOT EXISTS ') }));
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      onStep?.(job.what);
      await pool.query(job.sql);
    }
  };
  await Promise.all([worker(), worker()]);
  for (const fk of d.foreignKeys) {
    onStep?.(`foreign key ${fk.name}`);
    await pool.query(`alter table ${fk.table} add constraint ${fk.name} ${fk.def}`);
  }
}

/**
 * Runs `load` with the tables' secondary indexes and foreign keys set aside. `undo` deletes what the load added;
 * it runs, before the definitions are restored, if the load fails.
 */
export async function withoutSecondaryIndexes<T>(pool: pg.Pool, tables: readonly string[], load: () => Promise<T>, undo: () => Promise<void>, onStep?: (what: string) => void): Promise<T> {
  const d = await definitionsOf(pool, tables);
  await inClientTransaction(pool, async (client) => {
    for (const fk of d.foreignKeys) await client.query(`alter table ${fk.table} drop constraint ${fk.name}`);
    for (const i of d.indexes) await client.query(`drop index ${i.name}`);
  });
  let result: T;
  try {
    result = await load();
  } catch (e) {
    await undo();
    await restore(pool, d, onStep);
    throw e;
  }
  await restore(pool, d, onStep);
  return result;
}
