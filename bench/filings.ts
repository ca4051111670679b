// Filings submitted and accepted over HTTP with several connections, against inserting the same rows with plain
// SQL at the same concurrency (the database's floor for this work).
//
// HTTP: each connection, in a loop, submits a party's complaint (POST /api/v1/filings) and has a filing clerk
// register it (accept: case number from the gapless counter, periods, fee notice, timeline, transparency log).
// SQL: each connection, in a loop and one transaction per filing, copies every row one HTTP filing wrote (found
// by case id in every table that has one, plus its log entries) with a fresh case number from the same counter.
//
// Usage: node --import tsx bench/filings.ts [connections=8] [seconds=20]
// (a fresh embedded database with the demo seed, or BENCH_DATABASE_URL)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/server/config';
import { startServer } from '../src/server/start';
import { ApiClient } from '../test/support/apiClient';
import { loanComplaint } from '../test/support/fixtures';

const connections = Number(process.argv[2] ?? 8);
const seconds = Number(process.argv[3] ?? 20);
const log = pino({ level: 'warn' });

const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-bench-'));
const url = process.env.BENCH_DATABASE_URL;
const config = loadConfig({}, { ...(url ? { databaseUrl: url } : {}), dataDir: dir, port: 0, host: '127.0.0.1', jobsIntervalSeconds: 0, seedDemo: true, logLevel: 'warn' });
const server = await startServer(config, { log });
const pool = server.database.pool;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function run(label: string, worker: (w: number) => Promise<(i: number) => Promise<void>>) {
  const loops = await Promise.all(Array.from({ length: connections }, (_, w) => worker(w)));
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    loops.map(async (once) => {
      for (let i = 0; performance.now() < end; i++) {
        const s = performance.now();
        await once(i);
        latencies.push(performance.now() - s);
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { label, done: latencies.length, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

// HTTP: the party files, the clerk registers.
const probe = await ApiClient.loggedIn(server.url, 'ng-filing');
const courts = (await probe.get('/api/v1/courts')).body as { id: number; code: string }[];
const court = courts.find((c) => c.code === '吉0102')!;
const division = ((await probe.get(`/api/v1/courts/${court.id}/divisions`)).body as { id: number; kind: string }[]).find((d) => d.kind === 'civil')!;
let templateCase = 0;
const http = await run('HTTP: submit + accept', async () => {
  const party = await ApiClient.loggedIn(server.url, 'zhangsan');
  const clerk = await ApiClient.loggedIn(server.url, 'ng-filing');
  const complaint = await loanComplaint(party);
  return async () => {
    const filed = await party.post('/api/v1/filings', complaint);
    if (filed.status !== 201) throw new Error(`filing: ${filed.status} ${JSON.stringify(filed.body)}`);
    const accepted = await clerk.fire(filed.body.id, 'accept', { procedure: 'simple', divisionId: division.id });
    if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
    templateCase = filed.body.id;
  };
});

// SQL: the same rows, copied from the last HTTP filing, one transaction per filing, same concurrency.
const tables = (
  await pool.query<{ table_name: string; columns: string[] }>(`
    select c.table_name, array_agg(c.column_name::text order by c.ordinal_position) filter (where c.column_name <> 'id' or c.table_name = 'case_panel') as columns
      from information_schema.columns c
     where c.table_schema = 'public' and c.table_name in (select table_name from information_schema.columns where table_schema = 'public' and column_name = 'case_id')
       and c.table_name not in ('cases')
     group by c.table_name`)
).rows.filter((t) => t.columns.includes('case_id'));
const caseColumns = (await pool.query<{ column_name: string }>(`select column_name from information_schema.columns where table_schema = 'public' and table_name = 'cases' and column_name not in ('id', 'case_number', 'number_serial') order by ordinal_position`)).rows.map((r) => r.column_name);
const perCase: Record<string, number> = {};
for (const t of tables) {
  const n = Number((await pool.query(`select count(*) as n from ${t.table_name} where case_id = $1`, [templateCase])).rows[0].n);
  if (n) perCase[t.table_name] = n;
}
const copied = tables.filter((t) => perCase[t.table_name]);
const sqlRun = await run('SQL: the same rows', async () => async () => {
  const c = await pool.connect();
  try {
    await c.query('begin');
    const serial = (await c.query(`update case_number_counters set last_serial = last_serial + 1 where court_id = $1 and type_code = '民初' and special_code = '' and year = (select number_year from cases where id = $2) returning last_serial`, [court.id, templateCase])).rows[0].last_serial;
    const id = (
      await c.query(
        `insert into cases (${caseColumns.join(', ')}, case_number, number_serial)
         select ${caseColumns.join(', ')}, regexp_replace(case_number, '\\d+号$', $2 || '号'), $2 from cases where id = $1 returning id`,
        [templateCase, serial],
      )
    ).rows[0].id;
    for (const t of copied) {
      const cols = t.columns.join(', ');
      const select = t.columns.map((x) => (x === 'case_id' ? '$2' : x)).join(', ');
      await c.query(`insert into ${t.table_name} (${cols}) select ${select} from ${t.table_name} where case_id = $1`, [templateCase, id]);
    }
    await c.query(`insert into tlog_entries (kind, ref_id, entry, leaf_hash) select 'caseEvent', id, payload::text, sha256(convert_to(payload::text, 'UTF8')) from case_events where case_id = $1`, [id]);
    await c.query('commit');
  } catch (e) {
    await c.query('rollback');
    throw e;
  } finally {
    c.release();
  }
});

await server.stop();
rmSync(dir, { recursive: true, force: true });
console.log(`\n${connections} connections, ${seconds} s each; rows per filing: ${Object.entries(perCase).map(([t, n]) => `${t} ${n}`).join(', ')}, + cases 1, tlog_entries`);
console.log('| path | filings | accepted filings/s | p50 ms | p95 ms |\n|---|---|---|---|---|');
for (const r of [http, sqlRun]) console.log(`| ${r.label} | ${r.done} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
console.log(`HTTP reaches ${((http.perSecond / sqlRun.perSecond) * 100).toFixed(0)} % of the plain-SQL rate.`);
