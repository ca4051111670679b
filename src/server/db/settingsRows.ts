// The settings table (a handful of keys) read in one round trip per transaction: every rule applied in one
// transaction sees the same values, and a registration does not pay a query for each key it consults.
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { executePrepared, type Queryable, type Tx } from './database';

export interface SettingsRow {
  value: Record<string, unknown>;
  version: number;
}

const perTransaction = new WeakMap<object, Promise<Map<string, SettingsRow>>>();

async function readAll(q: Queryable): Promise<Map<string, SettingsRow>> {
  const r = await executePrepared<{ key: string; value: Record<string, unknown>; version: number }>(q, 'all_settings', sql`select key, value, version from settings`);
  return new Map(r.rows.map((x) => [x.key, { value: x.value, version: x.version }]));
}

/** One settings row; inside a transaction all rows are read on first use and kept until it ends (or writes settings). */
export async function settingsRow(q: Queryable, key: string): Promise<SettingsRow | undefined> {
  if (!(q instanceof PgTransaction)) {
    const r = await q.execute<{ value: Record<string, unknown>; version: number }>(sql`select value, version from settings where key = ${key}`);
    return r.rows[0];
  }
  let rows = perTransaction.get(q);
  if (!rows) {
    rows = readAll(q);
    perTransaction.set(q, rows);
    rows.catch(() => perTransaction.delete(q));
  }
  return (await rows).get(key);
}

/** Writes one settings key (bumping its version) and makes the transaction read settings afresh. */
export async function writeSettingsRow(tx: Tx, key: string, value: Record<string, unknown> | null, actorId: number | null): Promise<void> {
  perTransaction.delete(tx);
  await tx.execute(
    value === null
      ? sql`insert into settings (key, value, version, updated_by) values (${key}, '{}'::jsonb, 1, ${actorId})
            on conflict (key) do update set version = settings.version + 1, updated_at = now(), updated_by = excluded.updated_by`
      : sql`insert into settings (key, value, updated_by) values (${key}, ${JSON.stringify(value)}::jsonb, ${actorId})
            on conflict (key) do update set value = excluded.value, version = settings.version + 1, updated_at = now(), updated_by = excluded.updated_by`,
  );
}
