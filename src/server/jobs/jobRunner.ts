// Runs background jobs in this server process, beside any number of others on the same database. Idle runners
// wake on NOTIFY when a job is queued (and poll every few seconds, which also finds jobs whose process died); a
// running job beats its heartbeat; stopping the process lets each running job finish its current step and puts it
// back in the queue. The runner knows kinds only through the definitions it is given (jobKinds.ts).
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { DomainError } from '../../domain/errors/domainError';
import type { Deps } from '../deps';
import { AppError } from '../http/appError';
import { JobInterrupted, type Checkpoint, type JobContext, type JobDefinitions } from './jobDefinition';
import { claimJob, failJob, JOBS_CHANNEL, lockForStep, releaseJob, saveCheckpoint, succeedJob, touchJob, type JobRow } from './jobStore';

export interface JobRunnerOptions {
  /** Jobs this process runs at once; 0: none (the process only serves requests). */
  workers: number;
  /** Idle polling; 0: none (tests call `drain`). */
  pollMs?: number;
  /** Listen for NOTIFY of queued jobs. */
  listen?: boolean;
  heartbeatMs?: number;
  /** A running job whose heartbeat is older than this lost its process and is taken up again. */
  staleAfterMs?: number;
}

export interface JobRunner {
  /** Looks for queued work now. */
  wake(): void;
  /** Claims and runs jobs, one after another, until none is left; resolves with the jobs it ran (tests, tools). */
  drain(): Promise<number[]>;
  /** Stops claiming; running jobs finish their current step and go back to the queue. */
  stop(): Promise<void>;
}

export const JOB_DEFAULTS = { pollMs: 5000, heartbeatMs: 5000, staleAfterMs: 30_000 } as const;
/** A job taken up this many times without finishing (its process kept dying) fails instead of being retried. */
export const MAX_JOB_ATTEMPTS = 5;

const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '57P01', '57P02', '57P03', '53300']);
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/** The database was away or the transaction lost a race: worth another attempt, not the job's fault. */
function isTransient(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string }; message?: string };
  const code = err?.cause?.code ?? err?.code ?? '';
  return TRANSIENT_SQLSTATES.has(code) || code.startsWith('08') || TRANSIENT_NODE_CODES.has(code) || /Connection terminated/i.test(err?.message ?? '');
}

function failureOf(e: unknown): { code: string; zh: string; en: string } | null {
  if (e instanceof AppError) return { code: e.code, zh: e.zh, en: e.en };
  if (e instanceof DomainError) return { code: e.code, zh: e.messages['zh-CN'], en: e.messages.en };
  return null;
}

const JOB_FAILED = { code: 'JOB_FAILED', zh: '后台任务出错，已记入服务器日志；请稍后重试，如仍失败请联系管理员。', en: 'The background job failed and the error was logged; retry later and contact the administrator if it fails again.' };
const JOB_ABANDONED = { code: 'JOB_ABANDONED', zh: `后台任务多次中断（${MAX_JOB_ATTEMPTS} 次），已停止；请联系管理员查看服务器日志。`, en: `The background job was interrupted ${MAX_JOB_ATTEMPTS} times and was stopped; ask the administrator to check the server logs.` };

