// Issue 17's second execution bench: 一日三通报 for a court whose N open execution cases (default 100,000) ALL hold funds,
// every one of them due for payout within the warning days — the longest "held" list a court can have — with 2,000
// payouts since the last report and 2,000 不明款. Times the report as the scheduler builds it (`ensureFundReport`: the
// three lists, their totals, stored as one row) and the read of it as a judge and as finance.
//
// The cases, their execution records, receipts and payouts are bulk-inserted with SQL, balanced like the ledger's own
// entries (receipt: outside → case; allocation: case → allocated; disbursement: allocated → outside) so that
// `auditLedger` would pass; no case numbers are allocated through the engine and the monthly-statistics trigger is not
// fired (no 立案 dates), as in bench/executionStatement.ts.
//
// Usage: npm run bench:execreports -- [cases=100000] [all|spread]
// (a fresh embedded database with the demo seed, or BENCH_DATABASE_URL)
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { ensureFundReport, fundReportContent } from '../src/server/modules/execution/fundReports';
import type { FundReportContent } from '../src/contracts/executionFunds';
import { ApiClient } from '../test/support/apiClient';
import { spawnServer } from '../test/support/serverProcess';
import { seededDatabase } from './seededDatabase';

const caseCount = Number(process.argv[2] ?? 100_000);
// `all`: every case's funds due within the warning days (the longest list a court can have); `spread`: arrivals spread
// over the last 30 days, as a court paying out on time has them (about a sixth near their deadline).
const spread = (process.argv[3] ?? 'all') === 'spread';
const PAID = 2_000;
const UNCLAIMED = 2_000;
const log = pino({ level: 'warn' });
const { dir, url, database, close } = await seededDatabase(log);
const seconds = (t0: number) => (performance.now() - t0) / 1000;
const db = database.db;
const today = '2026-06-05';

