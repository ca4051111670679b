// 公告送达: each notice as published, for the public notice board (CPL-2023 art 95; CPL-Interp arts 138–139).
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { attachments, caseParties, cases } from './cases';
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
    /** The service task this delivery is an attempt of (null for deliveries made before tasks existed). */
    taskId: bigint('task_id', { mode: 'number' }),
    /** The file served (a material of the case); null only for deliveries made before files were attached. */
    attachmentId: bigint('attachment_id', { mode: 'number' }).references(() => attachments.id),
  },
  (t) => [index('service_deliveries_user_idx').on(t.userId, t.sentAt), index('service_deliveries_case_idx').on(t.caseId)],
);

/** 送达地址确认书: the addresses a party confirmed for a case and its consent; a new one supersedes the last. */
export const addressConfirmations = pgTable(
  'address_confirmations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' }).notNull().references(() => caseParties.id),
    mobile: text('mobile'),
    email: text('email'),
    postalAddress: text('postal_address'),
    platformAccount: boolean('platform_account').notNull(),
    electronicConsent: boolean('electronic_consent').notNull(),
    consentScope: text('consent_scope', { enum: ['all', 'procedural'] }).notNull(),
    /** 'portal': signed online by the party or its lawyer; 'paper': the signed form, recorded by the court. */
    source: text('source', { enum: ['portal', 'paper'] }).notNull(),
    signedBy: integer('signed_by').notNull().references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [index('address_confirmations_party_idx').on(t.partyId, t.supersededAt), index('address_confirmations_case_idx').on(t.caseId)],
);

/** Every address known for a person or organisation (by ID or credit code), with where it came from and when. */
export const addressBook = pgTable(
  'address_book',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subjectKey: text('subject_key').notNull(),
    kind: text('kind', { enum: ['postal', 'mobile', 'email'] }).notNull(),
    value: text('value').notNull(),
    /** SERVICE-2017 arts 8–9: confirmed, agreed, courtFiling, otherCase, habitual, registered. */
    source: text('source').notNull(),
    caseId: bigint('case_id', { mode: 'number' }).references(() => cases.id),
    recordedOn: date('recorded_on').notNull(),
  },
  (t) => [uniqueIndex('address_book_uq').on(t.subjectKey, t.kind, t.value, t.source), index('address_book_subject_idx').on(t.subjectKey)],
);

/** One document to one recipient: the method chosen, where it stands, and the day it counts as served. */
export const serviceTasks = pgTable(
  'service_tasks',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    courtId: integer('court_id').notNull().references(() => courts.id),
    partyId: bigint('party_id', { mode: 'number' }).notNull().references(() => caseParties.id),
    document: text('document').notNull(),
    method: text('method').notNull(),
    status: text('status', { enum: ['pending', 'inProgress', 'served', 'cancelled'] }).notNull().default('pending'),
    /** The address the task goes to, as it was when chosen. */
    address: text('address'),
    /** 法院专递 number of the mailing. */
    trackingNo: text('tracking_no'),
    costFen: bigint('cost_fen', { mode: 'number' }).notNull().default(0),
    createdOn: date('created_on').notNull(),
    createdBy: integer('created_by').notNull().references(() => users.id),
    deemedOn: date('deemed_on'),
    deemedSource: text('deemed_source'),
    periodDueOn: date('period_due_on'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('service_tasks_queue_idx').on(t.courtId, t.status, t.createdOn),
    index('service_tasks_case_idx').on(t.caseId),
    uniqueIndex('service_tasks_tracking_uq').on(t.trackingNo),
  ],
);

/** Each try at serving a task: when, how, what came of it, and the proof (delivery report, receipt scan, photo). */
export const serviceAttempts = pgTable(
  'service_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    taskId: bigint('task_id', { mode: 'number' }).notNull().references(() => serviceTasks.id),
    method: text('method').notNull(),
    /** Electronic: platform, email or sms; mail: courtPost. */
    channel: text('channel'),
    outcome: text('outcome').notNull(),
    onDate: date('on_date').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Null when the system itself recorded it (an SMTP server's acceptance, a read receipt). */
    recordedBy: integer('recorded_by').references(() => users.id),
    proofAttachmentId: bigint('proof_attachment_id', { mode: 'number' }).references(() => attachments.id),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('service_attempts_task_idx').on(t.taskId)],
);
