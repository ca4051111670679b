// The background_jobs table: queueing a job in the caller's transaction, claiming one (FOR UPDATE SKIP LOCKED, so
// runners in any number of processes never take the same job), and recording how it ended. Every write after the
// claim names the claim token, so a runner that lost its job (taken over as stale) can no longer change it.
import { sql } from 'drizzle-orm';
import type { Db, Queryable, Tx } from '../db/database';
import type { Checkpoint } from './jobDefinition';

/** NOTIFYed (delivered at commit) when a job is queued, so that idle runners in every process look at once. */
export const JOBS_CHANNEL = 'courtflow_jobs';

export interface JobRow {
  id: number;
  kind: string;
  courtId: number | null;
  createdBy: number | null;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  done: number;
  total: number | null;
  input: Record<string, unknown>;
  result: Record<string, unknown> | null;
  errorCode: string | null;
  errorMessages: { 'zh-CN': string; en: string } | null;
  attempts: number;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function rowOf(r: Record<string, any>): JobRow {
  return {
    id: Number(r.id),
    kind: r.kind,
    courtId: r.court_id,
    createdBy: r.created_by,
    status: r.status,
    done: Number(r.progress_done),
    total: n(r.progress_total),
    input: r.input,
    result: r.result,
    errorCode: r.error_code,
    errorMessages: r.error_messages,
    attempts: r.attempts,
    createdAt: new Date(r.created_at),
    startedAt: r.started_at ? new Date(r.started_at) : null,
    finishedAt: r.finished_at ? new Date(r.finished_at) : null,
  };
}

/** Queues a job in the caller's transaction: it exists (and runners hear of it) only if that transaction commits. */
export async function enqueueJob(
  tx: Tx,
  j: { kind: string; courtId: number | null; createdBy: number | null; input: Record<string, unknown>; total?: number | null },
): Promise<JobRow> {
  const r = await tx.execute<Record<string, any>>(sql`
    insert into background_jobs (kind, court_id, created_by, input, progress_total)
    values (${j.kind}, ${j.courtId}, ${j.createdBy}, ${JSON.stringify(j.input)}::jsonb, ${j.total ?? null})
    returning *`);
  await tx.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${j.kind})`);
  return rowOf(r.rows[0]!);
}

export async function loadJob(q: Queryable, id: number): Promise<JobRow | null> {
  const r = await q.execute<Record<string, any>>(sql`select * from background_jobs where id = ${id}`);
  return r.rows[0] ? rowOf(r.rows[0]) : null;
}

/**
 * Takes the oldest job of these kinds that is queued, or running with a heartbeat older than `staleSeconds` (its
 * process died). A job another runner is stepping through is locked, hence skipped, never taken over mid-step.
 */
export async function claimJob(db: Db, kinds: readonly string[], token: string, staleSeconds: number): Promise<JobRow | null> {
  const r = await db.execute<Record<string, any>>(sql`
    with next as (
      select id from background_jobs
       where status in ('queued', 'running') and kind = any(${sql.param([...kinds])}::text[])
         and (status = 'queued' or heartbeat_at < now() - make_interval(secs => ${staleSeconds}))
       order by id
       limit 1
       for update skip locked)
    update background_jobs j
       set status = 'running', claim_token = ${token}, attempts = j.attempts + 1,
           started_at = coalesce(j.started_at, now()), heartbeat_at = now()
      from next
     where j.id = next.id
    returning j.*`);
  return r.rows[0] ? rowOf(r.rows[0]) : null;
}

/** Locks the job's row for a step; null when this runner no longer holds the job. */
export async function lockForStep(tx: Tx, id: number, token: string): Promise<Checkpoint | null> {
  const r = await tx.execute<Record<string, any>>(sql`
    select claim_token, progress_done, progress_total, result from background_jobs where id = ${id} for update`);
  const row = r.rows[0];
  if (!row || row.claim_token !== token) return null;
  return { done: Number(row.progress_done), total: n(row.progress_total), result: row.result };
}

export async function saveCheckpoint(tx: Tx, id: number, at: Checkpoint): Promise<void> {
  await tx.execute(sql`
    update background_jobs
       set progress_done = ${at.done}, progress_total = ${at.total}, result = ${at.result === null ? null : JSON.stringify(at.result)}::jsonb, heartbeat_at = now()
     where id = ${id}`);
}

/** Heartbeat (and progress, when given) of a job this runner holds; false when it no longer holds it. */
export async function touchJob(db: Db, id: number, token: string, progress?: { done: number; total: number | null }): Promise<boolean> {
  const r = progress
    ? await db.execute(sql`
        update background_jobs set heartbeat_at = now(), progress_done = ${progress.done}, progress_total = ${progress.total}
         where id = ${id} and claim_token = ${token} and status = 'running'`)
    : await db.execute(sql`update background_jobs set heartbeat_at = now() where id = ${id} and claim_token = ${token} and status = 'running'`);
  return (r.rowCount ?? 0) > 0;
}

export async function succeedJob(db: Db, id: number, token: string, result: Record<string, unknown>): Promise<void> {
  await db.execute(sql`
    update background_jobs
       set status = 'succeeded', result = ${JSON.stringify(result)}::jsonb, finished_at = now(), claim_token = null
     where id = ${id} and claim_token = ${token}`);
}

export async function failJob(db: Db, id: number, token: string, e: { code: string; zh: string; en: string }): Promise<void> {
  await db.execute(sql`
    update background_jobs
       set status = 'failed', error_code = ${e.code}, error_messages = ${JSON.stringify({ 'zh-CN': e.zh, en: e.en })}::jsonb,
           finished_at = now(), claim_token = null
     where id = ${id} and claim_token = ${token}`);
}

/**
 * Puts a job back in the queue for any runner: on shutdown (the attempt is not counted: the job did not fail) or
 * after a transient database error (counted, so a job that always meets one ends as failed).
 */
export async function releaseJob(db: Db, id: number, token: string, countAttempt: boolean): Promise<void> {
  await db.execute(sql`
    update background_jobs
       set status = 'queued', claim_token = null, heartbeat_at = null, attempts = attempts - ${countAttempt ? 0 : 1}
     where id = ${id} and claim_token = ${token}`);
}
