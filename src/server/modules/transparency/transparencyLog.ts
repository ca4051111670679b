// The court's transparency log: entries are queued in the same transaction as the event or file they record, and
// the sequencer (one at a time, under an advisory lock) gives them their leaf indices, extends the tiles and signs
// a checkpoint. Proofs and receipts are read from the tiles.
import { sql } from 'drizzle-orm';
import { toBase64, utf8, type Bytes } from '../../../domain/transparency/bytes';
import { canonicalEntry, type LogEntry } from '../../../domain/transparency/logEntries';
import { consistencyProof, inclusionProof } from '../../../domain/transparency/merkle';
import { checkpointText, type VerifierKey } from '../../../domain/transparency/note';
import type { Queryable, Tx } from '../../db/database';
import type { Db } from '../../db/database';
import { AppError } from '../../http/appError';
import type { LogSigner } from './logKey';
import { appendLeaves, leafHashOf, tileReader, treeRoot, type TileStore } from './tileTree';

const SEQUENCER_LOCK = 7364023;

/** A witness of another institution that cosigns the log's checkpoints (C2SP tlog-witness). */
export interface Witness {
  name: string;
  key: VerifierKey;
  url: string;
}

export interface TransparencyLog {
  signer: LogSigner;
  /** The origin line for a log that has no checkpoint yet (the first one fixes it for good). */
  origin: string;
  /** The witnesses asked to cosign each new checkpoint (TLOG_WITNESSES). */
  witnesses: Witness[];
}

/** Queues an entry with the row it records; the same row is never logged twice. */
export async function queueEntry(tx: Tx, kind: LogEntry['kind'], refId: number, entry: LogEntry): Promise<void> {
  await queueEntries(tx, kind, [{ id: refId, entry }]);
}

/** Queues several entries of one kind in one statement, in the given order. */
export async function queueEntries(tx: Tx, kind: LogEntry['kind'], rows: { id: number; entry: LogEntry }[]): Promise<void> {
  if (!rows.length) return;
  const values = rows.map((r) => {
    const text = canonicalEntry(r.entry);
    return sql`(${kind}, ${r.id}, ${text}, ${Buffer.from(leafHashOf(utf8(text)))})`;
  });
  await tx.execute(sql`insert into tlog_entries (kind, ref_id, entry, leaf_hash) values ${sql.join(values, sql`, `)} on conflict (kind, ref_id) do nothing`);
}

export function pgTileStore(q: Queryable): TileStore {
  return {
    async read(level, index) {
      const r = await q.execute<{ hashes: Buffer }>(sql`select hashes from tlog_tiles where level = ${level} and idx = ${index}`);
      return r.rows[0] ? new Uint8Array(r.rows[0].hashes) : null;
    },
    async write(tiles) {
      if (!tiles.length) return;
      const rows = sql.join(tiles.map((t) => sql`(${t.level}, ${t.index}, ${Buffer.from(t.hashes)})`), sql`, `);
      await q.execute(sql`insert into tlog_tiles (level, idx, hashes) values ${rows} on conflict (level, idx) do update set hashes = excluded.hashes`);
    },
  };
}

export interface CheckpointRow {
  treeSize: number;
  rootHash: Bytes;
  note: string;
  verifierKey: string;
}

/**
 * Sequences up to `maxBatch` queued entries (in queue order) and signs a checkpoint for the new size. Returns the
 * new size and how many were added; does nothing when nothing is queued and a checkpoint exists.
 */
