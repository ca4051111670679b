// After 终本: the court queries the debtor's property every 6 months for 5 years and tells the applicant (ZHONGBEN
// art 9 [S]). One row per case closed by 终本: when the next query is due, and what the last one is waiting for.
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgTable } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { courts } from './reference';

export const executionRequeries = pgTable(
  'execution_requeries',
  {
    caseId: bigint('case_id', { mode: 'number' })
      .primaryKey()
      .references(() => cases.id),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    closedOn: date('closed_on').notNull(),
    /** The next scheduled query; null once the five years are over (or the case was restored). */
    nextDueOn: date('next_due_on'),
    runs: integer('runs').notNull().default(0),
    lastRunOn: date('last_run_on'),
    /** The inquiry requests of the last run, until all are answered. */
    awaitingRequestIds: bigint('awaiting_request_ids', { mode: 'number' }).array(),
    negativeRuns: integer('negative_runs').notNull().default(0),
    /** The day a re-query found property: 恢复执行 is proposed to the officer. */
    foundOn: date('found_on'),
  },
  (t) => [
    index('execution_requeries_due_idx').on(t.nextDueOn).where(sql`${t.nextDueOn} is not null`),
    index('execution_requeries_awaiting_idx').on(t.caseId).where(sql`${t.awaitingRequestIds} is not null`),
  ],
);
