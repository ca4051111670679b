// Posting a large bank statement: a generated N-line statement (default 100,000) is uploaded (preview), then posted
// as a background job by a `courtflow serve` process; reports the time of each phase and lines per second.
//
// Lines: 90% pay one of 100 open cases of 南关法院 by its sub-account number in the memo (posted, with a ledger
// entry each and the fee period settled), 10% name no case (the unidentified queue). Then the same file is posted
// again as a second statement: every line a duplicate (the re-import path).
//
// Usage: npm run bench:statement -- [lines=100000]
// (a fresh embedded database with the demo seed, or BENCH_DATABASE_URL; the job runs in a separate server process)
import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { caseAccountNumber } from '../src/domain/payments/caseAccount';
import { loadPaymentSettings } from '../src/server/modules/payments/feeSettings';
import { ApiClient } from '../test/support/apiClient';
import { jobFinished } from '../test/support/jobs';
import { courtId, divisionId, loanComplaint, withFreshMaterials } from '../test/support/fixtures';
import { spawnServer } from '../test/support/serverProcess';
import { seededDatabase } from './seededDatabase';

const lines = Number(process.argv[2] ?? 100_000);
const log = pino({ level: 'warn' });
const { dir, url, database, close } = await seededDatabase(log);
const server = await spawnServer(url, { JOB_WORKERS: '1', DATA_DIR: mkdtempSync(path.join(dir, 'proc-')) });
const seconds = (t0: number) => (performance.now() - t0) / 1000;

try {
  // One session each for the party and the clerk (logging in per case would meet the login limits).
  const party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
  const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
  const complaint = await loanComplaint(party, { requiredMaterials: false });
  const division = await divisionId(clerk, await courtId(clerk, '吉0102'));
  const cases: number[] = [];
  for (let i = 0; i < 100; i += 10) {
    cases.push(
      ...(await Promise.all(
        Array.from({ length: 10 }, async () => {
          const filed = await party.post('/api/v1/filings', await withFreshMaterials(party, complaint));
          const accepted = await clerk.fire(filed.body.id, 'accept', { procedure: 'simple', divisionId: division });
          if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
          return filed.body.id as number;
        }),
      )),
    );
  }
  const { accountPrefix } = await loadPaymentSettings(database.db);
  const rows = ['交易日期,流水号,金额,附言'];
  for (let i = 1; i <= lines; i++) {
    const memo = i % 10 === 0 ? '' : caseAccountNumber(accountPrefix, cases[i % cases.length]!);
    rows.push(`2026-03-05,B${String(i).padStart(7, '0')},${(100 + (i % 900)).toFixed(2)},${memo}`);
  }
  const file = new TextEncoder().encode(rows.join('\n'));
  const finance = await ApiClient.loggedIn(server.baseUrl, 'ng-finance');

  const results: { step: string; seconds: number; detail: string }[] = [];
  for (const round of ['first import', 'the same file again (all duplicates)']) {
    let t0 = performance.now();
    const preview = await finance.uploadTo('/api/v1/finance/statements', 'bench.csv', file, 'text/csv');
    if (preview.status !== 201) throw new Error(`preview: ${preview.status} ${JSON.stringify(preview.body).slice(0, 500)}`);
    results.push({ step: `${round}: upload and preview`, seconds: seconds(t0), detail: `${(file.length / 1e6).toFixed(1)} MB, totals ${JSON.stringify(preview.body.totals)}` });
    t0 = performance.now();
    const posted = await finance.post(`/api/v1/finance/statements/${preview.body.id}/post`);
    if (posted.status !== 202) throw new Error(`post: ${posted.status} ${JSON.stringify(posted.body)}`);
    const answered = seconds(t0);
    const job = await jobFinished(finance, posted.body.id, 30 * 60_000);
    const took = seconds(t0);
    if (job.status !== 'succeeded') throw new Error(`job: ${JSON.stringify(job)}`);
    results.push({ step: `${round}: POST …/post answers (202, job queued)`, seconds: answered, detail: '' });
    results.push({ step: `${round}: posting job, queued → succeeded`, seconds: took, detail: `${Math.round(lines / took).toLocaleString('en')} lines/s; result ${JSON.stringify(job.result)}` });
  }
  console.log(`\n${lines.toLocaleString('en')}-line statement, 100 cases, one server process (JOB_WORKERS=1)`);
  console.log('| step | s | detail |\n|---|---|---|');
  for (const r of results) console.log(`| ${r.step} | ${r.seconds.toFixed(2)} | ${r.detail} |`);
} finally {
  await server.stop();
  await close();
}
