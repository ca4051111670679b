// A reader's own notes and bookmarks on the pages of dossier items (issue 20 item 4): private to their author, never
// part of the dossier — no timeline entry, no integrity-log leaf, not in exports or the archive, shown to nobody else.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { attachments, cases } from './cases';
import { users } from './people';

export const dossierNotes = pgTable(
  'dossier_notes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    /** The dossier item (the case's attachment) and the page of it, 1-based. */
    attachmentId: bigint('attachment_id', { mode: 'number' })
      .notNull()
      .references(() => attachments.id),
    pageNo: integer('page_no').notNull(),
    kind: text('kind', { enum: ['note', 'bookmark'] }).notNull(),
    /** The note's text; a bookmark's optional label. */
    text: text('text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('dossier_notes_owner_idx').on(t.userId, t.caseId),
    // One bookmark per page and reader.
    uniqueIndex('dossier_notes_bookmark_uq').on(t.userId, t.attachmentId, t.pageNo).where(sql`${t.kind} = 'bookmark'`),
  ],
);
