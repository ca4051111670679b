// The log monitor: the newest checkpoint is signed, matches the stored tree and extends the one seen last time
// (consistency proof); the given witnesses cosigned the stored tree; every logged event and file still matches its
// leaf, and no event or case file is unlogged.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { equal, fromBase64, toBase64, toHex, utf8 } from '../../../domain/transparency/bytes';
import { canonicalEntry, eventEntry, fileEntry } from '../../../domain/transparency/logEntries';
import { consistencyProof, verifyConsistency } from '../../../domain/transparency/merkle';
import { openNote, parseCheckpointText, parseVerifierKey } from '../../../domain/transparency/note';
import { webEd25519Verify, webSha256 } from '../../../domain/transparency/webCrypto';
import type { BlobStore } from '../../blobs/blobStore';
import type { Db } from '../../db/database';
import { leafHashOf, tileReader, treeRoot } from './tileTree';
import { checkWitnesses, type WitnessPolicy, type WitnessView } from './monitorWitnesses';
import { latestCheckpoint, pgTileStore } from './transparencyLog';

export interface SeenCheckpoint {
  size: number;
  rootHash: string;
}

export interface Mismatch {
  kind: 'checkpoint' | 'witness' | 'caseEvent' | 'caseFile';
  refId: number | null;
  leafIndex: number | null;
  problem: string;
}

export interface MonitorReport {
  checkpoint: SeenCheckpoint | null;
  consistentWithPrevious: boolean | null;
  /** Present when witness keys were given. */
  witnesses: WitnessView[] | null;
  entriesChecked: number;
  filesHashed: number;
  /** Rows from before the log that the backfill has not queued yet (not a mismatch). */
  awaitingBackfill: number;
  mismatches: Mismatch[];
}

const BATCH = 2000;

async function sha256OfBlob(blobs: BlobStore, key: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of await blobs.open(key)) h.update(chunk as Buffer);
  return h.digest('hex');
}

