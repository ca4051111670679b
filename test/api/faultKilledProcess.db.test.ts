// Fault injection: one of two `courtflow serve` processes on one database is killed with SIGKILL in the middle of
// filings and registrations (no shutdown, transactions cut off wherever they were, its locks and its turn at the
// log's sequencer held), the survivor carries on, and the database must hold every acknowledged write, gapless
// numbers, and each reminder and log entry exactly once.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateSigner } from '../../src/server/modules/transparency/logKey';
import { ApiClient } from '../support/apiClient';
import { expectWritesIntact, FilingLoad, pause, retryUnacknowledgedRegistrations, until } from '../support/filingLoad';
import { courtId, divisionId, loanComplaint } from '../support/fixtures';
import { spawnServer, type ServerProcess } from '../support/serverProcess';
import { createTestDatabase, type TestDatabase } from '../support/testServer';

describe('kill -9 of a server process under load', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const processes: ServerProcess[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const signer = await generateSigner('courtflow.test/log');
    // One signing key for all processes; the sweep and the log's sequencer run every second in each.
    const env = { TLOG_SIGNING_KEY: signer.privateText, TLOG_ORIGIN: 'courtflow.test/log', JOBS_INTERVAL_SECONDS: '1' };
    processes.push(...(await Promise.all([spawnServer(db.url, env), spawnServer(db.url, env)])));
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await pool?.end();
    await db?.drop();
  });

  test('every acknowledged write survives, numbers stay gapless, nothing is done twice', async () => {
    const [a, b] = processes as [ServerProcess, ServerProcess];
    const party = await ApiClient.loggedIn(a.baseUrl, 'zhangsan');
    const clerk = await ApiClient.loggedIn(a.baseUrl, 'ng-filing');
    const division = await divisionId(clerk, await courtId(clerk, '吉0102'));
    // Sessions live in PostgreSQL: the same two sessions on whichever processes are alive, in turn.
    let live = [a, b];
    let turn = 0;
    const next = () => live[turn++ % live.length]!.baseUrl;
    const load = new FilingLoad({ party: () => party.on(next()), clerk: () => clerk.on(next()) }, await loanComplaint(party, { requiredMaterials: false }), division);

    // Time passes for registered cases while the load runs: their 审限 come within the red threshold today, so both
    // processes' sweeps keep claiming reminders, also at the moment one of them dies.
    const remindable: number[] = [];
    const madeDue = new Set<number>();
    let passingTime = true;
    const timePasses = (async () => {
      while (passingTime) {
        const ids = [...load.registered.keys()].filter((id) => !madeDue.has(id));
        ids.forEach((id) => madeDue.add(id));
        const r = await pool.query(`update case_periods set due_on = current_date + 3, alert_on = current_date where kind = 'trialLimit' and case_id = any($1) returning id`, [ids]);
        remindable.push(...r.rows.map((row) => Number(row.id)));
        await pause(300);
      }
    })();

    load.start(6);
    await until('registrations through both processes', () => load.registered.size >= 15);
    a.child.kill('SIGKILL');
    live = [b];
    const atKill = load.registered.size;
    await until('registrations after the kill', () => load.registered.size >= atKill + 15);
    await load.stop();
    passingTime = false;
    await timePasses;

    const lost = load.answers.filter((x) => x.status === 0);
    console.log(`kill -9 under load: ${load.registered.size} registrations acknowledged, ${lost.length} requests lost with the killed process`);
    expect(load.answers.filter((x) => x.status !== 0 && x.status !== 200 && x.status !== 201)).toEqual([]);

    await retryUnacknowledgedRegistrations(load, clerk.on(b.baseUrl), division);
    await expectWritesIntact(pool, load);

    // Each period due today gets its one reminder, though two sweeps (and a dead third) competed for it.
    expect(remindable.length).toBeGreaterThan(0);
    const reminders = async () => (await pool.query<{ n: number }>('select count(*)::int as n from period_reminders where period_id = any($1) group by period_id', [remindable])).rows;
    await until('a reminder for every period due', async () => (await reminders()).length === remindable.length, 20_000, 250);
    await pause(2500); // both schedulers tick again: nothing is reminded a second time
    expect((await reminders()).map((r) => r.n)).toEqual(remindable.map(() => 1));
  });
});
