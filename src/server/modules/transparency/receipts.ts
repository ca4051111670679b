// Receipts: one logged row's entry, its inclusion proof and the signed checkpoint it leads to — the checkpoint
// cosigned by the most witnesses among those that contain it, with the cosignature lines in its note.
import { sql } from 'drizzle-orm';
import { toBase64 } from '../../../domain/transparency/bytes';
import type { LogEntry } from '../../../domain/transparency/logEntries';
import { inclusionProof } from '../../../domain/transparency/merkle';
import { RECEIPT_FORMAT, type Receipt } from '../../../domain/transparency/receipt';
import type { Db } from '../../db/database';
import { tileReader } from './tileTree';
import { currentCheckpoint, integrateAll, pgTileStore, type TransparencyLog } from './transparencyLog';
import { bestCosignedCheckpoint, withCosignatures } from './witnessing';

/** The receipt of one logged row (sequencing it first if it is still queued); null when the row is not logged. */
export async function receiptOf(db: Db, log: TransparencyLog, kind: LogEntry['kind'], refId: number): Promise<Receipt | null> {
  const find = async () => (await db.execute<{ entry: string; leaf_index: string | null }>(sql`select entry, leaf_index from tlog_entries where kind = ${kind} and ref_id = ${refId}`)).rows[0];
  let row = await find();
  if (!row) return null;
  if (row.leaf_index === null) {
    await integrateAll(db, log);
    row = (await find())!;
  }
  const leafIndex = Number(row.leaf_index);
  const cp = await withCosignatures(db, await bestCosignedCheckpoint(db, log.witnesses, await currentCheckpoint(db, log), leafIndex));
  return {
    format: RECEIPT_FORMAT,
    entry: row.entry,
    leafIndex,
    treeSize: cp.treeSize,
    // The entry is sequenced and the checkpoint contains it, so the leaf is in range: no second range check.
    inclusionProof: (await inclusionProof(tileReader(pgTileStore(db)).source, leafIndex, cp.treeSize)).map(toBase64),
    checkpoint: cp.note,
    verifierKey: cp.verifierKey,
  };
}
