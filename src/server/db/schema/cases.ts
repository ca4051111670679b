// Cases from online filing to archive, with parties, agents, panel, timeline, attachments, hearings, number counters.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './people';
import { bigramTsvector } from './search';
import { causes, courts, divisions, rooms } from './reference';

/**
 * The nodes in which a case is open (registered, not yet closed): the predicate of the open-case indexes, equal to
 * OPEN_NODES of src/server/modules/cases/openNodes.ts (a test keeps the two the same).
 */
export const OPEN_NODE_LIST = ['accepted', 'assigned', 'hearingScheduled', 'heard', 'correctionRequested', 'received', 'entrusted', 'mediating', 'agreementDrafted', 'registered', 'implementing', 'suspended', 'endOfRoundReview', 'panelFormed', 'ruled', 'granted', 'orderIssued'] as const;
const OPEN_PREDICATE = sql.raw(`node in (${OPEN_NODE_LIST.map((n) => `'${n}'`).join(', ')})`);

export const cases = pgTable(
  'cases',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Declaration key in src/domain/casetypes (= 类型代字). */
    caseType: text('case_type').notNull(),
    courtId: integer('court_id').notNull().references(() => courts.id),
    node: text('node').notNull(),
    /** Optimistic concurrency: bumped by every change; a stale edit is refused. */
    version: integer('version').notNull().default(1),
    caseNumber: text('case_number'),
    numberYear: integer('number_year'),
    numberSerial: integer('number_serial'),
    procedure: text('procedure'),
    divisionId: integer('division_id').references(() => divisions.id),
    causeId: integer('cause_id').references(() => causes.id),
    amountFen: bigint('amount_fen', { mode: 'bigint' }),
    claims: jsonb('claims').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    facts: text('facts').notNull().default(''),
    /** At filing, the party accepted (true) or refused (false) pre-litigation mediation; null when not asked (CPL-2023 art 125). */
    mediationConsent: boolean('mediation_consent'),
    filedBy: integer('filed_by').references(() => users.id),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Start of the current filing-review period (restarts after a correction). */
    receivedOn: date('received_on').notNull(),
    reviewDueOn: date('review_due_on'),
    correction: jsonb('correction').$type<{ items: string[]; note?: string; requestedOn: string; requestedBy: number } | null>(),
    rejection: jsonb('rejection').$type<{ reason: string; basis?: string; rejectedOn: string; rejectedBy: number } | null>(),
    acceptedOn: date('accepted_on'),
    acceptedBy: integer('accepted_by').references(() => users.id),
    /** 承办法官: the judge in charge (the presiding judge of a panel, or the sole judge). */
    judgeId: integer('judge_id').references(() => users.id),
    organization: text('organization'),
    closingMethod: text('closing_method'),
    rulingKind: text('ruling_kind'),
    closedOn: date('closed_on'),
    closingSummary: text('closing_summary'),
    archivedOn: date('archived_on'),
    /** The case this one continues (an appeal's first-instance case). */
    originCaseId: bigint('origin_case_id', { mode: 'number' }).references((): any => cases.id),
    /** All procedures of one dispute share a chain (for 案-件比). */
    chainId: bigint('chain_id', { mode: 'number' }),
    nodeEnteredAt: timestamp('node_entered_at', { withTimezone: true }).notNull().defaultNow(),
    /** Character bigrams of the case number, for search (STACK-NOTES: bigram tsvectors, no parser). */
    numberBigrams: bigramTsvector('number_bigrams').generatedAlwaysAs(sql`cf_bigrams(case_number)`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_case_number_uq').on(t.caseNumber),
    index('cases_court_node_idx').on(t.courtId, t.node, t.receivedOn),
    // The court's case list in its default order (latest change first) and by date received, a page at a time.
    index('cases_court_entered_idx').on(t.courtId, t.nodeEnteredAt, t.id),
    index('cases_court_received_idx').on(t.courtId, t.receivedOn, t.id),
    // Open cases only: a judge's workbench (merge-joined with the panel by id) and a court's pending list.
    index('cases_open_idx').on(t.id).where(OPEN_PREDICATE),
    index('cases_open_court_received_idx').on(t.courtId, t.receivedOn, t.id).where(OPEN_PREDICATE),
    index('cases_number_search_idx').using('gin', t.numberBigrams),
    index('cases_judge_node_idx').on(t.judgeId, t.node),
    index('cases_filed_by_idx').on(t.filedBy),
    index('cases_chain_idx').on(t.chainId),
    index('cases_origin_idx').on(t.originCaseId),
  ],
);

