// Cases registered (收案) and closed (结案) per court and month, kept by a trigger on `cases` in the same
// transaction as the change, so court dashboards read a few hundred rows instead of scanning millions of cases.
import { date, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { courts } from './reference';

export const courtMonthStats = pgTable(
  'court_month_stats',
  {
    courtId: integer('court_id').notNull().references(() => courts.id),
    /** The first day of the month. */
    month: date('month').notNull(),
    /** Cases whose accepted_on (立案日期) falls in the month. */
    received: integer('received').notNull().default(0),
    /** Cases whose closed_on (结案日期) falls in the month. */
    closed: integer('closed').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.courtId, t.month] })],
);
