// What a kind of background job declares, and what its handler is given to run: the job, atomic steps that commit
// their writes with the progress, and a signal that the process is stopping.
import type { Role } from '../../domain/roles/roles';
import type { Tx } from '../db/database';
import type { Deps } from '../deps';

type Json = Record<string, unknown>;

/** What the committed steps have done: progress, and the partial result a resumed job continues from. */
export interface Checkpoint<R extends Json = Json> {
  done: number;
  total: number | null;
  result: R | null;
}

export interface JobContext<I extends Json = Json, R extends Json = Json> {
  deps: Deps;
  job: { id: number; kind: string; courtId: number | null; createdBy: number | null; input: I; attempts: number };
  /** Where the job stands when this runner takes it up (a job resumed after its process died starts here). */
  resumeFrom: Checkpoint<R>;
  /** Aborted when the process stops or another runner took the job over; `step` then throws JobInterrupted. */
  signal: AbortSignal;
  /**
   * One atomic step: `fn` runs in a transaction that locks the job's row, checks that this runner still holds the
   * job, and commits its writes together with the checkpoint it returns. A handler that does its work in steps is
   * resumable: a process that dies loses at most the step it was in.
   */
  step(fn: (tx: Tx, at: Checkpoint<R>) => Promise<Checkpoint<R>>): Promise<Checkpoint<R>>;
  /** Progress of work done outside steps (e.g. pages read before one final step), committed at once. */
  progress(done: number, total: number | null): Promise<void>;
}

export interface JobDefinition<I extends Json = any, R extends Json = any> {
  /** Does the work and returns the result; a thrown AppError or DomainError fails the job with its code. */
  run(ctx: JobContext<I, R>): Promise<R>;
  /** Besides its creator, staff of the job's court with one of these roles may follow it (GET /api/v1/jobs/:id). */
  followers: readonly Role[];
}

/** Handlers by kind; the server's registry (src/server/jobKinds.ts) has every JobKind, a test may bring its own kinds. */
export type JobDefinitions = Readonly<Record<string, JobDefinition>>;

/** Thrown out of a step when the runner must let go of the job: the process is stopping, or it lost the claim. */
export class JobInterrupted extends Error {
  constructor(readonly reason: 'stopping' | 'lost') {
    super(`job interrupted: ${reason}`);
    this.name = 'JobInterrupted';
  }
}