export function startJobRunner(deps: Deps, definitions: JobDefinitions, options: JobRunnerOptions): JobRunner {
  const o = { ...JOB_DEFAULTS, listen: true, ...options };
  const kinds = Object.keys(definitions);
  const active = new Map<number, { controller: AbortController; finished: Promise<void> }>();
  let stopping = false;

  async function execute(job: JobRow, token: string, controller: AbortController): Promise<void> {
    const definition = definitions[job.kind]!;
    const interrupted = () => new JobInterrupted(controller.signal.reason === 'lost' ? 'lost' : 'stopping');
    const beat = setInterval(() => {
      touchJob(deps.db, job.id, token).then(
        (held) => held || controller.abort('lost'),
        () => {},
      );
    }, o.heartbeatMs);
    beat.unref();
    const ctx: JobContext = {
      deps,
      job: { id: job.id, kind: job.kind, courtId: job.courtId, createdBy: job.createdBy, input: job.input, attempts: job.attempts },
      resumeFrom: { done: job.done, total: job.total, result: job.result },
      signal: controller.signal,
      async step(fn) {
        if (controller.signal.aborted) throw interrupted();
        const next = await deps.db.transaction(async (tx): Promise<Checkpoint> => {
          const at = await lockForStep(tx, job.id, token);
          if (!at) throw new JobInterrupted('lost');
          const after = await fn(tx, at);
          await saveCheckpoint(tx, job.id, after);
          return after;
        });
        if (controller.signal.aborted) throw interrupted();
        return next;
      },
      async progress(done, total) {
        if (!(await touchJob(deps.db, job.id, token, { done, total }))) controller.abort('lost');
      },
    };
    try {
      if (job.attempts > MAX_JOB_ATTEMPTS) {
        await failJob(deps.db, job.id, token, JOB_ABANDONED);
        return;
      }
      const result = await definition.run(ctx);
      await succeedJob(deps.db, job.id, token, result);
    } catch (e) {
      await settleFailure(job, token, e);
    } finally {
      clearInterval(beat);
    }
  }

  async function settleFailure(job: JobRow, token: string, e: unknown) {
    try {
      if (e instanceof JobInterrupted) {
        if (e.reason === 'stopping') await releaseJob(deps.db, job.id, token, false);
        deps.log.info({ job: job.id, kind: job.kind, reason: e.reason }, 'background job interrupted');
      } else if (failureOf(e)) {
        await failJob(deps.db, job.id, token, failureOf(e)!);
      } else if (isTransient(e)) {
        deps.log.warn({ err: e, job: job.id, kind: job.kind }, 'background job met a transient database error; queued again');
        await releaseJob(deps.db, job.id, token, true);
      } else {
        deps.log.error({ err: e, job: job.id, kind: job.kind }, 'background job failed');
        await failJob(deps.db, job.id, token, JOB_FAILED);
      }
    } catch (again) {
      // The database is away: the job keeps its claim until its heartbeat is stale, then any runner resumes it.
      deps.log.warn({ err: again, job: job.id }, 'could not record how a background job ended');
    }
  }

  async function claimAndRun(): Promise<number | null> {
    if (stopping) return null;
    const token = randomUUID();
    const job = await claimJob(deps.db, kinds, token, Math.ceil(o.staleAfterMs / 1000));
    if (!job) return null;
    const controller = new AbortController();
    const finished = execute(job, token, controller).finally(() => active.delete(job.id));
    active.set(job.id, { controller, finished });
    return job.id;
  }

  // Fill free workers; `again` remembers a wake-up that came while looking.
  let looking: Promise<void> | null = null;
  let again = false;
  function look() {
    if (stopping || o.workers <= 0) return;
    if (looking) {
      again = true;
      return;
    }
    looking = (async () => {
      do {
        again = false;
        while (!stopping && active.size < o.workers) {
          const id = await claimAndRun();
          if (id === null) break;
          void active.get(id)?.finished.then(look);
        }
      } while (again && !stopping);
    })()
      .catch((e) => deps.log.warn({ err: e }, 'could not claim background jobs'))
      .finally(() => (looking = null));
  }

  const listener = o.workers > 0 && o.listen ? listenForJobs(deps, look) : null;
  const poll = o.workers > 0 && o.pollMs > 0 ? setInterval(() => (listener?.ensure(), look()), o.pollMs) : null;
  poll?.unref();
  look();

  return {
    wake: look,
    async drain() {
      const ran: number[] = [];
      for (;;) {
        const id = await claimAndRun();
        if (id === null) return ran;
        await active.get(id)?.finished;
        ran.push(id);
      }
    },
    async stop() {
      stopping = true;
      if (poll) clearInterval(poll);
      await listener?.close();
      await looking;
      for (const a of active.values()) a.controller.abort('stopping');
      await Promise.all([...active.values()].map((a) => a.finished));
    },
  };
}

/** A connection kept for LISTEN; lost with its server, it is opened again at the next poll. */
function listenForJobs(deps: Deps, onNotify: () => void) {
  let client: pg.PoolClient | null = null;
  let opening: Promise<void> | null = null;
  let closed = false;
  const released = new WeakSet<pg.PoolClient>();
  const drop = (c: pg.PoolClient, err?: Error) => {
    if (client === c) client = null;
    if (released.has(c)) return;
    released.add(c);
    c.release(err ?? true);
  };
  const ensure = () => {
    if (client || opening || closed) return;
    opening = (async () => {
      const c = await deps.pool.connect();
      c.on('notification', onNotify);
      c.on('error', (err) => drop(c, err));
      try {
        await c.query(`listen ${JOBS_CHANNEL}`);
      } catch (e) {
        drop(c, e as Error);
        throw e;
      }
      if (closed) drop(c);
      else client = c;
    })()
      .catch((e) => deps.log.warn({ err: e }, 'cannot listen for background jobs; polling'))
      .finally(() => (opening = null));
  };
  ensure();
  return {
    ensure,
    async close() {
      closed = true;
      await opening;
      if (client) drop(client);
    },
  };
}
