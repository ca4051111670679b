// 电子卷宗: staff arrangement of a case's dossier. The items themselves are the case's attachments (uploaded and
// generated files alike: one source of truth); a row here exists once staff arranged the dossier or a page count is known.
import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { attachments, cases } from './cases';
import { backgroundJobs } from './jobs';
import { users } from './people';

export const dossierEntries = pgTable(
  'dossier_entries',
  {
    attachmentId: bigint('attachment_id', { mode: 'number' })
      .primaryKey()
      .references(() => attachments.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    /** Key of a section of the case type's catalogue (src/domain/dossier/catalogue.ts); the section fixes the volume. Null: placed by kind. */
    sectionKey: text('section_key'),
    position: integer('position'),
    /** The title staff gave the item; null shows the file's own title. */
    title: text('title'),
    /** Null until known (set by page splitting, issue 20 item 2). */
    pageCount: integer('page_count'),
    /** A batch scan being split into items (its job), and when it was: a split file leaves the dossier, its parts take its place. */
    splitJobId: bigint('split_job_id', { mode: 'number' }),
    splitAt: timestamp('split_at', { withTimezone: true }),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossier_entries_case_idx').on(t.caseId, t.sectionKey, t.position)],
);

/**
 * Exports of a volume as one PDF and archive packages (归档) of a case: each is built by a background job and its
 * result stored as a blob (issue 20, item 5). `volume` is that of an export; an archive package holds both volumes.
 */
export const dossierExports = pgTable(
  'dossier_exports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    kind: text('kind', { enum: ['export', 'archive'] }).notNull(),
    volume: text('volume', { enum: ['main', 'secondary'] }),
    jobId: bigint('job_id', { mode: 'number' })
      .notNull()
      .references(() => backgroundJobs.id),
    status: text('status', { enum: ['queued', 'done', 'failed'] }).notNull().default('queued'),
    storageKey: text('storage_key'),
    sha256: text('sha256'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    /** What the package holds (pages, items, placeholders, receipts), for the status view. */
    summary: jsonb('summary').$type<Record<string, unknown>>(),
    requestedBy: integer('requested_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('dossier_exports_case_idx').on(t.caseId, t.kind, t.id)],
);
