// Filings submitted and accepted over HTTP with several connections, against inserting the same rows with plain
// SQL at the same concurrency (the database's floor for this work).
//
// HTTP: each connection, in a loop, submits a party's complaint (POST /api/v1/filings) and has a filing clerk
// register it (accept: case number from the gapless counter, periods, fee notice, timeline, transparency log).
// SQL: each connection, in a loop and one transaction per filing, copies every row one HTTP filing wrote (found
// by case id in every table that has one, plus its log entries) with a fresh case number from the same counter.
//
// Usage: node --import tsx bench/filings.ts [connections=8] [seconds=20] [processes=1,2]
// (a fresh embedded database with the demo seed, or BENCH_DATABASE_URL; `courtflow serve` run as separate OS
// processes on it, the load generated from this one, requests spread round-robin over the processes;
// BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=…" profiles the server processes)
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { dateInZone } from '../src/domain/calendar/plainDate';
import { inClientTransaction } from '../src/server/db/database';
import { generateProvince } from '../src/server/synthetic/generate';
import { ApiClient } from '../test/support/apiClient';
import { loanComplaint, withFreshMaterials } from '../test/support/fixtures';
import { spawnServer, type ServerProcess } from '../test/support/serverProcess';
import { seededDatabase } from './seededDatabase';

const connections = Number(process.argv[2] ?? 8);
const seconds = Number(process.argv[3] ?? 20);
const processCounts = (process.argv[4] ?? '1,2').split(',').map(Number);
const log = pino({ level: 'warn' });

const { dir, url, database, close } = await seededDatabase(log);
const pool = database.pool;

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

// A province to file into: the demo courts and the synthetic ones (each with filing clerks and civil divisions).
// Filings spread over the basic courts as a province's do; within one court, registration is serial by law
// (gapless numbers, CASENO arts 9–10: the counter row is locked until commit).
// (A database already holding a synthetic province, e.g. BENCH_DATABASE_URL of a loaded one, is used as it is.)
if (Number((await pool.query(`select count(*) as n from courts where code_evidence like 'synthetic%'`)).rows[0].n) === 0) {
  await generateProvince(database, { cases: 2000, seed: 1, years: 1, today: dateInZone(new Date(), 'Asia/Shanghai') });
}
const targets = (
  await pool.query<{ id: number; clerk: string; division: number }>(`
    select c.id, (select u.username from users u where u.court_id = c.id and 'filingClerk' = any(u.roles) order by u.id limit 1) as clerk,
           (select d.id from divisions d where d.court_id = c.id and d.kind = 'civil' order by d.id limit 1) as division
      from courts c where c.level = 'basic' and c.province = '吉林' order by c.id`)
).rows.filter((t) => t.clerk && t.division);
const templates = new Map<number, number>();
const httpRuns: Awaited<ReturnType<typeof run>>[] = [];
for (const count of processCounts) {
  const servers: ServerProcess[] = await Promise.all(Array.from({ length: count }, () => spawnServer(url, { JOBS_INTERVAL_SECONDS: '0', DATA_DIR: mkdtempSync(path.join(dir, 'proc-')) }, (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean))));
  try {
    const urls = servers.map((x) => x.baseUrl);
    const clerks = new Map<number, ApiClient>();
    for (const t of targets) clerks.set(t.id, await ApiClient.loggedIn(urls[0]!, t.clerk));
    // HTTP: the party files, the court's clerk registers; each request to the next process in turn.
    httpRuns.push(
      await run(`HTTP: submit + accept, ${count} server process${count > 1 ? 'es' : ''}`, async (w) => {
        const party = await ApiClient.loggedIn(urls[0]!, 'zhangsan');
        const complaint = await loanComplaint(party, { requiredMaterials: false });
        return async (i) => {
          const t = targets[(w + i * connections) % targets.length]!;
          const on = party.on(urls[(w + i) % urls.length]!);
          const filed = await on.post('/api/v1/filings', { ...(await withFreshMaterials(on, complaint)), courtId: t.id });
          if (filed.status !== 201) throw new Error(`filing: ${filed.status} ${JSON.stringify(filed.body)}`);
          const accepted = await clerks.get(t.id)!.on(urls[(w + i + 1) % urls.length]!).fire(filed.body.id, 'accept', { procedure: 'simple', divisionId: t.division });
          if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
          templates.set(t.id, filed.body.id);
        };
      }),
    );
  } finally {
    await Promise.all(servers.map((x) => x.stop()));
  }
}
const templateCase = [...templates.values()][0]!;

