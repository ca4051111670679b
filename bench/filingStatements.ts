// Where the database's time goes for one filing and its registration over HTTP: every statement the server sends,
// with PostgreSQL's own planning and execution time per filing (pg_stat_statements), held against the bare round
// trip on the same connection kind measured in the same run.
//
// Usage: node --import tsx bench/filingStatements.ts [filings=200]
// (a fresh embedded database with the demo seed and pg_stat_statements loaded; one party files and the filing
// clerk of 南关区法院 registers, one after the other, after 20 unmeasured filings)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/server/config';
import { startEmbeddedPostgres } from '../src/server/db/embeddedPostgres';
import { startServer } from '../src/server/start';
import { ApiClient } from '../test/support/apiClient';
import { courtId, divisionId, loanComplaint, withFreshMaterials } from '../test/support/fixtures';

const filings = Number(process.argv[2] ?? 200);
const log = pino({ level: 'warn' });
const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-bench-'));
const pgServer = await startEmbeddedPostgres(dir, 0, log, ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track_planning=on']);
const config = loadConfig({}, { databaseUrl: pgServer.url, dataDir: dir, port: 0, host: '127.0.0.1', jobsIntervalSeconds: 0, seedDemo: true, logLevel: 'warn' });
const server = await startServer(config, { log });
const pool = server.database.pool;
await pool.query('create extension if not exists pg_stat_statements');

const party = await ApiClient.loggedIn(server.url, 'zhangsan');
const clerk = await ApiClient.loggedIn(server.url, 'ng-filing');
const division = await divisionId(clerk, await courtId(clerk, '吉0102'));
const complaint = await loanComplaint(party, { requiredMaterials: false });
async function fileAndRegister() {
  const filed = await party.post('/api/v1/filings', await withFreshMaterials(party, complaint));
  if (filed.status !== 201) throw new Error(`filing: ${filed.status} ${JSON.stringify(filed.body)}`);
  const accepted = await clerk.fire(filed.body.id, 'accept', { procedure: 'simple', divisionId: division });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
}
for (let i = 0; i < 20; i++) await fileAndRegister();
await pool.query('select pg_stat_statements_reset()');
const t0 = performance.now();
for (let i = 0; i < filings; i++) await fileAndRegister();
const perFilingMs = (performance.now() - t0) / filings;

const rows = (
  await pool.query<{ calls: string; exec: number; plan: number; query: string }>(`
    select calls, total_exec_time as exec, total_plan_time as plan, regexp_replace(query, '\\s+', ' ', 'g') as query
      from pg_stat_statements
     where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'
     order by total_exec_time + total_plan_time desc`)
).rows;
// Statements run inside PostgreSQL (foreign-key checks, the statistics trigger, functions) are not round trips.
const internal = (q: string) => /^(SELECT 1 FROM ONLY|INSERT INTO court_month_stats|UPDATE court_month_stats|SELECT coalesce\(string_agg)/.test(q);
const sent = rows.filter((r) => !internal(r.query));
const sum = (xs: typeof rows, f: (r: (typeof rows)[number]) => number) => xs.reduce((a, r) => a + f(r), 0) / filings;

// Baseline: the bare round trip (a one-row select by a parameter) on a connection of the same kind, same run.
const bare = new pg.Client({ connectionString: pgServer.url });
await bare.connect();
for (let i = 0; i < 500; i++) await bare.query('select $1::int as x', [i]);
const b0 = performance.now();
for (let i = 0; i < 3000; i++) await bare.query('select $1::int as x', [i]);
const bareMs = (performance.now() - b0) / 3000;
await bare.end();

console.log(`${filings} filings, each submitted by the party and registered by the clerk, one at a time\n`);
console.log('| statement (most expensive first) | per filing | exec ms | plan ms |');
console.log('|---|---|---|---|');
for (const r of rows.slice(0, 25)) {
  console.log(`| ${r.query.slice(0, 90).replace(/\|/g, '\\|')}${internal(r.query) ? ' *(inside PostgreSQL)*' : ''} | ${(Number(r.calls) / filings).toFixed(1)} | ${(r.exec / filings).toFixed(3)} | ${(r.plan / filings).toFixed(3)} |`);
}
console.log(`\n| measure | per filing + registration |`);
console.log('|---|---|');
console.log(`| statements sent by the server (round trips, BEGIN/COMMIT included) | ${sum(sent, (r) => Number(r.calls)).toFixed(1)} |`);
console.log(`| PostgreSQL execution, all statements | ${sum(rows, (r) => r.exec).toFixed(2)} ms |`);
console.log(`| PostgreSQL planning, all statements | ${sum(rows, (r) => r.plan).toFixed(2)} ms |`);
console.log(`| wall time, two HTTP requests (client, server, database) | ${perFilingMs.toFixed(2)} ms |`);
console.log(`| baseline: one bare round trip × the statements sent | ${(bareMs * sum(sent, (r) => Number(r.calls))).toFixed(2)} ms (${bareMs.toFixed(3)} ms each) |`);

await server.stop();
await pgServer.stop();
rmSync(dir, { recursive: true, force: true });
