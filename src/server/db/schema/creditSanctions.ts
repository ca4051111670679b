// 失信与限消 (rules.md §5.5–5.6): consumption-restriction orders, dishonest listings and their correction applications.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { caseParties, cases } from './cases';
import { courts } from './reference';
import { users } from './people';

/** 限制消费令 (CONSUME art 3; CONSUME-2010 arts 5, 9): proposed by the officer, signed by the 院长, lifted. */
export const consumptionRestrictions = pgTable(
  'consumption_restrictions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => caseParties.id),
    /** RESTRICTION_ITEMS codes (src/domain/creditSanctions/consumptionRestriction.ts). */
    items: jsonb('items').$type<string[]>().notNull(),
    /** An entity's legal representative, principal, responsible persons, actual controller, named in the order. */
    persons: jsonb('persons').$type<{ role: string; name: string }[]>().notNull(),
    /** The order's period: the last day, or null for "until performed". */
    untilOn: date('until_on'),
    /** proposed → signed (in force) → lifted; or rejected. */
    status: text('status', { enum: ['proposed', 'signed', 'rejected', 'lifted'] }).notNull(),
    /** The listing whose entry required it (CONSUME art 1), if any. */
    fromListingId: bigint('from_listing_id', { mode: 'number' }),
    proposedBy: integer('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    signedBy: integer('signed_by').references(() => users.id),
    signedOn: date('signed_on'),
    decisionNote: text('decision_note'),
    documentId: bigint('document_id', { mode: 'number' }),
    /** LIFT_REASONS code. */
    liftReason: text('lift_reason'),
    liftedOn: date('lifted_on'),
    liftedBy: integer('lifted_by').references(() => users.id),
  },
  (t) => [
    index('consumption_restrictions_case_idx').on(t.caseId),
    index('consumption_restrictions_court_status_idx').on(t.courtId, t.status),
    // One open order (proposed or in force) per debtor of a case.
    uniqueIndex('consumption_restrictions_open_uq').on(t.caseId, t.partyId).where(sql`status in ('proposed', 'signed')`),
  ],
);

/** 失信被执行人名单 (DISHONEST): proposed, signed by the 院长 (forewarned or listed), deleted. */
export const dishonestListings = pgTable(
  'dishonest_listings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => caseParties.id),
    /** DISHONEST art 1 item 1–6. */
    ground: integer('ground').notNull(),
    /** 'application' (the applicant's) or 'exOfficio'. */
    initiative: text('initiative', { enum: ['application', 'exOfficio'] }).notNull(),
    aggravationYears: integer('aggravation_years').notNull().default(0),
    /** null: no fixed term (ground 1). */
    termYears: integer('term_years'),
    facts: text('facts').notNull(),
    /** A 失信预告 first: the listing takes effect after the grace period. */
    forewarn: boolean('forewarn').notNull(),
    graceDays: integer('grace_days').notNull().default(0),
    /** The public page shows the name and the masked ID number only (snapshots at the decision). */
    publicName: text('public_name').notNull(),
    maskedIdNumber: text('masked_id_number'),
    /** proposed → forewarned → listed → deleted; or listed directly; or rejected. */
    status: text('status', { enum: ['proposed', 'forewarned', 'listed', 'deleted', 'rejected'] }).notNull(),
    proposedBy: integer('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    signedBy: integer('signed_by').references(() => users.id),
    decidedOn: date('decided_on'),
    decisionNote: text('decision_note'),
    effectiveOn: date('effective_on'),
    /** The last day of the term (null: none). */
    expiresOn: date('expires_on'),
    /** DELETION_GROUNDS code, the day it occurred and the deadline (3 working days, the clock's dishonestDeletion). */
    deletionGround: text('deletion_ground'),
    deletionGroundOn: date('deletion_ground_on'),
    deletionDueOn: date('deletion_due_on'),
    deletedOn: date('deleted_on'),
    deletedBy: integer('deleted_by').references(() => users.id),
  },
  (t) => [
    index('dishonest_listings_case_idx').on(t.caseId),
    index('dishonest_listings_public_idx').on(t.status, t.effectiveOn).where(sql`status in ('forewarned', 'listed')`),
    index('dishonest_listings_court_idx').on(t.courtId, t.status),
    // One open listing (proposed, forewarned or listed) per debtor of a case.
    uniqueIndex('dishonest_listings_open_uq').on(t.caseId, t.partyId).where(sql`status in ('proposed', 'forewarned', 'listed')`),
  ],
);

/** 纠正申请 (DISHONEST arts 11–12): the listed person applies; review 15 days; correction 3 working days; reconsideration. */
export const dishonestCorrections = pgTable(
  'dishonest_corrections',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    listingId: bigint('listing_id', { mode: 'number' })
      .notNull()
      .references(() => dishonestListings.id),
    reason: text('reason').notNull(),
    appliedBy: integer('applied_by')
      .notNull()
      .references(() => users.id),
    appliedOn: date('applied_on').notNull(),
    /** pending → justified → corrected; pending → rejected → reconsidering → upheld | dismissed. */
    status: text('status', { enum: ['pending', 'justified', 'corrected', 'rejected', 'reconsidering', 'reconsiderationUpheld', 'reconsiderationDismissed'] }).notNull(),
    decidedOn: date('decided_on'),
    decisionNote: text('decision_note'),
    correctedOn: date('corrected_on'),
    reconsiderationOn: date('reconsideration_on'),
    reconsiderationReason: text('reconsideration_reason'),
    reconsiderationDecidedOn: date('reconsideration_decided_on'),
  },
  (t) => [index('dishonest_corrections_listing_idx').on(t.listingId), uniqueIndex('dishonest_corrections_open_uq').on(t.listingId).where(sql`status in ('pending', 'justified', 'reconsidering')`)],
);
