// 证据交换与质证: each line of a party's 证据清单 as a row, the other sides' written opinions on it, and the parties'
// applications to extend the 举证期限. The submission itself stays on the timeline (submitEvidence).
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { caseParties, cases } from './cases';
import { users } from './people';

export const evidenceItems = pgTable(
  'evidence_items',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' }).notNull().references(() => caseParties.id),
    /** claimant / respondent / party:<id> (domain/evidence/exchange.ts), fixed at submission. */
    side: text('side').notNull(),
    /** 原告证据1, 2…: numbered per party. */
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
    /** 证明目的: what the item is offered to prove. */
    purpose: text('purpose').notNull(),
    pages: integer('pages').notNull(),
    attachmentIds: bigint('attachment_ids', { mode: 'number' }).array().notNull().default(sql`'{}'::bigint[]`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: integer('submitted_by').notNull().references(() => users.id),
    isLate: boolean('is_late').notNull(),
    lateReason: text('late_reason'),
    status: text('status', { enum: ['submitted', 'latePending', 'exchanged', 'excluded'] }).notNull(),
    exchangedAt: timestamp('exchanged_at', { withTimezone: true }),
    /** The last day for the other sides' written opinions (the crossExamination period started by the exchange). */
    opinionDueOn: date('opinion_due_on'),
    /** admit / admitWithAdmonition / exclude, with reasons (CPL-2023 art 68). */
    lateDecision: jsonb('late_decision').$type<{ decision: string; reason: string; decidedAt: string; decidedBy: number }>(),
    /** 认证: verdict, the three properties, reasoning, by whom and when. */
    finding: jsonb('finding').$type<{ verdict: string; authenticity: boolean; legality: boolean; relevance: boolean; reasoning: string; foundAt: string; foundBy: number }>(),
  },
  (t) => [
    uniqueIndex('evidence_items_party_seq_uq').on(t.caseId, t.partyId, t.seq),
    index('evidence_items_case_idx').on(t.caseId),
    check('evidence_items_status_ck', sql`${t.status} in ('submitted', 'latePending', 'exchanged', 'excluded')`),
  ],
);

export const evidenceOpinions = pgTable(
  'evidence_opinions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemId: bigint('item_id', { mode: 'number' }).notNull().references(() => evidenceItems.id),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' }).notNull().references(() => caseParties.id),
    side: text('side').notNull(),
    /** { authenticity: {view, reason}, legality: {…}, relevance: {…} } with view accept / reject / partlyAccept. */
    views: jsonb('views').$type<Record<string, { view: string; reason: string | null }>>().notNull(),
    purposeOpinion: text('purpose_opinion').notNull(),
    givenBy: integer('given_by').notNull().references(() => users.id),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('evidence_opinions_item_party_uq').on(t.itemId, t.partyId), index('evidence_opinions_case_idx').on(t.caseId)],
);

export const evidenceExtensionRequests = pgTable(
  'evidence_extension_requests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' }).notNull().references(() => caseParties.id),
    requestedDays: integer('requested_days').notNull(),
    reason: text('reason').notNull(),
    /** The evidence period's due date when applied for (before it: CPL-Interp art 100). */
    dueOnBefore: date('due_on_before').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    requestedBy: integer('requested_by').notNull().references(() => users.id),
    status: text('status', { enum: ['pending', 'granted', 'refused'] }).notNull().default('pending'),
    grantedDays: integer('granted_days'),
    newDueOn: date('new_due_on'),
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: integer('decided_by').references(() => users.id),
  },
  (t) => [index('evidence_extension_requests_case_idx').on(t.caseId)],
);
