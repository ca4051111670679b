// 我的通知: a user's in-app notifications — from the court's jobs (一日三通报) and, later, from parties' messages. Each
// names its recipient; a job that runs again finds the (user, dedupe key) taken and notifies no one twice.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { users } from './people';
import { courts } from './reference';

export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    courtId: integer('court_id').references(() => courts.id),
    /** What it is about, e.g. 'executionFundReport'. */
    kind: text('kind').notNull(),
    title: jsonb('title').$type<{ 'zh-CN': string; en: string }>().notNull(),
    body: jsonb('body').$type<{ 'zh-CN': string; en: string }>().notNull(),
    /** A path of the web app, e.g. /execution/fund-reports?report=12. */
    link: text('link'),
    caseId: bigint('case_id', { mode: 'number' }).references(() => cases.id),
    /** What makes it the same notification when its source runs again, e.g. fundReport:12. */
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_user_dedupe_uq').on(t.userId, t.dedupeKey),
    index('notifications_user_list_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    // The badge: the unread count of the signed-in user, asked every minute by every open tab.
    index('notifications_user_unread_idx').on(t.userId, t.createdAt.desc()).where(sql`${t.readAt} is null`),
  ],
);
