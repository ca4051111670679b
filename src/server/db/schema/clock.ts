// The legal clock: the working calendar, settings, running periods (审限 and party periods), extensions,
// deductions and the reminders the sweep creates exactly once.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { cases, caseParties } from './cases';
import { users } from './people';
import { courts } from './reference';

/** Days the State Council's notices name: off = 放假, not off = 调休上班. Other days follow the weekday rule. */
export const calendarDays = pgTable('calendar_days', {
  day: date('day').primaryKey(),
  off: boolean('off').notNull(),
  name: text('name').notNull(),
  source: text('source').notNull(),
});

/** Years whose notice has been loaded; a period ending in another year says its calendar is not yet published. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  importedBy: integer('imported_by').references(() => users.id),
});

/** A court's own closure days (e.g. relocation, disaster). */
export const courtClosures = pgTable(
  'court_closures',
  {
    id: serial('id').primaryKey(),
    courtId: integer('court_id').notNull().references(() => courts.id),
    day: date('day').notNull(),
    reason: text('reason').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('court_closures_court_day_uq').on(t.courtId, t.day)],
);

/** Settings an administrator may change (values the law leaves open, thresholds). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer('updated_by').references(() => users.id),
});

export const casePeriods = pgTable(
  'case_periods',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    courtId: integer('court_id').notNull().references(() => courts.id),
    /** 'trialLimit' or a period kind of src/domain/clock/periodKinds. */
    kind: text('kind').notNull(),
    /** For party periods: whose period it is (each party's own period runs from its own service date). */
    partyId: bigint('party_id', { mode: 'number' }).references(() => caseParties.id),
    audience: text('audience', { enum: ['party', 'court', 'trialLimit'] }).notNull(),
    triggerOn: date('trigger_on').notNull(),
    triggerFact: jsonb('trigger_fact').$type<{ 'zh-CN': string; en: string }>().notNull(),
    /** Length and the rule version applied, as computed. */
    basis: jsonb('basis').$type<Record<string, unknown>>().notNull(),
    baseDueOn: date('base_due_on'),
    /** Null only for a 审限 the law does not limit (foreign-related civil cases). */
    dueOn: date('due_on'),
    /** For a period counted in hours (CPL-2023 art 85; 48 hours to rule on preservation): the instant it ends. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    status: text('status', { enum: ['running', 'completed', 'elapsed', 'cancelled'] }).notNull(),
    completedOn: date('completed_on'),
    completedReason: text('completed_reason'),
    level: text('level', { enum: ['none', 'yellow', 'red', 'overdue'] }).notNull().default('none'),
    /** The next date on which the sweep must look at this period; null when nothing more can happen to it. */
    alertOn: date('alert_on'),
    /** For a period counted in hours: the instant on `alert_on` before which the sweep need not look (the next hour's level). */
    alertAt: timestamp('alert_at', { withTimezone: true }),
    trace: jsonb('trace').$type<{ 'zh-CN': string; en: string; source?: string }[]>().notNull(),
    uncoveredYear: integer('uncovered_year'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_periods_case_idx').on(t.caseId),
    index('case_periods_alert_idx').on(t.alertOn).where(sql`${t.status} = 'running'`),
    index('case_periods_court_running_idx').on(t.courtId, t.dueOn).where(sql`${t.status} = 'running'`),
    // 期限监管: only the running periods that need attention, in due order (a court has tens of thousands running).
    index('case_periods_court_attention_idx').on(t.courtId, t.dueOn, t.id).where(sql`${t.status} = 'running' and ${t.level} in ('yellow', 'red', 'overdue')`),
  ],
);

export const trialLimitExtensions = pgTable(
  'trial_limit_extensions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    periodId: bigint('period_id', { mode: 'number' }).notNull().references(() => casePeriods.id),
    seq: integer('seq').notNull(),
    length: jsonb('length').$type<Record<string, number>>().notNull(),
    approver: text('approver', { enum: ['president', 'higherCourt', 'highCourt', 'supremeCourt'] }).notNull(),
    /** The 审限 procedure it extends; one approved before a conversion does not carry over (CPL-Interp art 258). */
    procedure: text('procedure').notNull(),
    /** The court whose president decides: the case's own, or the next-higher court for a second extension. */
    decidingCourtId: integer('deciding_court_id').notNull().references(() => courts.id),
    reason: text('reason').notNull(),
    requestedBy: integer('requested_by').notNull().references(() => users.id),
    requestedOn: date('requested_on').notNull(),
    dueOnWhenRequested: date('due_on_when_requested').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'refused'] }).notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedOn: date('decided_on'),
    decisionNote: text('decision_note'),
  },
  (t) => [
    uniqueIndex('trial_limit_extensions_case_seq_uq').on(t.caseId, t.seq),
    index('trial_limit_extensions_pending_idx').on(t.decidingCourtId).where(sql`${t.status} = 'pending'`),
  ],
);

/** 扣除审限: intervals not counted towards the trial limit. */
export const periodDeductions = pgTable(
  'period_deductions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    periodId: bigint('period_id', { mode: 'number' }).notNull().references(() => casePeriods.id),
    kind: text('kind').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    documentNo: text('document_no').notNull(),
    note: text('note'),
    approvedBy: integer('approved_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('period_deductions_period_idx').on(t.periodId)],
);

/** One reminder per period and level, whichever process's sweep gets there first. */
export const periodReminders = pgTable(
  'period_reminders',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    periodId: bigint('period_id', { mode: 'number' }).notNull().references(() => casePeriods.id),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    level: text('level', { enum: ['yellow', 'red', 'overdue', 'elapsed'] }).notNull(),
    dueOn: date('due_on').notNull(),
    /** Who is reminded: the judge in charge, when there is one. */
    userId: integer('user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('period_reminders_period_level_due_uq').on(t.periodId, t.level, t.dueOn), index('period_reminders_user_idx').on(t.userId, t.createdAt)],
);
