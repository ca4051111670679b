// Posting a large bank statement as a background job, with real server processes: the request answers at once and
// the page follows the progress; a process killed mid-way (kill -9) leaves whole chunks only, and another process
// finishes the job with every line posted exactly once; a process stopped with SIGTERM finishes its chunk and puts
// the job back in the queue.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pino from 'pino';
import { startJobRunner } from '../../src/server/jobs/jobRunner';
import { loadJob } from '../../src/server/jobs/jobStore';
import { JOB_DEFINITIONS } from '../../src/server/jobKinds';
import { STATEMENT_CHUNK_LINES } from '../../src/server/modules/payments/statementPosting';
import { ApiClient } from '../support/apiClient';
import { jobFinished } from '../support/jobs';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { spawnServer, type ServerProcess } from '../support/serverProcess';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../support/testServer';

const LINES = 10_000;
let db: TestDatabase;
let server: TestServer;
let finance: ApiClient;

beforeAll(async () => {
  db = await createTestDatabase();
  // This process runs no job by itself: the spawned one does, until the test stops it and drains the rest here.
  server = await startTestServer({ database: db, config: { jobWorkers: 0 } });
  finance = await ApiClient.loggedIn(server.baseUrl, 'ng-finance');
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const query = async (text: string, values: unknown[]) => (await server.database.pool.query(text, values)).rows;

/** Every 100th line pays the case 1.00 yuan by its 案号; the others name no case (unidentified). */
function statement(tag: string, caseNumber: string): Uint8Array {
  const rows = ['交易日期,流水号,金额,附言'];
  for (let i = 1; i <= LINES; i++) rows.push(i % 100 === 0 ? `2026-03-05,${tag}${i},1.00,${caseNumber}` : `2026-03-05,${tag}${i},2.00,`);
  return new TextEncoder().encode(rows.join('\n'));
}

async function previewed(tag: string) {
  const { id } = await fileLoanCase(server.baseUrl);
  const { caseNumber } = await acceptCase(server.baseUrl, id);
  const p = await finance.uploadTo('/api/v1/finance/statements', `${tag}.csv`, statement(tag, caseNumber));
  expect([p.status, p.body.totals.post, p.body.totals.unidentified]).toEqual([201, LINES / 100, LINES - LINES / 100]);
  // The case's uploads queued the reading of their pages: done now, so that only the posting job is left to follow.
  await server.jobs.drain();
  return { caseId: id, statementId: p.body.id as number };
}

/** Follows the job as the page does until at least two chunks are committed; returns what the page saw. */
async function runningPastTwoChunks(jobId: number) {
  for (let i = 0; i < 3000; i++) {
    const r = await finance.get(`/api/v1/jobs/${jobId}`);
    if (r.body.status === 'running' && r.body.progress.done >= 2 * STATEMENT_CHUNK_LINES) return r.body;
    if (r.body.status === 'succeeded' || r.body.status === 'failed') throw new Error(`job ended before the test could stop it: ${JSON.stringify(r.body)}`);
    await sleep(10);
  }
  throw new Error('the job made no progress');
}

/** Lines done and receipts written, read in one snapshot: a chunk commits both or neither. */
async function committed(jobId: number, statementId: number) {
  const [r] = await query(`select progress_done::int as done, status, attempts, (select count(*)::int from receipts where statement_id = $2) as receipts from background_jobs where id = $1`, [jobId, statementId]);
  return r as { done: number; status: string; attempts: number; receipts: number };
}

/** The statement's lines in the database: each once, the case paid once per paying line, the ledger in step. */
async function expectPostedOnce(s: { caseId: number; statementId: number }) {
  const [r] = await query(
    `select count(*)::int as receipts, count(distinct bank_ref)::int as refs,
            (select count(*)::int from fee_ledger l join receipts x on l.source = 'receipt' and l.source_id = x.id where x.statement_id = $1) as ledger
       from receipts where statement_id = $1`,
    [s.statementId],
  );
  expect(r).toEqual({ receipts: LINES, refs: LINES, ledger: LINES / 100 });
  expect((await finance.get(`/api/v1/cases/${s.caseId}/fees`)).body.paid).toBe('100.00');
  expect((await finance.get(`/api/v1/finance/statements/${s.statementId}`)).body).toMatchObject({ status: 'posted', summary: { post: 100, unidentified: LINES - 100, duplicate: 0, amountPostedFen: 10000 } });
}

describe('posting a 10,000-line statement as a background job', { timeout: 180_000 }, () => {
  test('killed mid-way (kill -9): whole chunks only; another process resumes it and posts each line exactly once', async () => {
    const s = await previewed('K');
    const proc: ServerProcess = await spawnServer(db.url, { JOB_WORKERS: '1' });
    let jobId: number;
    try {
      const posted = await finance.post(`/api/v1/finance/statements/${s.statementId}/post`);
      expect(posted.status).toBe(202);
      expect(posted.body).toMatchObject({ kind: 'postStatement', status: 'queued', progress: { done: 0, total: LINES } });
      jobId = posted.body.id;
      // Pressing 确认入账 again (or another officer doing so) answers the same job.
      expect((await finance.post(`/api/v1/finance/statements/${s.statementId}/post`)).body.id).toBe(jobId);
      const seen = await runningPastTwoChunks(jobId);
      expect(seen.progress.done).toBeLessThan(LINES);
      expect(seen.result).toMatchObject({ statementId: s.statementId });
      expect((await finance.get(`/api/v1/finance/statements/${s.statementId}`)).body.status).toBe('posting');
      const exited = new Promise((r) => proc.child.once('exit', r));
      proc.child.kill('SIGKILL');
      await exited;
    } finally {
      await proc.stop();
    }
    const left = await committed(jobId!, s.statementId);
    expect(left.status).toBe('running');
    expect(left.done % STATEMENT_CHUNK_LINES).toBe(0);
    expect(left.receipts).toBe(left.done);

    // Its heartbeat goes stale (after 30 s; set back here), and any runner takes the job up from its last chunk.
    let ran: number[] = [];
    for (let i = 0; i < 100 && !ran.length; i++) {
      await query(`update background_jobs set heartbeat_at = now() - interval '1 hour' where id = $1`, [jobId!]);
      ran = await server.jobs.drain();
      if (!ran.length) await sleep(100);
    }
    expect(ran).toEqual([jobId!]);
    const job = await jobFinished(finance, jobId!);
    expect(job).toMatchObject({ status: 'succeeded', attempts: 2, progress: { done: LINES, total: LINES } });
    expect(job.result).toEqual({ statementId: s.statementId, post: 100, unidentified: LINES - 100, duplicate: 0, skipped: 0, amountPostedFen: 10000 });
    await expectPostedOnce(s);
  });

  test('stopped with SIGTERM: the process finishes its chunk, puts the job back and exits; the job is finished elsewhere', async () => {
    const s = await previewed('T');
    const proc = await spawnServer(db.url, { JOB_WORKERS: '1' });
    let jobId: number;
    try {
      jobId = (await finance.post(`/api/v1/finance/statements/${s.statementId}/post`)).body.id;
      await runningPastTwoChunks(jobId);
    } finally {
      // Exit code 0: a clean shutdown, not cut short by a signal hook.
      expect(await proc.stop()).toBe(0);
    }
    const left = await committed(jobId!, s.statementId);
    expect(left).toMatchObject({ status: 'queued', attempts: 0 });
    expect(left.done % STATEMENT_CHUNK_LINES).toBe(0);
    expect(left.receipts).toBe(left.done);
    expect(await server.jobs.drain()).toEqual([jobId!]);
    expect(await loadJob(server.deps.db, jobId!)).toMatchObject({ status: 'succeeded', attempts: 1, done: LINES });
    await expectPostedOnce(s);
  });
  test('a posting whose job failed half-way is carried on by pressing 确认入账 again, each line still posted once', async () => {
    const s = await previewed('F');
    const first = (await finance.post(`/api/v1/finance/statements/${s.statementId}/post`)).body;
    // The real handler, with a fault injected after its third chunk (the error goes to the log, silenced here).
    let steps = 0;
    const faulty = startJobRunner({ ...server.deps, log: pino({ level: 'silent' }) }, {
      postStatement: { ...JOB_DEFINITIONS.postStatement, run: (ctx) => JOB_DEFINITIONS.postStatement.run({ ...ctx, step: (fn) => (++steps > 3 ? Promise.reject(new Error('disk on fire')) : ctx.step(fn)) }) },
    }, { workers: 0 });
    expect(await faulty.drain()).toEqual([first.id]);
    await faulty.stop();
    const failed = await jobFinished(finance, first.id);
    expect(failed).toMatchObject({ status: 'failed', progress: { done: 3 * STATEMENT_CHUNK_LINES }, error: { code: 'JOB_FAILED' } });
    expect((await finance.get(`/api/v1/finance/statements/${s.statementId}`)).body.status).toBe('posting');

    const again = await finance.post(`/api/v1/finance/statements/${s.statementId}/post`);
    expect([again.status, again.body.status]).toEqual([202, 'queued']);
    expect(again.body.id).not.toBe(first.id);
    expect(await server.jobs.drain()).toEqual([again.body.id]);
    // The lines the failed job posted count as this statement's own, not as duplicates.
    expect((await jobFinished(finance, again.body.id)).result).toEqual({ statementId: s.statementId, post: 100, unidentified: LINES - 100, duplicate: 0, skipped: 0, amountPostedFen: 10000 });
    await expectPostedOnce(s);
  });
});
