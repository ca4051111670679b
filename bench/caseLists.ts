// The lists people wait for, over real HTTP against a loaded database: the judge's workbench (as the browser loads
// it: the list and three stage counts at once), the court's case list (default order, deep page, filters, party
// search), the filing queue, 审限 supervision, a case page and the province dashboard — p50/p95 of sequential
// requests, held against two baselines measured in the same run (an unauthenticated /healthz and an
// authenticated /api/v1/auth/me, i.e. the HTTP and session floor).
//
// Usage: DATA_DIR=<dir with a seeded database> | DATABASE_URL=… node --import tsx bench/caseLists.ts [requests=60]
// Load a province first: courtflow seed --synthetic 1000000 (see docs/performance.md).
import pino from 'pino';
import { loadConfig } from '../src/server/config';
import { startServer } from '../src/server/start';

const requests = Number(process.argv[2] ?? 60);
const config = loadConfig(process.env, { port: 0, host: '127.0.0.1', jobsIntervalSeconds: 0, seedDemo: false, logLevel: 'warn' });
const server = await startServer(config, { log: pino({ level: 'warn' }) });
const base = server.url;
const pool = server.database.pool;

async function login(username: string): Promise<string> {
  const r = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'courtflow-demo' }) });
  if (!r.ok) throw new Error(`login ${username}: ${r.status}`);
  return r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function get(cookie: string | null, path: string): Promise<unknown> {
  const r = await fetch(base + path, { headers: cookie ? { cookie } : {} });
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Row {
  name: string;
  p50: number;
  p95: number;
  max: number;
  note: string;
}
const rows: Row[] = [];

/** Runs `once(i)` `requests` times after a few warm-up calls; records the latency distribution. */
async function measure(name: string, once: (i: number) => Promise<string | void>) {
  for (let i = 0; i < 5; i++) await once(i);
  const times: number[] = [];
  let note = '';
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    note = (await once(i)) || note;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  rows.push({ name, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1]!, note });
  process.stderr.write(`  ${name}\n`);
}

const count = Number((await pool.query('select count(*) as n from cases')).rows[0].n);
// Subjects: the busiest judges (most open cases on their panels) and a spread of others; the busiest court.
const judges = (
  await pool.query<{ username: string; open: string }>(`
    select u.username, count(*) filter (where k.node in ('assigned', 'hearingScheduled', 'heard')) as open
      from case_panel p join users u on u.id = p.user_id join cases k on k.id = p.case_id
     group by u.username order by open desc limit 40`)
).rows;
const busiest = judges.slice(0, 5);
const spread = judges.filter((_, i) => i % 8 === 0).slice(0, 5);
const court = (await pool.query<{ court_id: number; n: string }>('select court_id, count(*) as n from cases group by court_id order by n desc limit 1')).rows[0]!;
const president = (await pool.query<{ username: string }>(`select username from users where court_id = $1 and 'president' = any(roles) order by id limit 1`, [court.court_id])).rows[0]!.username;
const clerk = (await pool.query<{ username: string }>(`select username from users where court_id = $1 and 'filingClerk' = any(roles) order by id limit 1`, [court.court_id])).rows[0]!.username;
const high = (await pool.query<{ username: string }>(`select u.username from users u join courts c on c.id = u.court_id where c.level = 'high' and 'president' = any(u.roles) order by u.id limit 1`)).rows[0]!.username;
const surname = (await pool.query<{ name: string }>(`select p.name from case_parties p join cases k on k.id = p.case_id where k.court_id = $1 and p.kind = 'person' order by p.id desc limit 1`, [court.court_id])).rows[0]!.name;
const sampleCases = (await pool.query<{ id: string }>(`select k.id from cases k where k.court_id = $1 order by k.id desc limit 50`, [court.court_id])).rows.map((r) => r.id);

const cookies = new Map<string, string>();
for (const u of [...busiest, ...spread].map((j) => j.username).concat([president, clerk, high])) if (!cookies.has(u)) cookies.set(u, await login(u));
const as = (u: string) => cookies.get(u)!;

await measure('baseline: GET /healthz (no session)', () => get(null, '/healthz').then(() => undefined));
await measure('baseline: GET /api/v1/auth/me (session)', () => get(as(president), '/api/v1/auth/me').then(() => undefined));

const WORK = ['assigned', 'hearingScheduled', 'heard'];
const workbench = (users: { username: string; open: string }[]) => async (i: number) => {
  const u = users[i % users.length]!;
  // The browser's four requests of 法官工作台, in parallel: the open-case list and one count per stage.
  const [list] = (await Promise.all([get(as(u.username), '/api/v1/cases?view=mine&openOnly=true'), ...WORK.map((n) => get(as(u.username), `/api/v1/cases?view=mine&openOnly=true&node=${n}&pageSize=1`))])) as { total: number }[];
  return `${list!.total} open cases`;
};
await measure(`judge workbench page, 5 busiest judges (${busiest.map((b) => b.open).join('/')} open)`, workbench(busiest));
await measure('judge workbench page, 5 other judges', workbench(spread));
await measure('judge workbench list only (busiest)', (i) => get(as(busiest[i % busiest.length]!.username), '/api/v1/cases?view=mine&openOnly=true').then(() => undefined));
await measure(`court case list, default order (court of ${Number(court.n).toLocaleString()} cases)`, () => get(as(president), '/api/v1/cases?view=court').then((b) => `${(b as { total: number }).total} cases`));
await measure('court case list, page 200', () => get(as(president), '/api/v1/cases?view=court&page=200').then(() => undefined));
await measure('court case list, node filter + sort by case number', () => get(as(president), '/api/v1/cases?view=court&node=heard&sort=-caseNumber').then(() => undefined));
await measure('court case list, open cases by date received', () => get(as(president), '/api/v1/cases?view=court&openOnly=true&sort=receivedOn').then(() => undefined));
await measure(`court case list, party-name search "${surname}"`, () => get(as(president), `/api/v1/cases?view=court&q=${encodeURIComponent(surname)}`).then(() => undefined));
await measure('filing queue', () => get(as(clerk), '/api/v1/cases?view=filingQueue').then(() => undefined));
await measure('审限 supervision (approaching and overdue)', () => get(as(president), '/api/v1/periods').then(() => undefined));
await measure('case page (detail + timeline + clock)', (i) => {
  const id = sampleCases[i % sampleCases.length];
  return Promise.all([get(as(president), `/api/v1/cases/${id}`), get(as(president), `/api/v1/cases/${id}/timeline`), get(as(president), `/api/v1/cases/${id}/clock`)]).then(() => undefined);
});
await measure('province dashboard: received/closed per court per month, 12 months', () => get(as(high), '/api/v1/statistics/monthly').then((b) => `${(b as { courts: unknown[] }).courts.length} courts`));

await server.stop();
console.log(`\n${count.toLocaleString()} cases; ${requests} sequential requests per line after 5 warm-up; ms`);
console.log(`| measure | p50 | p95 | max | |\n|---|---|---|---|---|`);
for (const r of rows) console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.note} |`);
