// One pool and one drizzle instance per process, over the embedded or an external PostgreSQL.
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; use cases take this and never open their own. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that runs queries: the database or a transaction. */
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

// DATE columns are calendar dates: keep them as 'YYYY-MM-DD' strings, never as JS Dates at midnight UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/**
 * `connectTimeoutMs` bounds opening a connection: while PostgreSQL is unreachable (a host that drops packets rather
 * than refusing) a request fails in that time with 503 DATABASE_UNAVAILABLE instead of hanging until the OS gives up
 * on the TCP handshake (minutes). Waiting for a free pooled connection is bounded separately and longer
 * (`poolWaitMs`): a burst of requests queues behind a busy pool rather than being refused after a few seconds. TCP
 * keep-alive probes from 10 s of silence on let the OS notice a server that vanished without closing its
 * connections (the OS's own default waits two hours); a statement already running on such a connection still waits
 * for the OS to give up.
 */
export function openDatabase(url: string, maxConnections = 20, connectTimeoutMs = 3000, poolWaitMs = 30_000): Database {
  // pg-pool times its queue and its connects with one setting; the client's own timeout bounds the connect alone.
  class TimedConnectClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: connectTimeoutMs });
    }
  }
  const pool = new pg.Pool({
    Client: TimedConnectClient,
    connectionString: url,
    max: maxConnections,
    application_name: 'courtflow',
    connectionTimeoutMillis: Math.max(poolWaitMs, connectTimeoutMs),
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  pool.on('error', () => {
    // An idle client lost its server (e.g. during shutdown); the pool replaces it on next use.
  });
  // A checked-out client whose server goes away (shutdown, failover, a terminated backend) fails its pending query;
  // without a listener its 'error' event would also end the whole process.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

/** Runs `fn` on one pooled client inside BEGIN … COMMIT (ROLLBACK if it throws), for code that speaks plain pg. */
export async function inClientTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await fn(client);
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback');
    throw e;
  } finally {
    client.release();
  }
}

const dialect = new PgDialect();

/**
 * Runs a statement whose text never varies (only its values) as a named prepared statement, so that PostgreSQL
 * parses and plans it once per connection instead of on every call. Planning was the larger part of the database's
 * time for a filing (docs/performance.md). Only for lookups by key, whose best plan does not depend on the values.
 */
export async function executePrepared<T extends Record<string, unknown>>(q: Queryable, name: string, query: SQL): Promise<{ rows: T[] }> {
  const built = dialect.sqlToQuery(query);
  // The text's digest in the name: a changed statement can never meet an old preparation of the same name.
  const prepared = q._.session.prepareQuery(built, undefined, `${name}_${createHash('sha1').update(built.sql).digest('hex').slice(0, 10)}`, false);
  return (await prepared.execute()) as { rows: T[] };
}
