// What an insider with database access and the log's signing key (DATA_DIR) can do without witnesses: change a
// logged timeline event and its entry consistently, rebuild the tree from the leaves, re-sign every checkpoint, and
// drop the cosignatures that no longer verify. Tests use it to show that witnesses catch what this hides.
import { sql } from 'drizzle-orm';
import { utf8 } from '../../src/domain/transparency/bytes';
import { canonicalEntry, eventEntry } from '../../src/domain/transparency/logEntries';
import { checkpointText } from '../../src/domain/transparency/note';
import type { Db } from '../../src/server/db/database';
import { appendLeaves, leafHashOf, treeRoot } from '../../src/server/modules/transparency/tileTree';
import { pgTileStore, type TransparencyLog } from '../../src/server/modules/transparency/transparencyLog';

export async function rewriteEvent(db: Db, log: TransparencyLog, caseId: number, seq: number, payloadChange: Record<string, unknown>): Promise<void> {
  await db.transaction(async (tx) => {
    const r = (await tx.execute<Record<string, any>>(sql`update case_events set payload = payload || ${JSON.stringify(payloadChange)}::jsonb
      where case_id = ${caseId} and seq = ${seq} returning *`)).rows[0]!;
    const entry = canonicalEntry(eventEntry({ id: Number(r.id), caseId: Number(r.case_id), seq: r.seq, event: r.event, at: new Date(r.at), actorId: r.actor_id, actorRole: r.actor_role, nodeBefore: r.node_before, nodeAfter: r.node_after, payload: r.payload }));
    await tx.execute(sql`update tlog_entries set entry = ${entry}, leaf_hash = ${Buffer.from(leafHashOf(utf8(entry)))} where kind = 'caseEvent' and ref_id = ${r.id}`);
    const leaves = await tx.execute<{ leaf_hash: Buffer }>(sql`select leaf_hash from tlog_entries where leaf_index is not null order by leaf_index`);
    await tx.execute(sql`delete from tlog_tiles`);
    const store = pgTileStore(tx);
    await appendLeaves(store, 0, leaves.rows.map((x) => new Uint8Array(x.leaf_hash)));
    await tx.execute(sql`delete from tlog_cosignatures`);
    const origin = (await tx.execute<{ origin: string }>(sql`select origin from tlog_state`)).rows[0]!.origin;
    for (const c of (await tx.execute<{ tree_size: string }>(sql`select tree_size from tlog_checkpoints`)).rows) {
      const size = Number(c.tree_size);
      const root = await treeRoot(store, size);
      const text = checkpointText({ origin, size, rootHash: root });
      await tx.execute(sql`update tlog_checkpoints set root_hash = ${Buffer.from(root)}, note = ${`${text}\n${log.signer.signLine(text)}`} where tree_size = ${size}`);
    }
  });
}
