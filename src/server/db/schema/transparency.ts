// The transparency log (RFC 9162 Merkle tree): entries queued with the rows they record, the tree stored as tlog
// tiles (every 8th level, 256 hashes a tile), and the signed checkpoints.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, customType, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const tlogEntries = pgTable(
  'tlog_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** 'caseEvent' (ref = case_events.id) or 'caseFile' (ref = attachments.id). */
    kind: text('kind', { enum: ['caseEvent', 'caseFile'] }).notNull(),
    refId: bigint('ref_id', { mode: 'number' }).notNull(),
    /** The canonical JSON whose leaf hash is in the tree, byte for byte. */
    entry: text('entry').notNull(),
    leafHash: bytea('leaf_hash').notNull(),
    /** Null until the sequencer gives the entry its place in the tree. */
    leafIndex: bigint('leaf_index', { mode: 'number' }),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tlog_entries_ref_uq').on(t.kind, t.refId),
    uniqueIndex('tlog_entries_leaf_uq').on(t.leafIndex),
    index('tlog_entries_pending_idx').on(t.id).where(sql`leaf_index is null`),
  ],
);

export const tlogTiles = pgTable(
  'tlog_tiles',
  {
    level: smallint('level').notNull(),
    idx: bigint('idx', { mode: 'number' }).notNull(),
    /** Up to 256 concatenated 32-byte hashes; a full tile never changes again. */
    hashes: bytea('hashes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.idx] })],
);

/** One row: the log's origin (fixed at the first checkpoint) and its current size. */
export const tlogState = pgTable('tlog_state', {
  id: integer('id').primaryKey().default(1),
  origin: text('origin').notNull(),
  size: bigint('size', { mode: 'number' }).notNull().default(0),
});

export const tlogCheckpoints = pgTable('tlog_checkpoints', {
  treeSize: bigint('tree_size', { mode: 'number' }).primaryKey(),
  rootHash: bytea('root_hash').notNull(),
  /** The signed note, exactly as published. */
  note: text('note').notNull(),
  /** The verifier key of the signer, so rotated keys stay listed. */
  verifierKey: text('verifier_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Witness cosignatures (c2sp.org/tlog-cosignature) of stored checkpoints, served as extra lines of their notes. */
export const tlogCosignatures = pgTable(
  'tlog_cosignatures',
  {
    treeSize: bigint('tree_size', { mode: 'number' })
      .notNull()
      .references(() => tlogCheckpoints.treeSize),
    /** The witness's verifier key (cosignature/v1 vkey). */
    witnessKey: text('witness_key').notNull(),
    /** The signature line exactly as the witness returned it, newline included. */
    line: text('line').notNull(),
    /** The time the witness states in its cosignature. */
    cosignedAt: timestamp('cosigned_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.witnessKey, t.treeSize] }), index('tlog_cosignatures_size_idx').on(t.treeSize)],
);

/**
 * Rows recorded before the log existed (migration 0006): per kind, unlogged rows with id < `below` predate the log
 * and are queued by the backfill, lowest id first; ids below `next` are done. Later unlogged rows are tampering.
 */
export const tlogBackfill = pgTable('tlog_backfill', {
  kind: text('kind', { enum: ['caseEvent', 'caseFile'] }).primaryKey(),
  below: bigint('below', { mode: 'number' }).notNull(),
  next: bigint('next', { mode: 'number' }).notNull().default(0),
});
