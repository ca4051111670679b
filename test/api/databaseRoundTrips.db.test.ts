// What makes a round trip to PostgreSQL cheaper: named prepared statements (a fixed-shape statement is parsed and
// planned once per connection, then reused with new values; another text never meets the old preparation, even
// under the same name), and the embedded server reached over its Unix socket.
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { executePrepared } from '../../src/server/db/database';
import { fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';

const world = serverForSpec();

describe('executePrepared', () => {
  test('prepares once per connection, reuses with new values, and keeps different texts apart', async () => {
    const { db } = world.server.deps;
    await db.transaction(async (tx) => {
      const prepared = async () =>
        (await tx.execute<{ name: string; statement: string }>(sql`select name, statement from pg_prepared_statements where name like 'cf_probe_%' order by name`)).rows;
      expect(await prepared()).toEqual([]);
      const a = await executePrepared<{ n: number }>(tx, 'cf_probe', sql`select ${1}::int + 1 as n`);
      const b = await executePrepared<{ n: number }>(tx, 'cf_probe', sql`select ${41}::int + 1 as n`);
      expect([a.rows[0]?.n, b.rows[0]?.n]).toEqual([2, 42]);
      const once = await prepared();
      expect(once).toHaveLength(1);
      expect(once[0]!.statement).toContain('$1::int + 1');
      // Another text under the same name is a second statement, not an error or a wrong reuse.
      const c = await executePrepared<{ n: number }>(tx, 'cf_probe', sql`select ${5}::int * 2 as n`);
      expect(c.rows[0]?.n).toBe(10);
      const twice = await prepared();
      expect(twice).toHaveLength(2);
      expect(new Set(twice.map((s) => s.name)).size).toBe(2);
    });
  });

  test('the case page and the session lookup run as prepared statements', async () => {
    const pool = world.server.database.pool;
    const { id, party } = await fileLoanCase(world.server.baseUrl);
    for (let i = 0; i < 3; i++) expect((await party.get(`/api/v1/cases/${id}`)).body.id).toBe(id);
    const names = new Set<string>();
    const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
    try {
      for (const c of clients) for (const r of (await c.query(`select name from pg_prepared_statements`)).rows) names.add(String(r.name).replace(/_[0-9a-f]{10}$/, ''));
    } finally {
      for (const c of clients) c.release();
    }
    expect(names).toContain('load_session');
    expect(names).toContain('case_detail');
    expect(names).toContain('load_case');
  });
});

describe.skipIf(process.env.COURTFLOW_TEST_DB === 'external')('the embedded server', () => {
  test('is reached over its Unix socket, not loopback TCP', async () => {
    const r = await world.server.database.pool.query(`select inet_server_addr() as addr`);
    expect(r.rows[0].addr).toBeNull();
  });
});

describe('a lost connection', () => {
  test('fails the work on it, not the process, and the pool carries on', async () => {
    const pool = world.server.database.pool;
    const client = await pool.connect();
    const pid = (await client.query('select pg_backend_pid() as pid')).rows[0].pid;
    await pool.query('select pg_terminate_backend($1)', [pid]);
    // The server's goodbye arrives while the client is checked out but idle: an 'error' event with no query to fail.
    await new Promise((r) => setTimeout(r, 500));
    await expect(client.query('select 1')).rejects.toThrow();
    client.release(true);
    const { party } = await fileLoanCase(world.server.baseUrl);
    expect((await party.get('/api/v1/cases?view=mine')).status).toBe(200);
  });
});
