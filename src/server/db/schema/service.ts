// 公告送达: each notice as published, for the public notice board (CPL-2023 art 95; CPL-Interp arts 138–139).
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { caseParties, cases } from './cases';
import { users } from './people';
import { courts } from './reference';

export const publicNotices = pgTable(
  'public_notices',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    courtId: integer('court_id').notNull().references(() => courts.id),
    partyId: bigint('party_id', { mode: 'number' }).notNull().references(() => caseParties.id),
    document: text('document').notNull(),
    reason: text('reason').notNull(),
    issuedOn: date('issued_on').notNull(),
    deemedOn: date('deemed_on').notNull(),
    content: jsonb('content').$type<{ 'zh-CN': string; en: string }>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('public_notices_running_idx').on(t.deemedOn, t.issuedOn), index('public_notices_court_idx').on(t.courtId, t.issuedOn)],
);

/** Electronic service through the party's platform account (the portal inbox): sent, read, and deemed served. */
export const serviceDeliveries = pgTable(
  'service_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    courtId: integer('court_id').notNull().references(() => courts.id),
    partyId: bigint('party_id', { mode: 'number' }).notNull().references(() => caseParties.id),
    userId: integer('user_id').notNull().references(() => users.id),
    document: text('document').notNull(),
    /** The recipient gave or confirmed this address (ONLINE-LIT art 31): served on arrival; otherwise when read. */
    addressConfirmed: boolean('address_confirmed').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    sentOn: date('sent_on').notNull(),
    sentBy: integer('sent_by').notNull().references(() => users.id),
    readAt: timestamp('read_at', { withTimezone: true }),
    deemedOn: date('deemed_on'),
  },
  (t) => [index('service_deliveries_user_idx').on(t.userId, t.sentAt), index('service_deliveries_case_idx').on(t.caseId)],
);
