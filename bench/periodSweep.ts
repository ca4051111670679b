// The period sweep over many open periods with 1% due today, held against a full scan of the same table in the
// same run. Loads synthetic rows with set-based SQL into a fresh database (embedded PostgreSQL, or
// BENCH_DATABASE_URL). Usage: node --import tsx bench/periodSweep.ts [periods=1000000]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { secureRandom } from '../src/server/app';
import { localBlobStore } from '../src/server/blobs/blobStore';
import { loadConfig } from '../src/server/config';
import { generateSigner } from '../src/server/modules/transparency/logKey';
import { openDatabase } from '../src/server/db/database';
import { startEmbeddedPostgres } from '../src/server/db/embeddedPostgres';
import { applyMigrations } from '../src/server/db/migrate';
import { seedDemoProvince } from '../src/server/db/seed/demoProvince';
import { seedReferenceData } from '../src/server/db/seed/referenceData';
import { systemClock, type Deps } from '../src/server/deps';
import { sweepPeriods } from '../src/server/jobs/periodSweep';
import { warningLevel } from '../src/domain/clock';

const periods = Number(process.argv[2] ?? 1_000_000);
const perCase = 10;
const today = '2026-06-01';
const log = pino({ level: 'warn' });
const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-bench-'));
const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres(dir, 0, log);
let url = process.env.BENCH_DATABASE_URL ?? embedded!.url;
const name = `cf_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`create database ${name} encoding 'UTF8' template template0`);
url = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
const database = openDatabase(url, 4);

try {
  await applyMigrations(database);
  const client = await database.pool.connect();
  await seedReferenceData(client);
  await seedDemoProvince(client);
  client.release();
  const t0 = performance.now();
  const court = (await database.pool.query(`select id from courts where code = '吉0102'`)).rows[0].id;
  await database.pool.query(
    `insert into cases (case_type, court_id, node, received_on, accepted_on, procedure, filed_at, node_entered_at)
     select '民初', $1, 'assigned', date '2026-01-01' + (g % 150)::int, date '2026-01-01' + (g % 150)::int, 'ordinary', now(), now()
       from generate_series(1, $2) g`,
    [court, Math.ceil(periods / perCase)],
  );
  // 1% of the periods need a look today (alert_on = today): a mix already overdue, due today and due in 1–3 days;
  // the rest are due weeks later and wait for a later day.
  await database.pool.query(
    `insert into case_periods (case_id, court_id, kind, audience, trigger_on, trigger_fact, basis, base_due_on, due_on, status, level, alert_on, trace)
     select k.id, k.court_id, 'serveComplaint', 'court', date '2026-05-01', '{"zh-CN":"立案","en":"registered"}', '{}', d.due, d.due, 'running', 'none',
            case when d.look then date '${today}' else d.due - 3 end, '[]'
       from cases k cross join generate_series(1, ${perCase}) s
       cross join lateral (select (k.id * ${perCase} + s) % 100 = 0 as look) l
       cross join lateral (select l.look, case when l.look then date '${today}' - 1 + ((k.id / 10) % 5)::int else date '${today}' + 30 + ((k.id + s) % 200)::int end as due) d`,
  );
  await database.pool.query('analyze case_periods');
  const loadMs = performance.now() - t0;
  const total = Number((await database.pool.query('select count(*) as n from case_periods')).rows[0].n);

  const config = loadConfig({}, { logLevel: 'warn' });
  const deps: Deps = { db: database.db, readDb: database.db, pool: database.pool, config, clock: systemClock(config.timeZone), blobs: localBlobStore(dir), random: secureRandom, log, transparency: { signer: await generateSigner('bench'), origin: 'bench', witnesses: [] }, knownDeviceKey: randomBytes(32) };
  const s0 = performance.now();
  const swept = await sweepPeriods(deps, { today });
  const sweepMs = performance.now() - s0;

  // Baseline: what a sweep without the alert_on index would do — read every running period and decide in code.
  const f0 = performance.now();
  const all = await database.pool.query(`select id, due_on from case_periods where status = 'running'`);
  let wouldRemind = 0;
  for (const r of all.rows) if (warningLevel(r.due_on, today, { yellowDays: 2, redDays: 0 }) !== 'none') wouldRemind++;
  const scanMs = performance.now() - f0;

  console.log(`| step (${total.toLocaleString('en')} periods, ${Math.ceil(periods / perCase).toLocaleString('en')} cases) | ms | rows touched |`);
  console.log('|---|---|---|');
  console.log(`| load synthetic data (set-based INSERT … SELECT) | ${loadMs.toFixed(0)} | ${total} |`);
  console.log(`| sweep: claim due rows by the alert_on index, remind, reschedule | ${sweepMs.toFixed(0)} | ${swept.claimed} (reminders ${swept.reminders}) |`);
  console.log(`| baseline: full scan of running periods, levels decided in code (no writes) | ${scanMs.toFixed(0)} | ${all.rowCount} (would remind ${wouldRemind}) |`);
} finally {
  await database.close();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await embedded?.stop();
  rmSync(dir, { recursive: true, force: true });
}