// SQL: the same rows, copied from the last HTTP filing, one transaction per filing, same concurrency.
const tables = (
  await pool.query<{ table_name: string; columns: string[] }>(`
    select c.table_name, array_agg(c.column_name::text order by c.ordinal_position) filter (where c.column_name <> 'id' or c.table_name = 'case_panel') as columns
      from information_schema.columns c
     where c.table_schema = 'public' and c.is_generated = 'NEVER' and c.table_name in (select table_name from information_schema.columns where table_schema = 'public' and column_name = 'case_id')
       and c.table_name not in ('cases')
     group by c.table_name`)
).rows.filter((t) => t.columns.includes('case_id'));
const caseColumns = (await pool.query<{ column_name: string }>(`select column_name from information_schema.columns where table_schema = 'public' and table_name = 'cases' and is_generated = 'NEVER' and column_name not in ('id', 'case_number', 'number_serial') order by ordinal_position`)).rows.map((r) => r.column_name);
const perCase: Record<string, number> = {};
for (const t of tables) {
  const n = Number((await pool.query(`select count(*) as n from ${t.table_name} where case_id = $1`, [templateCase])).rows[0].n);
  if (n) perCase[t.table_name] = n;
}
const copied = tables.filter((t) => perCase[t.table_name]);
// Text columns under a unique index (e.g. the case's own fee account number) get the new case id appended.
const uniqueText = new Set(
  (
    await pool.query<{ key: string }>(`
      select t.relname || '.' || a.attname as key from pg_index x join pg_class t on t.oid = x.indrelid
        join pg_attribute a on a.attrelid = t.oid and a.attnum = any(x.indkey)
       where x.indisunique and not x.indisprimary and t.relnamespace = 'public'::regnamespace and a.atttypid = 'text'::regtype`)
  ).rows.map((r) => r.key),
);
const sqlRun = await run('SQL: the same rows, same courts', async (w) => async (i) => {
  const t = targets[(w + i * connections) % targets.length]!;
  const template = templates.get(t.id)!;
  await inClientTransaction(pool, async (c) => {
    const serial = (await c.query(`update case_number_counters set last_serial = last_serial + 1 where court_id = $1 and type_code = '民初' and special_code = '' and year = (select number_year from cases where id = $2) returning last_serial`, [t.id, template])).rows[0].last_serial;
    const id = (
      await c.query(
        `insert into cases (${caseColumns.join(', ')}, case_number, number_serial)
         select ${caseColumns.join(', ')}, regexp_replace(case_number, '\\d+号$', $2::text || '号'), $2::int from cases where id = $1 returning id`,
        [template, serial],
      )
    ).rows[0].id;
    for (const table of copied) {
      const cols = table.columns.join(', ');
      const select = table.columns.map((x) => (x === 'case_id' ? '$2::bigint' : uniqueText.has(`${table.table_name}.${x}`) ? `${x} || '-' || $2::text` : x)).join(', ');
      await c.query(`insert into ${table.table_name} (${cols}) select ${select} from ${table.table_name} where case_id = $1`, [template, id]);
    }
    await c.query(`insert into tlog_entries (kind, ref_id, entry, leaf_hash) select 'caseEvent', id, payload::text, sha256(convert_to(payload::text, 'UTF8')) from case_events where case_id = $1`, [id]);
  });
});

await close();
console.log(`\n${connections} connections, ${seconds} s each; rows per filing: ${Object.entries(perCase).map(([t, n]) => `${t} ${n}`).join(', ')}, + cases 1, tlog_entries`);
console.log('| path | filings | accepted filings/s | p50 ms | p95 ms |\n|---|---|---|---|---|');
for (const r of [...httpRuns, sqlRun]) console.log(`| ${r.label} | ${r.done} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} |`);
for (const r of httpRuns) console.log(`${r.label}: ${((r.perSecond / sqlRun.perSecond) * 100).toFixed(0)} % of the plain-SQL rate.`);
