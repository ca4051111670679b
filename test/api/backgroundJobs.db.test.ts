// The background-job mechanism on real PostgreSQL: runners in two "processes" (each its own pool) never run a job
// twice; progress is committed step by step and visible over HTTP while the job runs; a refusal is recorded with its
// code; a job whose process died is taken up again from its last step, and the stale runner can no longer write;
// a stopping runner puts its job back; only the people a job belongs to may follow it.
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/database';
import type { Deps } from '../../src/server/deps';
import { AppError } from '../../src/server/http/appError';
import type { JobContext, JobDefinitions } from '../../src/server/jobs/jobDefinition';
import { startJobRunner, type JobRunner } from '../../src/server/jobs/jobRunner';
import { enqueueJob, loadJob } from '../../src/server/jobs/jobStore';
import { ApiClient } from '../support/apiClient';
import { jobFinished } from '../support/jobs';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let other: Database;
let otherDeps: Deps;
let finance: ApiClient;
const runners: JobRunner[] = [];

beforeAll(async () => {
  // The server's own runner runs no job here: each test starts the runners it needs, with its own kinds.
  server = await startTestServer({ config: { jobWorkers: 0 } });
  // A second "process": its own connection pool on the same database.
  other = openDatabase(server.database.pool.options.connectionString as string, 5);
  otherDeps = { ...server.deps, db: other.db, pool: other.pool };
  finance = await ApiClient.loggedIn(server.baseUrl, 'ng-finance');
});
afterAll(async () => {
  await Promise.all(runners.map((r) => r.stop()));
  await other?.close();
  await server?.close();
});

// No workers of its own: the test runs jobs with `drain` (each call one worker).
const manual = { workers: 0 };
function runner(deps: Deps, kinds: JobDefinitions, options: Parameters<typeof startJobRunner>[2] = manual) {
  const r = startJobRunner(deps, kinds, options);
  runners.push(r);
  return r;
}

const enqueue = (kind: string, input: Record<string, unknown> = {}, createdBy: number | null = finance.user.id) =>
  server.deps.db.transaction((tx) => enqueueJob(tx, { kind, courtId: finance.user.courtId ?? null, createdBy, input, total: 3 }));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A gate the test opens; the job waits at it between steps. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

/** A job of three steps; each step counts itself in its checkpoint, so a resumed job goes on from where it was. */
async function threeSteps(ctx: JobContext, between: (done: number) => Promise<void> = async () => {}) {
  let at = ctx.resumeFrom;
  while (at.done < 3) {
    at = await ctx.step(async (_tx, from) => ({ done: from.done + 1, total: 3, result: { steps: [...((from.result?.steps as number[]) ?? []), from.done + 1] } }));
    await between(at.done);
  }
  return { ...at.result, attempts: ctx.job.attempts };
}

