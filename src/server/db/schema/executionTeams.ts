// 分段集约 per court: the court's stages and 繁简分流 rules, its execution teams (执行指挥中心, 快执, 精执 …) and their
// members, and each case's classification at 分案 (issue 17 item 3).
import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { users } from './people';
import { courts } from './reference';

/** One row per court that configured its execution: the stages in order and the triage rules (absent: the defaults). */
export const executionCourtSettings = pgTable('execution_court_settings', {
  courtId: integer('court_id')
    .primaryKey()
    .references(() => courts.id),
  /** [{ code, label: { zh-CN, en }, limitDays }] in order. */
  stages: jsonb('stages').$type<{ code: string; label: { 'zh-CN': string; en: string }; limitDays: number | null }[]>().notNull(),
  /** { simpleMaxAmount: yuan string | null, preservedCoverPercent: number | null }. */
  triage: jsonb('triage').$type<{ simpleMaxAmount: string | null; preservedCoverPercent: number | null }>().notNull(),
  /** [U] 终本: how recent the network inquiries must be (days; ZHONGBEN art 3 sets no window). */
  inquiryWindowDays: integer('inquiry_window_days').notNull().default(90),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer('updated_by').references(() => users.id),
});

export const executionTeams = pgTable(
  'execution_teams',
  {
    id: serial('id').primaryKey(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    name: text('name').notNull(),
    /** command (执行指挥中心), fast (快执团队, simple cases), full (精执团队, complex cases). */
    kind: text('kind').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('execution_teams_court_name_uq').on(t.courtId, t.name)],
);

export const executionTeamMembers = pgTable(
  'execution_team_members',
  {
    teamId: integer('team_id')
      .notNull()
      .references(() => executionTeams.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('execution_team_members_user_idx').on(t.userId)],
);

/** 繁简分流: how the case was classified at 立案 by the court's rules then in force, with the facts and reasons. */
export const executionCaseTracks = pgTable('execution_case_tracks', {
  caseId: bigint('case_id', { mode: 'number' })
    .primaryKey()
    .references(() => cases.id),
  track: text('track').notNull(),
  reasons: jsonb('reasons').$type<{ 'zh-CN': string; en: string }[]>().notNull(),
  amountFen: bigint('amount_fen', { mode: 'bigint' }).notNull(),
  preservedFen: bigint('preserved_fen', { mode: 'bigint' }).notNull(),
  decidedOn: date('decided_on').notNull(),
});
