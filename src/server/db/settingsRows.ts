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

function inTransaction(tx: object & Queryable): Promise<Map<string, SettingsRow>> {
  let rows = perTransaction.get(tx);
  if (!rows) {
    rows = readAll(tx);
    perTransaction.set(tx, rows);
    rows.catch(() => perTransaction.delete(tx));
  }
  return rows;
}

/** One settings row; inside a transaction all rows are read on first use and kept until it ends (or writes settings). */
export async function settingsRow(q: Queryable, key: string): Promise<SettingsRow | undefined> {
  if (!(q instanceof PgTransaction)) {
    const r = await q.execute<{ value: Record<string, unknown>; version: number }>(sql`select value, version from settings where key = ${key}`);
    return r.rows[0];
  }
  return (await inTransaction(q)).get(key);
}

/** The settings rows whose keys start with `prefix` (a family of keys, one per case type…), by key; cached like settingsRow. */
export async function settingsRowsWithPrefix(q: Queryable, prefix: string): Promise<Map<string, SettingsRow>> {
  if (!(q instanceof PgTransaction)) {
    const r = await q.execute<{ key: string; value: Record<string, unknown>; version: number }>(
      sql`select key, value, version from settings where starts_with(key, ${prefix})`,
    );
    return new Map(r.rows.map((x) => [x.key, { value: x.value, version: x.version }]));
  }
  return new Map([...(await inTransaction(q))].filter(([key]) => key.startsWith(prefix)));
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
