// Jurisdiction as data: versioned rules, the proposal each filing was made with, and 跨域立案 hand-overs between courts.
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { JURISDICTION_RULE_KINDS } from '../../../domain/jurisdiction/rules';
import { cases } from './cases';
import { users } from './people';
import { courts } from './reference';

/**
 * One version of a jurisdiction rule (src/domain/jurisdiction/rules.ts). A change is a new version or an end date; a
 * row in force is never rewritten, so a case keeps the proposal it was filed with.
 */
export const jurisdictionRules = pgTable(
  'jurisdiction_rules',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    kind: text('kind', { enum: JURISDICTION_RULE_KINDS }).notNull(),
    label: jsonb('label').$type<{ 'zh-CN': string; en: string }>().notNull(),
    source: text('source').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    effectiveFrom: date('effective_from').notNull(),
    /** Last day in force (inclusive); null while open-ended. */
    effectiveTo: date('effective_to'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedBy: integer('ended_by').references(() => users.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('jurisdiction_rules_key_version_uq').on(t.key, t.version), index('jurisdiction_rules_effective_idx').on(t.effectiveFrom)],
);

/** The court proposal shown when the case was filed (facts, proposed courts with their rules and versions, warnings). */
export const caseJurisdiction = pgTable('case_jurisdiction', {
  caseId: bigint('case_id', { mode: 'number' }).primaryKey().references(() => cases.id),
  proposedOn: date('proposed_on').notNull(),
  chosenCourtId: integer('chosen_court_id').notNull().references(() => courts.id),
  facts: jsonb('facts').$type<Record<string, unknown>>().notNull(),
  proposal: jsonb('proposal').$type<Record<string, unknown>>().notNull(),
  warnings: jsonb('warnings').$type<Record<string, unknown>[]>().notNull().default(sql`'[]'::jsonb`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 跨域立案: a filing taken at one court's counter (the assisting court) for another, and its forwarding. */
export const crossRegionFilings = pgTable(
  'cross_region_filings',
  {
    caseId: bigint('case_id', { mode: 'number' }).primaryKey().references(() => cases.id),
    assistingCourtId: integer('assisting_court_id').notNull().references(() => courts.id),
    competentCourtId: integer('competent_court_id').notNull().references(() => courts.id),
    receivedBy: integer('received_by').notNull().references(() => users.id),
    receivedOn: date('received_on').notNull(),
    /** When the clerk marked having seen the filing party's identity document in person (已当面查验身份证件). */
    identityCheckedAt: timestamp('identity_checked_at', { withTimezone: true }),
    forwardedBy: integer('forwarded_by').references(() => users.id),
    forwardedOn: date('forwarded_on'),
    forwardedAt: timestamp('forwarded_at', { withTimezone: true }),
  },
  (t) => [index('cross_region_filings_assisting_idx').on(t.assistingCourtId, t.receivedOn), index('cross_region_filings_competent_idx').on(t.competentCourtId, t.receivedOn)],
);

/** A court's filing settings: [U] the working days it has to forward a 跨域立案 filing (default 1). */
export const courtFilingSettings = pgTable('court_filing_settings', {
  courtId: integer('court_id').primaryKey().references(() => courts.id),
  crossRegionForwardingDays: integer('cross_region_forwarding_days').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