export const caseParties = pgTable(
  'case_parties',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    /** 诉讼地位: plaintiff / defendant / thirdParty at first instance; appellant / appellee / original… on appeal. */
    standing: text('standing').notNull(),
    /** organ: an administrative organ (行政机关), the defendant of an administrative case. */
    kind: text('kind', { enum: ['person', 'organization', 'organ'] }).notNull(),
    name: text('name').notNull(),
    idType: text('id_type'),
    idNumber: text('id_number'),
    creditCode: text('credit_code'),
    legalRepresentative: text('legal_representative'),
    address: text('address'),
    phone: text('phone'),
    /** No domicile in the PRC: longer defence and appeal periods (CPL-2023 arts 285–286). */
    hasForeignDomicile: boolean('has_foreign_domicile').notNull().default(false),
    /** The portal account of this party, when the party has one. */
    userId: integer('user_id').references(() => users.id),
    /** On an appeal: the same party in the first-instance case. */
    originPartyId: bigint('origin_party_id', { mode: 'number' }),
    ordinal: integer('ordinal').notNull(),
    /** Character bigrams of the name, for search. */
    nameBigrams: bigramTsvector('name_bigrams').generatedAlwaysAs(sql`cf_bigrams(name)`),
  },
  (t) => [index('case_parties_case_idx').on(t.caseId), index('case_parties_user_idx').on(t.userId), index('case_parties_name_search_idx').using('gin', t.nameBigrams)],
);

/** Lawyers (and other agents ad litem) acting for a party in a case. */
export const caseAgents = pgTable(
  'case_agents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' }).notNull().references(() => caseParties.id),
    userId: integer('user_id').notNull().references(() => users.id),
    kind: text('kind', { enum: ['lawyer', 'other'] }).notNull(),
  },
  (t) => [uniqueIndex('case_agents_uq').on(t.caseId, t.partyId, t.userId), index('case_agents_user_idx').on(t.userId)],
);

/** 合议庭 or 独任: the judges of the case. */
export const casePanel = pgTable(
  'case_panel',
  {
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    userId: integer('user_id').notNull().references(() => users.id),
    role: text('role', { enum: ['presiding', 'member', 'sole'] }).notNull(),
  },
  // (user, case): a judge's cases read from the index alone, in case order.
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_panel_user_idx').on(t.userId, t.caseId)],
);

/** The timeline: append-only; never rebuilt from the mutable case row. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    seq: integer('seq').notNull(),
    event: text('event').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    actorRole: text('actor_role'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    nodeBefore: text('node_before'),
    nodeAfter: text('node_after').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [uniqueIndex('case_events_case_seq_uq').on(t.caseId, t.seq)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Null while uploaded but not yet part of a filing. */
    caseId: bigint('case_id', { mode: 'number' }).references(() => cases.id),
    uploadedBy: integer('uploaded_by').notNull().references(() => users.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    category: text('category').notNull().default('evidence'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attachments_case_idx').on(t.caseId), index('attachments_uploader_idx').on(t.uploadedBy)],
);

export const hearings = pgTable(
  'hearings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    courtId: integer('court_id').notNull().references(() => courts.id),
    roomId: integer('room_id').notNull().references(() => rooms.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['scheduled', 'held', 'postponed'] }).notNull(),
    judgeIds: integer('judge_ids').array().notNull(),
    /** The 书记员 sitting at the hearing (refused when booked elsewhere at the time); null: not named. */
    clerkId: integer('clerk_id').references(() => users.id),
    /** 现场, 在线 or 线上线下融合 (ONLINE-LIT arts 21–27). */
    mode: text('mode', { enum: ['inPerson', 'online', 'hybrid'] }).notNull().default('inPerson'),
    /** The online hearing's meeting link, filled from the configured template when booked. */
    meetingLink: text('meeting_link'),
    summary: text('summary'),
    createdBy: integer('created_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('hearings_case_idx').on(t.caseId),
    index('hearings_room_time_idx').on(t.roomId, t.startsAt),
    index('hearings_court_time_idx').on(t.courtId, t.startsAt),
    index('hearings_clerk_time_idx').on(t.clerkId, t.startsAt),
  ],
);

/**
 * Case-number counters. A SEQUENCE would leave gaps on rollback; numbers must be gapless, so the counter row is
 * locked by the accepting transaction (CASENO arts 9–10: one series per court × type code × year).
 */
export const caseNumberCounters = pgTable(
  'case_number_counters',
  {
    courtId: integer('court_id').notNull().references(() => courts.id),
    specialCode: text('special_code').notNull().default(''),
    typeCode: text('type_code').notNull(),
    year: integer('year').notNull(),
    lastSerial: integer('last_serial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.courtId, t.specialCode, t.typeCode, t.year] })],
);
