// 要素式审判: the complaint's elements (one set per case, kept with the filing) and each defending party's answers,
// element by element. The schema key and version say which declaration (src/domain/elements) the values follow.
import { bigint, bigserial, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { caseParties, cases } from './cases';
import { users } from './people';

export const caseElements = pgTable('case_elements', {
  caseId: bigint('case_id', { mode: 'number' })
    .primaryKey()
    .references(() => cases.id),
  schemaKey: text('schema_key').notNull(),
  schemaVersion: integer('schema_version').notNull(),
  values: jsonb('values').$type<Record<string, string | number | boolean>>().notNull(),
  updatedBy: integer('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const caseElementAnswers = pgTable(
  'case_element_answers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    partyId: bigint('party_id', { mode: 'number' })
      .notNull()
      .references(() => caseParties.id),
    schemaVersion: integer('schema_version').notNull(),
    answers: jsonb('answers').$type<Record<string, { stance: string; note?: string; value?: string | number | boolean }>>().notNull(),
    answeredBy: integer('answered_by')
      .notNull()
      .references(() => users.id),
    /** beforeService: answered before the complaint was served (no defence period yet); inTime: within it. */
    timing: text('timing', { enum: ['beforeService', 'inTime'] }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('case_element_answers_party_uq').on(t.caseId, t.partyId)],
);