try {
  const court = (await db.execute<{ id: number }>(sql`select id from courts where code = '吉0102'`)).rows[0]!.id;
  const officers = (await db.execute<{ id: number }>(sql`select id from users where username in ('ng-exec1', 'ng-exec2') order by id`)).rows.map((r) => Number(r.id));
  const teams = (await db.execute<{ id: number }>(sql`select id from execution_teams where court_id = ${court} order by id`)).rows.map((r) => Number(r.id));
  let t0 = performance.now();
  const made = await db.execute<{ lo: string; hi: string }>(sql`
    with made as (
      insert into cases (case_type, court_id, node, received_on, case_number, judge_id)
      select '执', ${court}::int, 'implementing', date '2026-04-01', '（2026）吉0102执' || (100000 + g) || '号', (${sql.param(officers)}::int[])[1 + g % ${officers.length}]
        from generate_series(1, ${caseCount}) g
      returning id)
    select min(id) as lo, max(id) as hi from made`);
  const lo = Number(made.rows[0]!.lo);
  const hi = Number(made.rows[0]!.hi);
  await db.execute(sql`
    insert into execution_cases (case_id, title_effective_on, title_effect, items, delay_interest, amount_fen, application_period, fee_fen, applied_by, team_id, stage)
    select id, date '2026-03-01', '{"basis":"bench","note":{"zh-CN":"","en":""}}', '[]', '{}', 10000000, '{}', 0, ${officers[0]!}, (${sql.param(teams)}::int[])[1 + id % ${teams.length}], '财产处置'
      from cases where id between ${lo} and ${hi}`);
  // Every case received 1,000–1,899 yuan between 05-07 and 05-16: its payout deadline (30 days) falls within the warning days of today or before it.
  await db.execute(sql`
    with r as (
      insert into execution_ledger_entries (court_id, kind, case_id, amount_fen, entry_on, payout_due_on, created_at)
      select ${court}::int, 'receipt', id, 100000 + (id % 900) * 100, date '2026-05-07' + (id % ${spread ? 30 : 10})::int, date '2026-06-06' + (id % ${spread ? 30 : 10})::int - 6, timestamptz '2026-05-07 10:00+08'
        from cases where id between ${lo} and ${hi}
      returning id, case_id, amount_fen)
    insert into execution_ledger_postings (entry_id, court_id, account, case_id, amount_fen)
    select id, ${court}::int, 'outside', null::bigint, -amount_fen from r union all select id, ${court}::int, 'case', case_id, amount_fen from r`);
  // 2,000 cases paid half of what they hold to their applicant since the last report (allocation, then disbursement).
  await db.execute(sql`
    insert into case_parties (case_id, standing, kind, name, ordinal)
    select id, 'executionApplicant', 'person', '申请人' || id, 1 from cases where id between ${lo} and ${lo + PAID - 1}`);
  await db.execute(sql`
    with p as (
      select cp.case_id, cp.id as party, e.amount_fen / 2 as half
        from case_parties cp join execution_ledger_entries e on e.case_id = cp.case_id and e.kind = 'receipt'
       where cp.case_id between ${lo} and ${lo + PAID - 1}),
    a as (
      insert into execution_ledger_entries (court_id, kind, case_id, amount_fen, shares, entry_on, created_at)
      select ${court}::int, 'allocation', case_id, half, jsonb_build_array(jsonb_build_object('applicantId', party::text, 'amountFen', half::text)), ${today}::date, timestamptz '2026-06-05 10:00+08' from p
      returning id, case_id, amount_fen),
    ap as (
      insert into execution_ledger_postings (entry_id, court_id, account, case_id, applicant_party_id, amount_fen)
      select a.id, ${court}::int, 'case', a.case_id, null::bigint, -a.amount_fen from a
      union all select a.id, ${court}::int, 'allocated', a.case_id, p.party, a.amount_fen from a join p on p.case_id = a.case_id
      returning 1),
    d as (
      insert into execution_ledger_entries (court_id, kind, case_id, applicant_party_id, amount_fen, entry_on, created_at)
      select ${court}::int, 'disbursement', case_id, party, half, ${today}::date, timestamptz '2026-06-05 10:30+08' from p
      returning id, case_id, applicant_party_id, amount_fen)
    insert into execution_ledger_postings (entry_id, court_id, account, case_id, applicant_party_id, amount_fen)
    select id, ${court}::int, 'allocated', case_id, applicant_party_id, -amount_fen from d
    union all select id, ${court}::int, 'outside', null::bigint, null::bigint, amount_fen from d`);
  // 2,000 不明款 awaiting their claim, from one posted statement of the execution account.
  const statement = await db.execute<{ id: string }>(sql`
    insert into bank_statements (court_id, file_name, sha256, encoding, account, status, parsed, uploaded_by)
    values (${court}, 'bench.csv', 'bench', 'utf-8', 'execution', 'posted', '{}', ${officers[0]!}) returning id`);
  await db.execute(sql`
    with r as (
      insert into receipts (court_id, statement_id, account, bank_ref, received_on, amount_fen, payer_name, payer_account, memo, status, match, claim_due_on)
      select ${court}::int, ${statement.rows[0]!.id}::bigint, 'execution', 'BENCH-U' || g, date '2026-06-04', 50000 + g, '某公司', '', '', 'unidentified', 'noReference', date '2026-06-09'
        from generate_series(1, ${UNCLAIMED}) g
      returning id, amount_fen),
    e as (
      insert into execution_ledger_entries (court_id, kind, receipt_id, amount_fen, entry_on)
      select ${court}::int, 'receipt', id, amount_fen, date '2026-06-04' from r returning id, amount_fen)
    insert into execution_ledger_postings (entry_id, court_id, account, case_id, amount_fen)
    select id, ${court}::int, 'outside', null::bigint, -amount_fen from e union all select id, ${court}::int, 'unmatched', null::bigint, amount_fen from e`);
  await db.execute(sql`analyze`);
  const seeding = seconds(t0);

  // The 13:00 report: payouts since 09:00 are in it.
  await db.execute(sql`insert into execution_fund_reports (court_id, slot_at, since, content) values (${court}, timestamptz '2026-06-05 09:00+08', timestamptz '2026-06-04 17:00+08', '{}')`);
  t0 = performance.now();
  await fundReportContent(db, court, new Date('2026-06-05T01:00:00Z'), today, 5);
  const lists = seconds(t0);
  t0 = performance.now();
  const id = await db.transaction((tx) => ensureFundReport(tx, court, { date: today, time: '13:00' }, 'Asia/Shanghai', today));
  const building = seconds(t0);
  // Read back over HTTP by a `courtflow serve` process: the officer gets the rows of their cases, finance the whole report.
  const row = (await db.execute<{ content: FundReportContent }>(sql`select content from execution_fund_reports where id = ${id}`)).rows[0]!;
  const server = await spawnServer(url, { DATA_DIR: mkdtempSync(path.join(dir, 'proc-')) });
  const reads: Record<string, { s: number; held: number }> = {};
  try {
    for (const user of ['ng-exec1', 'ng-finance']) {
      const api = await ApiClient.loggedIn(server.baseUrl, user);
      t0 = performance.now();
      const got = await api.get(`/api/v1/execution/fund-reports/${id}`);
      if (got.status !== 200) throw new Error(`read as ${user}: ${got.status}`);
      reads[user] = { s: seconds(t0), held: got.body.held.length };
    }
  } finally {
    await server.stop();
  }
  const t = row.content.totals;

  console.log(`\n一日三通报: a court with ${caseCount.toLocaleString('en')} open 执 cases all holding funds, ${spread ? 'arrivals spread over 30 days' : 'all due within the warning days'} (seeded in ${seeding.toFixed(1)} s)`);
  console.log('| step | s | detail |\n|---|---|---|');
  console.log(`| the three lists alone (fundReportContent) | ${lists.toFixed(2)} | |`);
  console.log(`| build the report (three lists, totals, stored) | ${building.toFixed(2)} | ${row.content.held.length.toLocaleString('en')} cases held (${t.heldOverdue.toLocaleString('en')} past their deadline), ${t.unclaimedCount.toLocaleString('en')} 不明款, ${t.paidCount.toLocaleString('en')} paid; goal < 2 s |`);
  console.log(`| GET the report as one officer (HTTP) | ${reads['ng-exec1']!.s.toFixed(2)} | ${reads['ng-exec1']!.held.toLocaleString('en')} of the officer's cases |`);
  console.log(`| GET the whole report as finance (HTTP) | ${reads['ng-finance']!.s.toFixed(2)} | ${reads['ng-finance']!.held.toLocaleString('en')} cases |`);
} finally {
  await close();
}
