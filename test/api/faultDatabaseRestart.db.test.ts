// Fault injection: PostgreSQL stops in the middle of filings and registrations and starts again. While it is away
// every request is answered promptly with 503 DATABASE_UNAVAILABLE and Retry-After, /healthz names the database;
// once it is back the same server process serves again, and nothing acknowledged is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/server/db/embeddedPostgres';
import { ApiClient } from '../support/apiClient';
import { expectWritesIntact, FilingLoad, pause, retryUnacknowledgedRegistrations, until, type Answer } from '../support/filingLoad';
import { courtId, divisionId, loanComplaint } from '../support/fixtures';
import { spawnServer, type ServerProcess } from '../support/serverProcess';

/** How long any answer may take while the database is away: a refusal, not a hang. */
const PROMPT_MS = 2000;

// Its own embedded cluster, whichever PostgreSQL the other database tests use: run once, in the embedded project.
describe.skipIf(process.env.COURTFLOW_TEST_DB === 'external')('a PostgreSQL restart under load', () => {
  const log = pino({ level: 'warn' });
  let dir: string;
  let postgres: EmbeddedServer;
  let port: number;
  let server: ServerProcess;
  let pool: pg.Pool;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-restart-'));
    postgres = await startEmbeddedPostgres(dir, 0, log);
    port = Number(new URL(postgres.url).port);
    server = await spawnServer(postgres.url, { SEED_DEMO: 'true', JOBS_INTERVAL_SECONDS: '1' });
    pool = new pg.Pool({ connectionString: postgres.url, max: 2 });
    pool.on('error', () => {}); // its idle clients lose their server when the test stops it
  });
  afterAll(async () => {
    await server?.stop();
    await pool?.end();
    await postgres?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('clients get prompt 503s while it is away; the same process serves again and no acknowledged write is lost', async () => {
    const party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const division = await divisionId(clerk, await courtId(clerk, '吉0102'));
    const load = new FilingLoad({ party: () => party, clerk: () => clerk }, await loanComplaint(party, { requiredMaterials: false }), division);
    load.start(6);
    await until('registrations before the outage', () => load.registered.size >= 10);

    await postgres.stop();
    const downAt = Date.now();
    const health: { status: number; body: any; retryAfter: string | null; ms: number }[] = [];
    const pageStatuses: number[] = [];
    while (Date.now() - downAt < 3000) {
      const started = Date.now();
      const r = await new ApiClient(server.baseUrl).get('/healthz');
      health.push({ status: r.status, body: r.body, retryAfter: r.headers.get('retry-after'), ms: Date.now() - started });
      // A signed-in browser still gets the web app's pages (no session is looked up for them), not the outage.
      pageStatuses.push((await party.get('/my-cases')).status);
      await pause(250);
    }
    postgres = await startEmbeddedPostgres(dir, port, log);
    const upAt = Date.now();

    await until('the server to find its database again', async () => (await new ApiClient(server.baseUrl).get('/healthz')).status === 200, 15_000, 200);
    const atRecovery = load.registered.size;
    await until('registrations after the outage, by the same process', () => load.registered.size >= atRecovery + 10);
    await load.stop();

    // While it was away: every answer a prompt 503 with the code and Retry-After, nothing else.
    const whileDown = load.answers.filter((x) => x.startedAt >= downAt && x.startedAt + x.ms <= upAt);
    expect(whileDown.length).toBeGreaterThan(10);
    const outOfShape = (x: Answer) => x.status !== 503 || x.code !== 'DATABASE_UNAVAILABLE' || x.retryAfter !== '5';
    expect(whileDown.filter(outOfShape)).toEqual([]);
    const slowest = Math.max(...whileDown.map((x) => x.ms));
    expect(slowest).toBeLessThan(PROMPT_MS);
    // Around the stop and the start (connections cut mid-transaction, the server starting up): 503s too, never a 500.
    expect(load.answers.filter((x) => ![200, 201].includes(x.status) && outOfShape(x))).toEqual([]);

    expect(health.length).toBeGreaterThan(3);
    expect(pageStatuses.filter((st) => st === 503)).toEqual([]);
    for (const h of health) {
      expect(h).toMatchObject({ status: 503, retryAfter: '5', body: { status: 'unavailable', database: 'unavailable', blobStore: 'ok', code: 'DATABASE_UNAVAILABLE' } });
      expect(h.body.messages['zh-CN']).toMatch(/数据库/u);
      expect(h.ms).toBeLessThan(PROMPT_MS);
    }
    console.log(`PostgreSQL restart under load: ${whileDown.length} answers while down, slowest ${slowest} ms; ${load.registered.size} registrations acknowledged`);

    await retryUnacknowledgedRegistrations(load, clerk, division);
    await expectWritesIntact(pool, load);
    expect(server.output()).not.toMatch(/"level":50[^\n]*"msg":"request failed"/u);
  });
});
