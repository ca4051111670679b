// Generated court documents: the template set per case type and document, and each court's seal image.
import { bigint, index, integer, jsonb, pgTable, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { attachments, caseParties, cases } from './cases';
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

/** What a generated document says (its DOCX is the material `attachment_id`): kept to render it again, e.g. as PDF. */
export const generatedDocuments = pgTable(
  'generated_documents',
  {
    attachmentId: bigint('attachment_id', { mode: 'number' })
      .primaryKey()
      .references(() => attachments.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    partyId: bigint('party_id', { mode: 'number' }).references(() => caseParties.id),
    courtName: text('court_name').notNull(),
    title: text('title').notNull(),
    paragraphs: jsonb('paragraphs').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('generated_documents_case_idx').on(t.caseId)],
);
