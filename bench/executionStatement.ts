// Issue 17's bench: a 10,000-line statement of the execution account matched and posted against N execution cases
// (default 1,000,000), against its baseline in the same run — inserting the same receipts, ledger entries and postings
// with plain SQL (three unnest inserts in one transaction) — then the 一日三通报 of that court built over them.
//
// The N 执 cases are bulk-inserted rows of `cases` (what matching and posting read: id, court, type, node; without case
// numbers or 立案 dates — the monthly-statistics trigger upserts one row per accepted case, and a million upserts of one
// row in one statement take longer than the bench itself); 90% of the
// lines pay one of them by its 一案一账号 in the memo, 10% name none (不明款). The posting runs as the background job of a
// `courtflow serve` process, as in production.
//
// Usage: npm run bench:execstatement -- [lines=10000] [cases=1000000]
// (a fresh embedded database with the demo seed, or BENCH_DATABASE_URL)
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { caseAccountNumber } from '../src/domain/payments/caseAccount';
import { fundReportContent } from '../src/server/modules/execution/fundReports';
import { loadPaymentSettings } from '../src/server/modules/payments/feeSettings';
import { ApiClient } from '../test/support/apiClient';
import { jobFinished } from '../test/support/jobs';
import { spawnServer } from '../test/support/serverProcess';
import { seededDatabase } from './seededDatabase';

const lines = Number(process.argv[2] ?? 10_000);
const caseCount = Number(process.argv[3] ?? 1_000_000);
const log = pino({ level: 'warn' });
const { dir, url, database, close } = await seededDatabase(log);
const seconds = (t0: number) => (performance.now() - t0) / 1000;
const db = database.db;

try {
  const court = (await db.execute<{ id: number }>(sql`select id from courts where code = '吉0102'`)).rows[0]!.id;
  let t0 = performance.now();
  const ids = await db.execute<{ lo: string; hi: string }>(sql`
    with made as (
      insert into cases (case_type, court_id, node, received_on)
      select '执', ${court}, 'implementing', date '2026-01-02' from generate_series(1, ${caseCount}) g
      returning id)
    select min(id) as lo, max(id) as hi from made`);
  const lo = Number(ids.rows[0]!.lo);
  const hi = Number(ids.rows[0]!.hi);
  await db.execute(sql`analyze cases`);
  const seeding = seconds(t0);

  const { accountPrefix } = await loadPaymentSettings(db);
  const rows = ['交易日期,流水号,金额,附言'];
  const pick = (i: number) => lo + ((i * 7919) % (hi - lo + 1));
  for (let i = 1; i <= lines; i++) rows.push(`2026-06-05,X${String(i).padStart(7, '0')},${(100 + (i % 900)).toFixed(2)},${i % 10 === 0 ? '' : caseAccountNumber(accountPrefix, pick(i))}`);
  const file = new TextEncoder().encode(rows.join('\n'));

  const server = await spawnServer(url, { JOB_WORKERS: '1', DATA_DIR: mkdtempSync(path.join(dir, 'proc-')) });
  let posting: number;
  let job: { result: unknown };
  try {
    const finance = await ApiClient.loggedIn(server.baseUrl, 'ng-finance');
    const preview = await finance.uploadTo('/api/v1/finance/statements?account=execution', 'bench.csv', file, 'text/csv');
    if (preview.status !== 201) throw new Error(`preview: ${preview.status} ${JSON.stringify(preview.body).slice(0, 300)}`);
    t0 = performance.now();
    const posted = await finance.post(`/api/v1/finance/statements/${preview.body.id}/post`);
    job = await jobFinished(finance, posted.body.id, 30 * 60_000);
    posting = seconds(t0);
  } finally {
    await server.stop();
  }

  // Baseline: the same rows (receipts, entries, two postings each) with plain SQL, one transaction, new bank refs.
  const n = Array.from({ length: lines }, (_, k) => k + 1);
  const caseOf = n.map((i) => (i % 10 === 0 ? null : pick(i)));
  t0 = performance.now();
  await db.transaction(async (tx) => {
    const r = await tx.execute<{ id: string; case_id: string | null; amount_fen: string }>(sql`
      insert into receipts (court_id, statement_id, account, bank_ref, received_on, amount_fen, payer_name, payer_account, memo, case_id, status, match)
      select ${court}::int, (select max(id) from bank_statements), 'execution', 'BASE' || i, date '2026-06-05', 10000 + (i % 900) * 100, '', '', '', c,
             case when c is null then 'unidentified' else 'posted' end, case when c is null then 'noReference' else 'account' end
        from unnest(${sql.param(n)}::int[], ${sql.param(caseOf)}::bigint[]) as l(i, c)
      returning id, case_id, amount_fen`);
    const e = await tx.execute<{ id: string; case_id: string | null; amount_fen: string }>(sql`
      insert into execution_ledger_entries (court_id, kind, case_id, receipt_id, amount_fen, entry_on, payout_due_on)
      select ${court}::int, 'receipt', x.case_id, x.id, x.amount_fen, date '2026-06-05', date '2026-07-06'
        from unnest(${sql.param(r.rows.map((x) => x.id))}::bigint[], ${sql.param(r.rows.map((x) => x.case_id))}::bigint[], ${sql.param(r.rows.map((x) => x.amount_fen))}::bigint[]) as x(id, case_id, amount_fen)
      returning id, case_id, amount_fen`);
    await tx.execute(sql`
      insert into execution_ledger_postings (entry_id, court_id, account, case_id, amount_fen)
      select x.id, ${court}::int, 'outside', null, -x.amount_fen from unnest(${sql.param(e.rows.map((x) => x.id))}::bigint[], ${sql.param(e.rows.map((x) => x.amount_fen))}::bigint[]) as x(id, amount_fen)
      union all
      select x.id, ${court}::int, case when x.case_id is null then 'unmatched' else 'case' end, x.case_id, x.amount_fen
        from unnest(${sql.param(e.rows.map((x) => x.id))}::bigint[], ${sql.param(e.rows.map((x) => x.case_id))}::bigint[], ${sql.param(e.rows.map((x) => x.amount_fen))}::bigint[]) as x(id, case_id, amount_fen)`);
  });
  const baseline = seconds(t0);

  t0 = performance.now();
  const report = await fundReportContent(db, court, new Date('2026-06-01T00:00:00Z'), '2026-07-02', 5);
  const reporting = seconds(t0);

  console.log(`\nexecution statement: ${lines.toLocaleString('en')} lines against ${caseCount.toLocaleString('en')} 执 cases (seeded in ${seeding.toFixed(1)} s)`);
  console.log('| step | s | detail |\n|---|---|---|');
  console.log(`| posting job (match, receipts, ledger entries and postings, claim deadlines) | ${posting.toFixed(2)} | ${Math.round(lines / posting).toLocaleString('en')} lines/s; ${JSON.stringify(job.result)} |`);
  console.log(`| baseline: the same rows by plain SQL (3 inserts, one transaction) | ${baseline.toFixed(2)} | |`);
  console.log(`| ratio posting / baseline | ${(posting / baseline).toFixed(2)} | goal ≤ 3 |`);
  console.log(`| 一日三通报 of the court (three lists) | ${reporting.toFixed(2)} | ${report.held.length} cases due, ${report.unclaimed.length} 不明款, ${report.paid.length} paid |`);
} finally {
  await close();
}
