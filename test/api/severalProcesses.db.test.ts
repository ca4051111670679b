// `courtflow serve` as two OS processes on one PostgreSQL, as behind a load balancer: a session works on either,
// filings through both get one gapless series of numbers, the period sweep and the transparency log's sequencer
// run in both yet do each piece of work once, under one signing key.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateSigner } from '../../src/server/modules/transparency/logKey';
import { ApiClient } from '../support/apiClient';
import { courtId, divisionId, loanComplaint, withFreshMaterials } from '../support/fixtures';
import { spawnServer, type ServerProcess } from '../support/serverProcess';
import { createTestDatabase, type TestDatabase } from '../support/testServer';
import pg from 'pg';

describe('two server processes on one database', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let a: ServerProcess;
  let b: ServerProcess;
  let verifierKey: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const signer = await generateSigner('courtflow.test/log');
    verifierKey = signer.verifier.text;
    // The same key for every process (TLOG_SIGNING_KEY), jobs every second in both.
    const env = { TLOG_SIGNING_KEY: signer.privateText, TLOG_ORIGIN: 'courtflow.test/log', JOBS_INTERVAL_SECONDS: '1' };
    [a, b] = await Promise.all([spawnServer(db.url, env), spawnServer(db.url, env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await pool?.end();
    await db?.drop();
  });

  test('a session opened on one process works on the other, and logging out on one ends it on both', async () => {
    const judge = await ApiClient.loggedIn(a.baseUrl, 'ng-judge1');
    const onB = judge.on(b.baseUrl);
    const me = await onB.get('/api/v1/auth/me');
    expect([me.status, me.body.user?.username ?? me.body.username]).toEqual([200, 'ng-judge1']);
    expect((await onB.post('/api/v1/auth/logout', {})).status).toBeLessThan(300);
    expect((await judge.get('/api/v1/auth/me')).status).toBe(401);
  });

  test('filings through both processes get one gapless series; sweeps and the log do each piece of work once', async () => {
    const parties = await Promise.all([a, b].map((s) => ApiClient.loggedIn(s.baseUrl, 'zhangsan')));
    const clerks = await Promise.all([a, b].map((s) => ApiClient.loggedIn(s.baseUrl, 'ng-filing')));
    const complaint = await loanComplaint(parties[0]!, { requiredMaterials: false });
    const division = await divisionId(clerks[0]!, await courtId(clerks[0]!, '吉0102'));
    const ids = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const filed = await parties[i % 2]!.post('/api/v1/filings', await withFreshMaterials(parties[i % 2]!, complaint));
        expect(filed.status).toBe(201);
        // Registered through the other process than the one it was filed through.
        const accepted = await clerks[(i + 1) % 2]!.fire(filed.body.id, 'accept', { procedure: 'simple', divisionId: division });
        expect(accepted.status).toBe(200);
        return filed.body.id as number;
      }),
    );
    const numbers = (await pool.query('select number_serial from cases where id = any($1) order by number_serial', [ids])).rows.map((r) => r.number_serial);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));

    // Time passes for three 审限: they come within the red threshold today; both sweeps run every second.
    const periods = (await pool.query(`update case_periods set due_on = current_date + 3, alert_on = current_date where kind = 'trialLimit' and case_id = any($1) returning id`, [ids.slice(0, 3)])).rows.map((r) => Number(r.id));
    expect(periods).toHaveLength(3);
    const deadline = Date.now() + 20_000;
    let reminders: { period_id: string; n: string }[] = [];
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      reminders = (await pool.query('select period_id, count(*) as n from period_reminders where period_id = any($1) group by period_id', [periods])).rows;
      const levels = (await pool.query(`select count(*) as n from case_periods where id = any($1) and level = 'red'`, [periods])).rows[0].n;
      const queued = (await pool.query('select count(*) as n from tlog_entries where leaf_index is null')).rows[0].n;
      if (reminders.length === 3 && Number(levels) === 3 && Number(queued) === 0) break;
    }
    // Let both schedulers tick a few more times: nothing is done twice.
    await new Promise((r) => setTimeout(r, 2500));
    reminders = (await pool.query('select period_id, count(*) as n from period_reminders where period_id = any($1) group by period_id', [periods])).rows;
    expect(reminders.map((r) => Number(r.n))).toEqual([1, 1, 1]);
    expect(a.output() + b.output()).toMatch(/period sweep/);

    // One log: every event sequenced exactly once, leaf indices 0..n-1, checkpoints growing under the one key.
    const log = (await pool.query(`select count(*) as n, count(distinct leaf_index) as d, min(leaf_index) as lo, max(leaf_index) as hi, count(*) filter (where leaf_index is null) as q from tlog_entries`)).rows[0];
    expect(Number(log.q)).toBe(0);
    expect([Number(log.d), Number(log.lo), Number(log.hi)]).toEqual([Number(log.n), 0, Number(log.n) - 1]);
    expect(Number(log.n)).toBeGreaterThanOrEqual(48);
    const keys = (await pool.query('select distinct verifier_key from tlog_checkpoints')).rows.map((r) => r.verifier_key);
    expect(keys).toEqual([verifierKey]);
    const checkpoints = await new ApiClient(b.baseUrl).get('/api/v1/transparency/checkpoint');
    expect(checkpoints.status).toBe(200);
  });
});