export async function monitorLog(
  db: Db,
  blobs: BlobStore,
  o: { previous: SeenCheckpoint | null; verifierKeys?: string[]; witnesses?: WitnessPolicy; onProgress?: (done: number, total: number) => void },
): Promise<MonitorReport> {
  const mismatches: Mismatch[] = [];
  const cp = await latestCheckpoint(db);
  if (!cp) return { checkpoint: null, consistentWithPrevious: null, witnesses: null, entriesChecked: 0, filesHashed: 0, awaitingBackfill: 0, mismatches };
  const store = pgTileStore(db);

  // The checkpoint: signed by a known key, its root the stored tree's, and an extension of what was seen before.
  const keys = await Promise.all((o.verifierKeys ?? [cp.verifierKey]).map((k) => parseVerifierKey(webSha256, k)));
  let signed: string | null = null;
  for (const k of keys) signed ??= await openNote(cp.note, k, webEd25519Verify);
  if (!signed) mismatches.push({ kind: 'checkpoint', refId: null, leafIndex: null, problem: `checkpoint ${cp.treeSize} is not signed by a known key` });
  else if (!equal(parseCheckpointText(signed).rootHash, cp.rootHash)) mismatches.push({ kind: 'checkpoint', refId: null, leafIndex: null, problem: `checkpoint ${cp.treeSize} note and stored root differ` });
  const root = await treeRoot(store, cp.treeSize);
  if (!equal(root, cp.rootHash)) mismatches.push({ kind: 'checkpoint', refId: null, leafIndex: null, problem: `the stored tree's root ${toHex(root)} is not the signed root ${toHex(cp.rootHash)}` });
  let consistent: boolean | null = null;
  if (o.previous) {
    consistent =
      o.previous.size <= cp.treeSize &&
      (await verifyConsistency(webSha256, o.previous.size, cp.treeSize, await consistencyProof(tileReader(store).source, o.previous.size, cp.treeSize), fromBase64(o.previous.rootHash), cp.rootHash));
    if (!consistent) mismatches.push({ kind: 'checkpoint', refId: null, leafIndex: null, problem: `checkpoint ${cp.treeSize} does not extend the previously seen checkpoint ${o.previous.size}` });
  }
  let witnesses: WitnessView[] | null = null;
  if (o.witnesses?.witnessKeys.length) {
    const w = await checkWitnesses(db, o.witnesses, cp.note.slice(0, cp.note.indexOf('\n')), cp.treeSize);
    witnesses = w.witnesses;
    for (const problem of w.problems) mismatches.push({ kind: 'witness', refId: null, leafIndex: null, problem });
  }

  // Every sequenced entry against its leaf and its source row (and a file's stored bytes).
  let checked = 0;
  let hashed = 0;
  const reader = tileReader(store);
  for (let from = 0; from < cp.treeSize; from += BATCH) {
    const rows = await db.execute<Record<string, any>>(sql`
      select e.kind, e.ref_id, e.entry, e.leaf_index,
             v.id as ev_id, v.case_id as ev_case, v.seq, v.event, v.at, v.actor_id, v.actor_role, v.node_before, v.node_after, v.payload,
             a.id as att_id, a.case_id as att_case, a.sha256, a.size_bytes, a.created_at, a.storage_key
        from tlog_entries e
        left join case_events v on e.kind = 'caseEvent' and v.id = e.ref_id
        left join attachments a on e.kind = 'caseFile' and a.id = e.ref_id
       where e.leaf_index >= ${from} and e.leaf_index < ${Math.min(from + BATCH, cp.treeSize)} order by e.leaf_index`);
    for (const r of rows.rows) {
      const leafIndex = Number(r.leaf_index);
      const refId = Number(r.ref_id);
      const bad = (problem: string) => mismatches.push({ kind: r.kind, refId, leafIndex, problem });
      checked++;
      const leaf = await reader.source.subtree(0, leafIndex);
      if (!equal(leaf, leafHashOf(utf8(r.entry)))) bad('the stored entry does not hash to its leaf');
      if (r.kind === 'caseEvent') {
        if (r.ev_id === null) bad('the logged event no longer exists');
        else {
          const now = canonicalEntry(eventEntry({ id: Number(r.ev_id), caseId: Number(r.ev_case), seq: r.seq, event: r.event, at: new Date(r.at), actorId: r.actor_id, actorRole: r.actor_role, nodeBefore: r.node_before, nodeAfter: r.node_after, payload: r.payload }));
          if (!equal(leaf, leafHashOf(utf8(now)))) bad('the event row was changed after it was logged');
        }
      } else if (r.att_id === null) bad('the logged file record no longer exists');
      else {
        const now = canonicalEntry(fileEntry({ id: Number(r.att_id), caseId: Number(r.att_case), sha256: r.sha256, sizeBytes: Number(r.size_bytes), createdAt: new Date(r.created_at) }));
        if (!equal(leaf, leafHashOf(utf8(now)))) bad('the file record was changed after it was logged');
        let actual: string | null = null;
        try {
          actual = await sha256OfBlob(blobs, r.storage_key);
          hashed++;
        } catch {
          bad('the stored file is missing');
        }
        const logged = (JSON.parse(r.entry) as { sha256: string }).sha256;
        if (actual !== null && actual !== logged) bad(`the stored file's SHA-256 ${actual} is not the logged ${logged}`);
      }
    }
    o.onProgress?.(Math.min(from + BATCH, cp.treeSize), cp.treeSize);
  }

  // Rows that should be in the log but are not (inserted behind the application's back); rows from before the log
  // that the backfill has not reached yet are counted, not reported.
  const unloggedRows = sql`
      select 'caseEvent' as kind, v.id, v.id >= b.next and v.id < b.below as awaiting
        from case_events v join tlog_backfill b on b.kind = 'caseEvent'
       where not exists (select 1 from tlog_entries e where e.kind = 'caseEvent' and e.ref_id = v.id)
      union all
      select 'caseFile', a.id, a.id >= b.next and a.id < b.below
        from attachments a join tlog_backfill b on b.kind = 'caseFile'
       where a.case_id is not null and not exists (select 1 from tlog_entries e where e.kind = 'caseFile' and e.ref_id = a.id)`;
  const unlogged = await db.execute<{ kind: 'caseEvent' | 'caseFile'; id: string }>(sql`select kind, id from (${unloggedRows}) u where not awaiting order by kind, id limit 1000`);
  for (const u of unlogged.rows) mismatches.push({ kind: u.kind, refId: Number(u.id), leafIndex: null, problem: 'not in the log' });
  const awaitingBackfill = Number((await db.execute<{ n: string }>(sql`select count(*) as n from (${unloggedRows}) u where awaiting`)).rows[0]!.n);

  return { checkpoint: { size: cp.treeSize, rootHash: toBase64(cp.rootHash) }, consistentWithPrevious: consistent, witnesses, entriesChecked: checked, filesHashed: hashed, awaitingBackfill, mismatches };
}
