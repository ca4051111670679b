// 诉前调解: mediation organisations, the mediators a court invites, the entrustment of a matter, the parties' signatures.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { caseParties, cases } from './cases';
import { users } from './people';
import { courts } from './reference';

/** 人民调解委员会, 行业/专业调解组织, 特邀调解组织, 律师调解 registered by a court (ONLINE-MED art 10). */
export const mediationOrganisations = pgTable(
  'mediation_organisations',
  {
    id: serial('id').primaryKey(),
    /** The court that registered (invited) the organisation and receives its matters. */
    courtId: integer('court_id').notNull().references(() => courts.id),
    name: text('name').notNull(),
    /** MEDIATION_ORGANISATION_KINDS of src/domain/mediation/organisations.ts. */
    kind: text('kind').notNull(),
    contact: text('contact'),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mediation_organisations_court_idx').on(t.courtId)],
);

/** 特邀调解员: a user with the `mediator` role, of one organisation, serving one or more courts. */
export const mediators = pgTable('mediators', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  organisationId: integer('organisation_id')
    .notNull()
    .references(() => mediationOrganisations.id),
  specialties: text('specialties').array().notNull().default(sql`'{}'::text[]`),
  isActive: boolean('is_active').notNull().default(true),
});

export const mediatorCourts = pgTable(
  'mediator_courts',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => mediators.userId),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.courtId] }), index('mediator_courts_court_idx').on(t.courtId)],
);

/** The current entrustment of a 民诉前调 matter; its history is on the case's timeline. */
export const mediationEntrustments = pgTable(
  'mediation_entrustments',
  {
    caseId: bigint('case_id', { mode: 'number' })
      .primaryKey()
      .references(() => cases.id),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => mediationOrganisations.id),
    /** Null while the organisation has the matter and no mediator is designated. */
    mediatorId: integer('mediator_id').references(() => users.id),
    designatedAt: timestamp('designated_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** The mediator (mediator_id) declined: the matter is back with the court, to be entrusted again (ONLINE-MED art 12). */
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    /** The 调解协议 (an attachment of the matter) the parties sign, once drafted. */
    agreementAttachmentId: bigint('agreement_attachment_id', { mode: 'number' }),
    agreementSha256: text('agreement_sha256'),
    /** MEDIATION_END_GROUNDS of src/domain/mediation/termination.ts, once the mediation has ended. */
    endGround: text('end_ground'),
    endedOn: date('ended_on'),
    /** The mediator designated is the one every party chose (ONLINE-MED art 10), as recorded in mediator_proposals. */
    chosenByParties: boolean('chosen_by_parties').notNull().default(false),
  },
  (t) => [index('mediation_entrustments_mediator_idx').on(t.mediatorId), index('mediation_entrustments_organisation_idx').on(t.organisationId)],
);

/** A party's electronic signature of the agreement: who, when, and the SHA-256 of exactly what was signed. */
export const mediationSignatures = pgTable(
  'mediation_signatures',
  {
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => caseParties.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    sha256: text('sha256').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    /** `portal`: the party's own account signed; `inPerson`: signed on paper before the mediator (user_id), scan filed. */
    method: text('method').notNull().default('portal'),
    signedCopyId: bigint('signed_copy_id', { mode: 'number' }),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.partyId, t.sha256] })],
);

/** The parties who have applied (or joined) for judicial confirmation of the matter's agreement (CPL-2023 art 205). */
export const mediationConfirmationApplicants = pgTable(
  'mediation_confirmation_applicants',
  {
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => caseParties.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.partyId] })],
);

/** A mediation session: when, where or the online-meeting link, and its record once held. */
export const mediationSessions = pgTable(
  'mediation_sessions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    place: text('place'),
    meetingUrl: text('meeting_url'),
    /** scheduled → held (recorded). */
    status: text('status').notNull().default('scheduled'),
    record: text('record'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('mediation_sessions_case_idx').on(t.caseId)],
);

/** Each party's choice of a mediator while the parties may choose jointly (ONLINE-MED art 10); the latest per party. */
export const mediatorProposals = pgTable(
  'mediator_proposals',
  {
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => caseParties.id),
    mediatorId: integer('mediator_id')
      .notNull()
      .references(() => users.id),
    proposedBy: integer('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.partyId] })],
);
