// Background jobs: long work (posting a bank statement; later OCR, document generation, imports) that runs outside
// the request that asked for it, claimed by a runner in any server process, with its progress committed as it goes.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './people';
import { courts } from './reference';

export const backgroundJobs = pgTable(
  'background_jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Which handler runs it (src/server/jobKinds.ts). */
    kind: text('kind').notNull(),
    courtId: integer('court_id').references(() => courts.id),
    createdBy: integer('created_by').references(() => users.id),
    status: text('status', { enum: ['queued', 'running', 'succeeded', 'failed'] }).notNull().default('queued'),
    progressDone: bigint('progress_done', { mode: 'number' }).notNull().default(0),
    progressTotal: bigint('progress_total', { mode: 'number' }),
    input: jsonb('input').$type<Record<string, unknown>>().notNull(),
    /** While running: what the committed steps have done so far (where a resumed job starts); then the result. */
    result: jsonb('result').$type<Record<string, unknown>>(),
    errorCode: text('error_code'),
    errorMessages: jsonb('error_messages').$type<{ 'zh-CN': string; en: string }>(),
    /** How many times a runner claimed it; a job that keeps losing its process is failed, not retried forever. */
    attempts: integer('attempts').notNull().default(0),
    /** Set by each claim: only the runner holding it may commit steps, so a job never runs twice at once. */
    claimToken: text('claim_token'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Refreshed while a runner works on it; a running job whose heartbeat is stale lost its process. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
  },
  (t) => [index('background_jobs_open_idx').on(t.id).where(sql`${t.status} in ('queued', 'running')`)],
);
