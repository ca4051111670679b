// The pages of an uploaded file (attachments.id): split by a background job, each with its text (the PDF's own text
// layer, or OCR), word boxes for showing a hit on its page, and a bigram tsvector for Chinese full-text search.
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp } from 'drizzle-orm/pg-core';
import { attachments } from './cases';
import { backgroundJobs } from './jobs';
import { bigramTsvector } from './search';

type Messages = { 'zh-CN': string; en: string };

/** One row per file being (or having been) split into pages: the file-level state and its job. */
export const attachmentPageSets = pgTable('attachment_page_sets', {
  attachmentId: bigint('attachment_id', { mode: 'number' })
    .primaryKey()
    .references(() => attachments.id),
  /** queued → splitting → done (pages may still have failed one by one) | failed (the file itself cannot be read). */
  status: text('status', { enum: ['queued', 'splitting', 'done', 'failed'] }).notNull().default('queued'),
  pageCount: integer('page_count'),
  errorCode: text('error_code'),
  errorMessages: jsonb('error_messages').$type<Messages>(),
  /** The latest job that worked on the file (its progress: GET /api/v1/jobs/:id). */
  jobId: bigint('job_id', { mode: 'number' }).references(() => backgroundJobs.id),
  /** A DOCX's PDF rendition (LibreOffice), in the blob store: what is viewed, paged and exported. */
  renditionKey: text('rendition_key'),
  renditionSha256: text('rendition_sha256'),
  renditionSize: bigint('rendition_size', { mode: 'number' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const attachmentPages = pgTable(
  'attachment_pages',
  {
    attachmentId: bigint('attachment_id', { mode: 'number' })
      .notNull()
      .references(() => attachmentPageSets.attachmentId),
    pageNo: integer('page_no').notNull(),
    status: text('status', { enum: ['pending', 'done', 'failed'] }).notNull().default('pending'),
    /** textLayer: the PDF's own text; ocr: Tesseract chi_sim on the page rendered at `dpi`. */
    source: text('source', { enum: ['textLayer', 'ocr'] }),
    text: text('text'),
    /** OCR words [{ text, box: [x0, y0, x1, y1], confidence }] in the pixels of an image `imageWidth` × `imageHeight`. */
    words: jsonb('words').$type<{ text: string; box: [number, number, number, number]; confidence: number | null }[]>(),
    imageWidth: integer('image_width'),
    imageHeight: integer('image_height'),
    dpi: integer('dpi'),
    /** Mean OCR word confidence (0–100). */
    confidence: real('confidence'),
    /** Share of dark pixels of the rendered page (a scanned PDF page): a blank separator page of a batch scan has almost none. */
    ink: real('ink'),
    /** A CourtFlow separator sheet's barcode on the page (docs/dossier.md): '' a bare separator, else the kind of the item after it; null: none found. */
    separator: text('separator'),
    /** strip(cf_bigrams(search_text)): the page's character pairs without positions, for the GIN index (candidates only). */
    bigrams: bigramTsvector('bigrams'),
    /** pageSearchText(text): what a phrase is matched against (LIKE), kept inline in the row (storage MAIN, migration 0031). */
    searchText: text('search_text'),
    errorCode: text('error_code'),
    errorMessages: jsonb('error_messages').$type<Messages>(),
    attempts: integer('attempts').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.attachmentId, t.pageNo] }),
    index('attachment_pages_search_idx').using('gin', t.bigrams),
    index('attachment_pages_open_idx').on(t.attachmentId, t.pageNo).where(sql`${t.status} <> 'done'`),
  ],
);