export async function integrate(db: Db, log: TransparencyLog, maxBatch = 5000): Promise<{ size: number; added: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEQUENCER_LOCK})`);
    await tx.execute(sql`insert into tlog_state (id, origin, size) values (1, ${log.origin}, 0) on conflict (id) do nothing`);
    const state = (await tx.execute<{ origin: string; size: string }>(sql`select origin, size from tlog_state where id = 1`)).rows[0]!;
    const size = Number(state.size);
    const pending = await tx.execute<{ id: string; leaf_hash: Buffer }>(sql`select id, leaf_hash from tlog_entries where leaf_index is null order by id limit ${maxBatch}`);
    const hasCheckpoint = (await tx.execute(sql`select 1 from tlog_checkpoints where tree_size = ${size}`)).rows.length > 0;
    if (!pending.rows.length && hasCheckpoint) return { size, added: 0 };
    const ids = pending.rows.map((r) => r.id);
    if (ids.length) {
      await tx.execute(sql`update tlog_entries e set leaf_index = v.ord + ${size - 1}
        from unnest(${`{${ids.join(',')}}`}::bigint[]) with ordinality as v(id, ord) where e.id = v.id`);
      await appendLeaves(pgTileStore(tx), size, pending.rows.map((r) => new Uint8Array(r.leaf_hash)));
    }
    const newSize = size + ids.length;
    const root = await treeRoot(pgTileStore(tx), newSize);
    const text = checkpointText({ origin: state.origin, size: newSize, rootHash: root });
    const note = `${text}\n${log.signer.signLine(text)}`;
    await tx.execute(sql`insert into tlog_checkpoints (tree_size, root_hash, note, verifier_key) values (${newSize}, ${Buffer.from(root)}, ${note}, ${log.signer.verifier.text})
      on conflict (tree_size) do nothing`);
    await tx.execute(sql`update tlog_state set size = ${newSize} where id = 1`);
    return { size: newSize, added: ids.length };
  });
}

/** Sequences everything queued, batch after batch; an unlocked look first, so an idle log costs one query. */
export async function integrateAll(db: Db, log: TransparencyLog): Promise<void> {
  const idle = await db.execute(sql`select 1 from tlog_checkpoints c join tlog_state s on s.size = c.tree_size
    where not exists (select 1 from tlog_entries where leaf_index is null)`);
  if (idle.rows.length) return;
  while ((await integrate(db, log)).added > 0);
}

function checkpointOf(r: Record<string, any>): CheckpointRow {
  return { treeSize: Number(r.tree_size), rootHash: new Uint8Array(r.root_hash), note: r.note, verifierKey: r.verifier_key };
}

export async function latestCheckpoint(q: Queryable): Promise<CheckpointRow | null> {
  const r = await q.execute<Record<string, any>>(sql`select * from tlog_checkpoints order by tree_size desc limit 1`);
  return r.rows[0] ? checkpointOf(r.rows[0]) : null;
}

export async function checkpointAt(q: Queryable, size: number): Promise<CheckpointRow | null> {
  const r = await q.execute<Record<string, any>>(sql`select * from tlog_checkpoints where tree_size = ${size}`);
  return r.rows[0] ? checkpointOf(r.rows[0]) : null;
}

const outOfRange = (what: string) =>
  new AppError(422, 'TLOG_RANGE_INVALID', `${what}超出日志范围，请使用已发布的检查点大小。`, `${what} is outside the log; use a published checkpoint size.`);

/** The latest checkpoint; a log that has none yet signs its first (the empty tree) now. */
export async function currentCheckpoint(db: Db, log: TransparencyLog): Promise<CheckpointRow> {
  const cp = await latestCheckpoint(db);
  if (cp) return cp;
  await integrate(db, log);
  return (await latestCheckpoint(db))!;
}

async function currentSize(q: Queryable): Promise<number> {
  return (await latestCheckpoint(q))?.treeSize ?? 0;
}

export async function inclusionProofOf(q: Queryable, leafIndex: number, treeSize: number): Promise<string[]> {
  if (!(treeSize <= (await currentSize(q)) && leafIndex < treeSize)) throw outOfRange('叶序号或树大小 Leaf index or tree size');
  return (await inclusionProof(tileReader(pgTileStore(q)).source, leafIndex, treeSize)).map(toBase64);
}

export async function consistencyProofOf(q: Queryable, first: number, second: number): Promise<string[]> {
  if (!(first <= second && second <= (await currentSize(q)))) throw outOfRange('树大小 Tree size');
  return (await consistencyProof(tileReader(pgTileStore(q)).source, first, second)).map(toBase64);
}
