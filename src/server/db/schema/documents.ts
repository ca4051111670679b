// Generated court documents: the template set per case type and document, and each court's seal image.
import { index, integer, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { users } from './people';
import { courts } from './reference';

/** A court's own template (court_id set) overrides the default of its case type and document (court_id null). */
export const documentTemplates = pgTable(
  'document_templates',
  {
    id: serial('id').primaryKey(),
    courtId: integer('court_id').references(() => courts.id),
    caseType: text('case_type').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** Paragraphs separated by blank lines; {{field}} is filled from the case (src/domain/documents/templates.ts). */
    body: text('body').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('document_templates_uq').on(t.courtId, t.caseType, t.kind).nullsNotDistinct(), index('document_templates_court_idx').on(t.courtId)],
);

/** The court's seal (院印) image put on its generated documents; uploaded by its administrator. */
export const courtSeals = pgTable('court_seals', {
  courtId: integer('court_id')
    .primaryKey()
    .references(() => courts.id),
  storageKey: text('storage_key').notNull(),
  mimeType: text('mime_type').notNull(),
  sha256: text('sha256').notNull(),
  updatedBy: integer('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
