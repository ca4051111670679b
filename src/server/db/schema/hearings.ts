// The hearing's record: the clerk's transcript (庭审笔录) with its saved versions, the participants' online
// signatures and objections (CPL-2023 art 150), and the hearing's audio/video recording.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { attachments, caseEvents, caseParties, cases, hearings } from './cases';
import { users } from './people';

export interface TranscriptSectionRow {
  key: string;
  title: string;
  text: string;
}

/** One transcript per hearing; `version` counts saves (optimistic concurrency), `revision` counts finalised texts. */
export const hearingTranscripts = pgTable(
  'hearing_transcripts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    hearingId: bigint('hearing_id', { mode: 'number' })
      .notNull()
      .references(() => hearings.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    status: text('status', { enum: ['draft', 'finalised', 'filed'] }).notNull(),
    version: integer('version').notNull().default(1),
    /** The edition being signed: a correction after an objection makes a new one, whose signatures start afresh. */
    revision: integer('revision').notNull().default(1),
    sections: jsonb('sections').$type<TranscriptSectionRow[]>().notNull(),
    /** SHA-256 of the finalised text (the canonical rendering of the sections); null while a draft. */
    sha256: text('sha256'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    finalisedBy: integer('finalised_by').references(() => users.id),
    /** The judge's note when signing was closed without every signature (CPL-2023 art 150: a refusal is noted). */
    closingNote: text('closing_note'),
    filedAttachmentId: bigint('filed_attachment_id', { mode: 'number' }).references(() => attachments.id),
    updatedBy: integer('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('hearing_transcripts_hearing_uq').on(t.hearingId), index('hearing_transcripts_case_idx').on(t.caseId)],
);

/** Every saved draft, kept: who wrote which text when. */
export const hearingTranscriptVersions = pgTable(
  'hearing_transcript_versions',
  {
    transcriptId: bigint('transcript_id', { mode: 'number' })
      .notNull()
      .references(() => hearingTranscripts.id),
    version: integer('version').notNull(),
    revision: integer('revision').notNull(),
    sections: jsonb('sections').$type<TranscriptSectionRow[]>().notNull(),
    savedBy: integer('saved_by')
      .notNull()
      .references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.transcriptId, t.version] })],
);

/** A signature on one revision's hash: a party's (by itself or its agent), or the court's (clerk, judge). */
export const hearingTranscriptSignatures = pgTable(
  'hearing_transcript_signatures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    transcriptId: bigint('transcript_id', { mode: 'number' })
      .notNull()
      .references(() => hearingTranscripts.id),
    revision: integer('revision').notNull(),
    sha256: text('sha256').notNull(),
    signerId: integer('signer_id')
      .notNull()
      .references(() => users.id),
    /** The party signed for; null for the court's signature. */
    partyId: bigint('party_id', { mode: 'number' }).references(() => caseParties.id),
    role: text('role').notNull(),
    /** The timeline entry (and so the transparency-log leaf) that records this signature. */
    caseEventId: bigint('case_event_id', { mode: 'number' }).references(() => caseEvents.id),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('hearing_transcript_signatures_uq').on(t.transcriptId, t.revision, t.partyId).nullsNotDistinct(), index('hearing_transcript_signatures_tr_idx').on(t.transcriptId)],
);

/** 申请补正: a party says the record is wrong or incomplete; the clerk corrects it (a new revision) or declines. */
export const hearingTranscriptObjections = pgTable(
  'hearing_transcript_objections',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    transcriptId: bigint('transcript_id', { mode: 'number' })
      .notNull()
      .references(() => hearingTranscripts.id),
    revision: integer('revision').notNull(),
    partyId: bigint('party_id', { mode: 'number' }).references(() => caseParties.id),
    raisedBy: integer('raised_by')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    status: text('status', { enum: ['open', 'corrected', 'declined'] }).notNull(),
    resolution: text('resolution'),
    resolvedBy: integer('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('hearing_transcript_objections_tr_idx').on(t.transcriptId)],
);

/** The hearing's audio or video recording, a material of the case. */
export const hearingRecordings = pgTable(
  'hearing_recordings',
  {
    attachmentId: bigint('attachment_id', { mode: 'number' })
      .primaryKey()
      .references(() => attachments.id),
    hearingId: bigint('hearing_id', { mode: 'number' })
      .notNull()
      .references(() => hearings.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('hearing_recordings_hearing_idx').on(t.hearingId)],
);
