// Accounts, sessions and login throttling counters.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { courts, divisions } from './reference';

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    roles: text('roles').array().notNull(),
    courtId: integer('court_id').references(() => courts.id),
    divisionId: integer('division_id').references(() => divisions.id),
    /** Assistants and clerks work on the cases of the judge whose team they are in (审判团队). */
    teamJudgeId: integer('team_judge_id').references((): any => users.id),
    /** Natural person's ID document, for parties and lawyers. */
    idType: text('id_type'),
    idNumber: text('id_number'),
    phone: text('phone'),
    email: text('email'),
    /** Lawyers: practising licence number and firm. */
    licenseNumber: text('license_number'),
    lawFirm: text('law_firm'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    index('users_court_idx').on(t.courtId),
    // A filing links each party to the portal account of the same verified identity: a lookup on every filing.
    index('users_id_number_idx').on(t.idNumber).where(sql`${t.idNumber} is not null`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the session token; the token itself lives only in the browser's cookie. */
    id: text('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Login throttling counters (src/server/auth/loginThrottle.ts): one row per pair, device, account or address. */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    /** `pair:<account>|<address>`, `device:<account>:<device id>`, `account:<account>` or `address:<address>`. */
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    /** Attempts before this instant are refused (429) without checking the password. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true }).notNull(),
    /** From this instant the counter starts over; forgotten rows are pruned. */
    forgetAt: timestamp('forget_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_throttles_forget_at_idx').on(t.forgetAt)],
);