describe('background jobs', () => {
  test('two runners in two processes claim each job once, and every job runs to the end', async () => {
    const runs: number[] = [];
    const kinds: JobDefinitions = {
      'test.count': {
        followers: [],
        run: async (ctx) => {
          runs.push(ctx.job.id);
          return threeSteps(ctx, () => sleep(5));
        },
      },
    };
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push((await enqueue('test.count')).id);
    const a = runner(server.deps, kinds);
    const b = runner(otherDeps, kinds);
    // Three workers in each process, all draining the queue at once.
    const ran = (await Promise.all([a.drain(), a.drain(), a.drain(), b.drain(), b.drain(), b.drain()])).flat();
    expect(ran.sort((x, y) => x - y)).toEqual(ids);
    expect(runs.sort((x, y) => x - y)).toEqual(ids);
    const rows = await Promise.all(ids.map((id) => loadJob(server.deps.db, id)));
    expect(rows.map((j) => [j!.status, j!.attempts, j!.done, j!.result])).toEqual(ids.map(() => ['succeeded', 1, 3, { steps: [1, 2, 3], attempts: 1 }]));
  });

  test('a queued job is taken up at once (NOTIFY), and its progress is visible over HTTP while it runs', async () => {
    const g = gate();
    const kinds: JobDefinitions = { 'test.gated': { followers: [], run: (ctx) => threeSteps(ctx, (done) => (done === 1 ? g.opened : Promise.resolve())) } };
    runner(server.deps, kinds, { workers: 1, pollMs: 0, listen: true });
    await sleep(200); // the runner's LISTEN connection
    const job = await enqueue('test.gated');
    let seen: any;
    for (let i = 0; i < 500; i++) {
      seen = (await finance.get(`/api/v1/jobs/${job.id}`)).body;
      if (seen.progress.done === 1) break;
      await sleep(20);
    }
    expect(seen).toMatchObject({ id: job.id, kind: 'test.gated', status: 'running', progress: { done: 1, total: 3 }, result: { steps: [1] }, error: null, attempts: 1 });
    g.open();
    expect(await jobFinished(finance, job.id)).toMatchObject({ status: 'succeeded', progress: { done: 3, total: 3 }, result: { steps: [1, 2, 3] } });
  });

  test('a refusal fails the job with its code and both messages; a step that throws leaves no trace of its writes', async () => {
    const kinds: JobDefinitions = {
      'test.refused': {
        followers: [],
        run: async (ctx) => {
          await ctx.step(async (_tx, from) => ({ ...from, done: 1 }));
          await ctx.step(async (tx) => {
            await tx.execute(sql`update background_jobs set result = '{"half": "written"}'::jsonb where id = ${ctx.job.id}`);
            throw new AppError(422, 'TEST_REFUSED', '测试：拒绝。', 'Test: refused.');
          });
          return {};
        },
      },
      'test.crash': { followers: [], run: async () => JSON.parse('not json') },
    };
    const refused = await enqueue('test.refused');
    const crashed = await enqueue('test.crash');
    // (The crash is logged as an error; not in this test's output.)
    await runner({ ...server.deps, log: pino({ level: 'silent' }) }, kinds).drain();
    const body = await jobFinished(finance, refused.id);
    expect(body).toMatchObject({ status: 'failed', progress: { done: 1 }, result: null, error: { code: 'TEST_REFUSED', message: '测试：拒绝。', messages: { 'zh-CN': '测试：拒绝。', en: 'Test: refused.' } } });
    expect(body.finishedAt).toBeTruthy();
    const en = await finance.request('GET', `/api/v1/jobs/${refused.id}`, undefined, { headers: { 'accept-language': 'en' } });
    expect(en.body.error.message).toBe('Test: refused.');
    // Anything else is a failure with a generic code (the error itself goes to the server log, not to the user).
    expect((await jobFinished(finance, crashed.id)).error.code).toBe('JOB_FAILED');
  });

  test('a job whose process died is resumed from its last step by another process; the stale runner can no longer write', async () => {
    const g = gate();
    const staleRunnerSteps: number[] = [];
    const kinds = (who: string, wait: boolean): JobDefinitions => ({
      'test.resume': {
        followers: [],
        run: async (ctx) => {
          await ctx.step(async (_tx, from) => ({ done: from.done + 1, total: 3, result: { by: [...((from.result?.by as string[]) ?? []), who] } }));
          if (wait) await g.opened;
          let at = ctx.resumeFrom.done ? ctx.resumeFrom : { done: 1, total: 3, result: null };
          while (at.done < 3) {
            at = await ctx.step(async (_tx, from) => {
              if (who === 'a') staleRunnerSteps.push(from.done);
              return { done: from.done + 1, total: 3, result: { by: [...((from.result?.by as string[]) ?? []), who] } };
            });
          }
          return { ...at.result, resumedFrom: ctx.resumeFrom.done };
        },
      },
    });
    const job = await enqueue('test.resume');
    // Process A takes the job, does a step, and then stops beating (a heartbeat an hour late: the process is gone).
    const a = runner(server.deps, kinds('a', true), { workers: 0, heartbeatMs: 3_600_000 });
    const aDone = a.drain();
    for (let i = 0; i < 500 && (await loadJob(server.deps.db, job.id))!.done < 1; i++) await sleep(20);
    // A queued job is not stale: B finds nothing until A's heartbeat is old.
    const b = runner(otherDeps, kinds('b', false));
    expect(await b.drain()).toEqual([]);
    await server.database.pool.query(`update background_jobs set heartbeat_at = now() - interval '1 hour' where id = $1`, [job.id]);
    expect(await b.drain()).toEqual([job.id]);
    const resumed = await loadJob(server.deps.db, job.id);
    // B went on from A's committed step (B's own first step counted too), on its second attempt.
    expect([resumed!.status, resumed!.attempts, resumed!.done]).toEqual(['succeeded', 2, 3]);
    expect(resumed!.result).toMatchObject({ resumedFrom: 1 });
    expect((resumed!.result!.by as string[])[0]).toBe('a');
    // A comes back to life: its next step finds the job taken over and writes nothing.
    g.open();
    await aDone;
    expect(staleRunnerSteps).toEqual([]);
    expect((await loadJob(server.deps.db, job.id))!.result).toEqual(resumed!.result);
  });

  test('a stopping runner lets its job finish the current step and puts it back; another takes it up from there', async () => {
    const g = gate();
    const job = await enqueue('test.stop');
    const a = runner(server.deps, { 'test.stop': { followers: [], run: (ctx) => threeSteps(ctx, (done) => (done === 1 ? g.opened : Promise.resolve())) } });
    const aDone = a.drain();
    for (let i = 0; i < 500 && (await loadJob(server.deps.db, job.id))!.done < 1; i++) await sleep(20);
    let hasStopped = false;
    const stopped = a.stop().then(() => (hasStopped = true));
    // Stopping waits for the running job, here waiting between its steps.
    await sleep(100);
    expect(hasStopped).toBe(false);
    g.open();
    await stopped;
    await aDone;
    // Back in the queue, its step kept, the interrupted attempt not counted against it.
    expect(await loadJob(server.deps.db, job.id)).toMatchObject({ status: 'queued', done: 1, attempts: 0 });
    await runner(otherDeps, { 'test.stop': { followers: [], run: (ctx) => threeSteps(ctx) } }).drain();
    expect(await loadJob(server.deps.db, job.id)).toMatchObject({ status: 'succeeded', done: 3, attempts: 1, result: { steps: [1, 2, 3] } });
  });

  test('a job whose process keeps dying fails after five attempts instead of being retried for ever', async () => {
    const job = await enqueue('test.poison');
    await server.database.pool.query(`update background_jobs set status = 'running', attempts = 5, claim_token = 'dead', heartbeat_at = now() - interval '1 hour' where id = $1`, [job.id]);
    let ran = false;
    await runner(server.deps, { 'test.poison': { followers: [], run: async () => ((ran = true), {}) } }).drain();
    expect(ran).toBe(false);
    expect((await jobFinished(finance, job.id)).error.code).toBe('JOB_ABANDONED');
  });

  test('a job is seen by whoever started it (and by the staff its kind names), by nobody else', async () => {
    const job = await enqueue('test.private');
    expect((await finance.get(`/api/v1/jobs/${job.id}`)).status).toBe(200);
    for (const who of ['ng-finance', 'ng-judge1', 'kc-finance', 'zhangsan', 'admin']) {
      const c = await ApiClient.loggedIn(server.baseUrl, who);
      // (ng-finance logs in again as a different session of the same user: still the creator.)
      const r = await c.get(`/api/v1/jobs/${job.id}`);
      expect([who, r.status]).toEqual([who, who === 'ng-finance' ? 200 : 404]);
      if (r.status === 404) expect(r.body.code).toBe('JOB_NOT_FOUND');
    }
    expect((await fetch(`${server.baseUrl}/api/v1/jobs/${job.id}`)).status).toBe(401);
    expect((await finance.get('/api/v1/jobs/99999999')).status).toBe(404);
  });
});
