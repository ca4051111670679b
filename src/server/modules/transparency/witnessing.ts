// The court's side of C2SP tlog-witness: each new checkpoint goes to every configured witness with the consistency
// proof from the size that witness last cosigned; the cosignatures that verify under the witness's key are stored
// and served as extra lines of the checkpoint note (checkpoints, receipts). Nothing here is on a case transaction's
// path: a witness that is down or refuses only delays cosignatures.
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { fromBase64 } from '../../../domain/transparency/bytes';
import { asCosignature, checkCosignatures, parseCosignerKey } from '../../../domain/transparency/cosignature';
import { parseNote } from '../../../domain/transparency/note';
import { webEd25519Verify, webSha256 } from '../../../domain/transparency/webCrypto';
import { addCheckpointBody, parseConflictSize, TLOG_SIZE_CONTENT_TYPE } from '../../../domain/transparency/witnessProtocol';
import type { WitnessEntry } from '../../config';
import type { Db, Queryable, Tx } from '../../db/database';
import { consistencyProofOf, latestCheckpoint, type CheckpointRow, type Witness } from './transparencyLog';

/** Advisory lock class of "talking to one witness" (second key: hashtext of its verifier key). */
const WITNESS_LOCK = 7364024;
const REQUEST_TIMEOUT_MS = 10_000;

export async function witnessesOf(entries: WitnessEntry[]): Promise<Witness[]> {
  return Promise.all(
    entries.map(async (e) => {
      const key = await parseCosignerKey(webSha256, e.verifierKey).catch((err: Error) => {
        throw new Error(`TLOG_WITNESSES: ${e.name}: ${err.message}`);
      });
      return { name: e.name, key, url: e.url };
    }),
  );
}

/** The checkpoint with its stored cosignatures appended, as served (witness keys in a fixed order). */
export async function withCosignatures(q: Queryable, cp: CheckpointRow): Promise<CheckpointRow> {
  const r = await q.execute<{ line: string }>(sql`select line from tlog_cosignatures where tree_size = ${cp.treeSize} order by witness_key`);
  return r.rows.length ? { ...cp, note: cp.note + r.rows.map((x) => x.line).join('') } : cp;
}

