// 刑事案件: the procuratorates and their procurators, the 罪名 catalogue, and the criminal facts of a case and its
// defendants (src/domain/criminal/).
import { bigint, date, index, integer, jsonb, pgTable, serial, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { attachments, caseParties, cases } from './cases';
import { users } from './people';
import { courts } from './reference';

/** A people's procuratorate (人民检察院) and the court it prosecutes before (CrPL art 169). */
export const procuratorates = pgTable(
  'procuratorates',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
  },
  (t) => [uniqueIndex('procuratorates_name_uq').on(t.name)],
);

/** A procurator (role `procurator`) works for exactly one procuratorate. */
export const procuratorateUsers = pgTable('procuratorate_users', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  procuratorateId: integer('procuratorate_id')
    .notNull()
    .references(() => procuratorates.id),
});

/** 罪名 (reference/criminal-charges.json): the charges in force, with the Criminal Law article. */
export const criminalCharges = pgTable(
  'criminal_charges',
  {
    id: serial('id').primaryKey(),
    seq: smallint('seq').notNull(),
    name: text('name').notNull(),
    article: text('article').notNull(),
    chapter: text('chapter').notNull(),
    section: text('section'),
  },
  (t) => [uniqueIndex('criminal_charges_name_uq').on(t.name)],
);

/** The criminal facts of a 刑初 or 刑终 case. */
export const criminalCases = pgTable(
  'criminal_cases',
  {
    caseId: bigint('case_id', { mode: 'number' })
      .primaryKey()
      .references(() => cases.id),
    /** public (公诉) | private (自诉). */
    prosecution: text('prosecution', { enum: ['public', 'private'] }).notNull(),
    /** The procuratorate that prosecuted (public prosecution); it sees the case. */
    procuratorateId: integer('procuratorate_id').references(() => procuratorates.id),
    /** On a 刑终: the procuratorate that protested (抗诉); it sees the case. */
    protestedBy: integer('protested_by').references(() => procuratorates.id),
    /** A POSSIBLE_SENTENCES band, set at registration (it sets the simple and fast-track 审限). */
    possibleSentence: text('possible_sentence'),
    /** The 起诉书. */
    indictmentId: bigint('indictment_id', { mode: 'number' }).references(() => attachments.id),
    /** The evidence list (证据目录) as filed: [{ name, description }]. */
    evidence: jsonb('evidence').notNull().default([]),
  },
  (t) => [index('criminal_cases_procuratorate_idx').on(t.procuratorateId), index('criminal_cases_protested_idx').on(t.protestedBy)],
);

/** One defendant (被告人) of a criminal case: a case party with the facts the criminal rules need. */
export const criminalDefendants = pgTable(
  'criminal_defendants',
  {
    partyId: bigint('party_id', { mode: 'number' })
      .primaryKey()
      .references(() => caseParties.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    birthOn: date('birth_on', { mode: 'string' }),
    /** DETENTION_STATUSES. */
    detentionStatus: text('detention_status').notNull(),
    custodyPlace: text('custody_place'),
    /** [{ from, to? }] — custody before judgment, credited against the term. */
    custodyIntervals: jsonb('custody_intervals').notNull().default([]),
    chargeIds: integer('charge_ids').array().notNull(),
    /** LegalAidFacts of the defendant (disability, possible life or death sentence). */
    legalAidFacts: jsonb('legal_aid_facts').notNull().default({}),
    /** [{ name, lawFirm, isLegalAid, ground }]. */
    counsel: jsonb('counsel').notNull().default([]),
    /** 认罪认罚: the procuratorate's SentencingRecommendation, when the defendant pleaded guilty. */
    plea: jsonb('plea'),
    /** After judgment: { outcome, chargeIds, sentence, departureGround } and the dates of the sentence. */
    verdict: jsonb('verdict'),
    sentenceDates: jsonb('sentence_dates'),
  },
  (t) => [index('criminal_defendants_case_idx').on(t.caseId)],
);