/** The latest size each witness cosigned, per verifier key text. */
const inList = (values: (string | number)[]) => sql`(${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;

export async function cosignedSizes(q: Queryable, keys: string[]): Promise<Map<string, number>> {
  if (!keys.length) return new Map();
  const r = await q.execute<{ witness_key: string; size: string }>(sql`select witness_key, max(tree_size) as size from tlog_cosignatures where witness_key in ${inList(keys)} group by witness_key`);
  return new Map(r.rows.map((x) => [x.witness_key, Number(x.size)]));
}

/**
 * The checkpoint a receipt for a leaf should carry: of the latest checkpoint and each witness's latest cosigned one
 * (those that contain the leaf), the one cosigned by the most configured witnesses, the newest on a tie.
 */
export async function bestCosignedCheckpoint(q: Queryable, witnesses: Witness[], latest: CheckpointRow, leafIndex: number): Promise<CheckpointRow> {
  if (!witnesses.length) return latest;
  const keys = witnesses.map((w) => w.key.text);
  const sizes = [...new Set([latest.treeSize, ...(await cosignedSizes(q, keys)).values()])].filter((s) => s > leafIndex);
  if (sizes.length < 2) return latest;
  const counts = await q.execute<{ tree_size: string; n: string }>(sql`select tree_size, count(*) as n from tlog_cosignatures
    where tree_size in ${inList(sizes)} and witness_key in ${inList(keys)} group by tree_size`);
  const n = new Map(counts.rows.map((r) => [Number(r.tree_size), Number(r.n)]));
  const best = sizes.sort((a, b) => (n.get(b) ?? 0) - (n.get(a) ?? 0) || b - a)[0] ?? latest.treeSize;
  if (best === latest.treeSize) return latest;
  const r = await q.execute<Record<string, any>>(sql`select * from tlog_checkpoints where tree_size = ${best}`);
  const row = r.rows[0]!;
  return { treeSize: best, rootHash: new Uint8Array(row.root_hash), note: row.note, verifierKey: row.verifier_key };
}

export type WitnessOutcome =
  | { status: 'cosigned'; size: number }
  | { status: 'current' | 'busy'; size?: number }
  | { status: 'refused' | 'unreachable'; detail: string; size?: number };

interface Post {
  status: number;
  contentType: string;
  body: string;
}

async function post(url: string, body: string): Promise<Post> {
  const res = await fetch(`${url}/add-checkpoint`, { method: 'POST', body, headers: { 'content-type': 'text/plain; charset=utf-8' }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.text() };
}

/** The response's line that is this witness's valid cosignature of the checkpoint, or null. */
async function validLine(cp: CheckpointRow, w: Witness, body: string): Promise<string | null> {
  for (const line of body.split('\n').filter((l) => l.startsWith('\u2014 '))) {
    const [r] = await checkCosignatures(`${cp.note}${line}\n`, [w.key], webEd25519Verify);
    if (r?.status === 'cosigned') return `${line}\n`;
  }
  return null;
}

async function store(tx: Tx, cp: CheckpointRow, w: Witness, line: string): Promise<void> {
  const c = asCosignature(parseNote(`${cp.note}${line}`).signatures.at(-1)!)!;
  await tx.execute(sql`insert into tlog_cosignatures (tree_size, witness_key, line, cosigned_at)
    values (${cp.treeSize}, ${w.key.text}, ${line}, to_timestamp(${c.timestamp})) on conflict do nothing`);
}

/**
 * Asks one witness to cosign the latest checkpoint. One process at a time per witness (an advisory lock held for
 * the request; others skip it), starting from the size it last cosigned, or from the size it reports on a 409.
 */
export async function requestCosignature(db: Db, w: Witness): Promise<WitnessOutcome> {
  return db.transaction(async (tx) => {
    const locked = (await tx.execute<{ ok: boolean }>(sql`select pg_try_advisory_xact_lock(${WITNESS_LOCK}, hashtext(${w.key.text})) as ok`)).rows[0]!.ok;
    if (!locked) return { status: 'busy' };
    const cp = await latestCheckpoint(tx);
    if (!cp) return { status: 'current' };
    let old = (await cosignedSizes(tx, [w.key.text])).get(w.key.text) ?? 0;
    if (old >= cp.treeSize) return { status: 'current', size: old };
    for (let attempt = 0; attempt < 2; attempt++) {
      const proof = (await consistencyProofOf(tx, old, cp.treeSize)).map(fromBase64);
      let res: Post;
      try {
        res = await post(w.url, addCheckpointBody({ oldSize: old, proof, checkpoint: cp.note }));
      } catch (e) {
        return { status: 'unreachable', detail: (e as Error).message };
      }
      if (res.status === 200) {
        const line = await validLine(cp, w, res.body);
        if (!line) return { status: 'refused', detail: 'the witness answered without a valid cosignature from its key' };
        await store(tx, cp, w, line);
        return { status: 'cosigned', size: cp.treeSize };
      }
      const theirs = res.status === 409 && res.contentType.startsWith(TLOG_SIZE_CONTENT_TYPE) ? parseConflictSize(res.body) : null;
      // 409: the witness last cosigned another size (e.g. our record of it was lost); prove from there instead.
      if (theirs !== null && theirs !== old && theirs <= cp.treeSize) {
        old = theirs;
        continue;
      }
      const detail = theirs !== null && theirs > cp.treeSize ? `the witness has cosigned size ${theirs}, larger than this log's ${cp.treeSize}` : `HTTP ${res.status}: ${res.body.trim().slice(0, 300)}`;
      return { status: 'refused', detail, size: cp.treeSize };
    }
    return { status: 'refused', detail: 'repeated 409 from the witness', size: cp.treeSize };
  });
}

/**
 * The job the sequencer tick runs: asks each witness (in parallel) to cosign the latest checkpoint. A witness that
 * is down or refuses is retried with a growing pause (2 s … 60 s); a refusal is logged as an error — it means the
 * witness holds a checkpoint this log is not consistent with, or does not trust its key.
 */
export function cosignatureJob(db: Db, witnesses: Witness[], log: Logger): () => Promise<void> {
  const backoff = new Map<string, { until: number; failures: number }>();
  return async () => {
    await Promise.all(
      witnesses.map(async (w) => {
        const b = backoff.get(w.key.text);
        if (b && Date.now() < b.until) return;
        const out: WitnessOutcome = await requestCosignature(db, w).catch((e: Error) => ({ status: 'unreachable', detail: e.message }));
        if (out.status === 'refused' || out.status === 'unreachable') {
          const failures = (b?.failures ?? 0) + 1;
          backoff.set(w.key.text, { until: Date.now() + Math.min(60, 2 ** failures) * 1000, failures });
          log[out.status === 'refused' ? 'error' : 'warn']({ witness: w.name, ...out }, 'transparency log witness did not cosign');
        } else {
          backoff.delete(w.key.text);
          if (out.status === 'cosigned') log.debug({ witness: w.name, size: out.size }, 'checkpoint cosigned');
        }
      }),
    );
  };
}
