// The monitor's witness checks: for each witness key it is given, the latest stored cosignature verifies and its
// checkpoint's root is the stored tree's root at that size; and, when the witness's address is known, the checkpoint
// the witness itself publishes (GET <url>/<sha256(origin)>/checkpoint) is a tree the log still holds. An insider who
// rewrote the tiles and re-signed the checkpoints with the log's key cannot make either hold: the witnesses keep
// their own record outside the court.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { equal, toHex } from '../../../domain/transparency/bytes';
import { checkCosignatures, parseCosignerKey } from '../../../domain/transparency/cosignature';
import { parseCheckpointText, parseNote, type VerifierKey } from '../../../domain/transparency/note';
import { webEd25519Verify, webSha256 } from '../../../domain/transparency/webCrypto';
import type { Db } from '../../db/database';
import { treeRoot } from './tileTree';
import { pgTileStore } from './transparencyLog';

export interface WitnessView {
  name: string;
  verifierKey: string;
  /** The latest size the log holds a valid cosignature of from this witness. */
  cosignedSize: number | null;
  cosignedAt: string | null;
  /** The size of the checkpoint the witness publishes itself (when its address is known and it answered). */
  publishedSize: number | null;
  /** Cosigned a checkpoint of the tree the log holds, and (when asked) publishes one of it too. */
  ok: boolean;
  problems: string[];
}

export interface WitnessPolicy {
  witnessKeys: string[];
  /** Default: every key given. */
  required?: number;
  /** Witness addresses by verifier key text (TLOG_WITNESSES), to fetch what each witness publishes. */
  urls?: Map<string, string>;
}

const TIMEOUT_MS = 10_000;

async function storedCosignature(db: Db, key: VerifierKey, tree: (size: number) => Promise<Uint8Array>, v: WitnessView): Promise<'ok' | 'none' | 'mismatch'> {
  const r = await db.execute<{ tree_size: string; line: string; note: string }>(sql`select c.tree_size, c.line, k.note from tlog_cosignatures c
    join tlog_checkpoints k on k.tree_size = c.tree_size where c.witness_key = ${key.text} order by c.tree_size desc limit 1`);
  const row = r.rows[0];
  if (!row) return (v.problems.push('no cosignature of this witness is stored'), 'none');
  const size = Number(row.tree_size);
  const [c] = await checkCosignatures(row.note + row.line, [key], webEd25519Verify);
  if (c?.status !== 'cosigned') return (v.problems.push(`the stored cosignature of checkpoint ${size} does not verify`), 'mismatch');
  if (!equal(parseCheckpointText(parseNote(row.note).text).rootHash, await tree(size))) return (v.problems.push(`the tree the witness cosigned at size ${size} is not the stored tree`), 'mismatch');
  v.cosignedSize = size;
  v.cosignedAt = new Date(c.timestamp! * 1000).toISOString();
  return 'ok';
}

async function publishedCheckpoint(url: string, origin: string, key: VerifierKey, current: number, tree: (size: number) => Promise<Uint8Array>, v: WitnessView): Promise<'ok' | 'unreachable' | 'mismatch'> {
  let note: string;
  try {
    const res = await fetch(`${url}/${createHash('sha256').update(origin).digest('hex')}/checkpoint`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (res.status === 404) return v.cosignedSize === null ? 'ok' : (v.problems.push('the witness says it never cosigned this log'), 'mismatch');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    note = await res.text();
  } catch (e) {
    v.problems.push(`the witness could not be asked: ${(e as Error).message}`);
    return 'unreachable';
  }
  const [c] = await checkCosignatures(note, [key], webEd25519Verify);
  if (c?.status !== 'cosigned') return (v.problems.push('the checkpoint the witness publishes does not carry its valid cosignature'), 'mismatch');
  const cp = parseCheckpointText(parseNote(note).text);
  v.publishedSize = cp.size;
  if (cp.origin !== origin) return (v.problems.push(`the witness publishes a checkpoint of ${cp.origin}`), 'mismatch');
  if (cp.size > current) return (v.problems.push(`the witness cosigned size ${cp.size}, more than the ${current} entries the log holds: entries were removed`), 'mismatch');
  if (!equal(cp.rootHash, await tree(cp.size))) return (v.problems.push(`the witness cosigned another tree at size ${cp.size} (root ${toHex(cp.rootHash)}): the log was rewritten`), 'mismatch');
  return 'ok';
}

/** Checks each given witness; mismatches are what shows the log is not the one the witnesses cosigned. */
export async function checkWitnesses(db: Db, policy: WitnessPolicy, origin: string, currentSize: number): Promise<{ witnesses: WitnessView[]; problems: string[] }> {
  const keys = await Promise.all(policy.witnessKeys.map((k) => parseCosignerKey(webSha256, k)));
  const required = policy.required ?? keys.length;
  const store = pgTileStore(db);
  const roots = new Map<number, Uint8Array>();
  const tree = async (size: number) => roots.get(size) ?? roots.set(size, await treeRoot(store, size)).get(size)!;
  const witnesses: WitnessView[] = [];
  const problems: string[] = [];
  for (const key of keys) {
    const v: WitnessView = { name: key.name, verifierKey: key.text, cosignedSize: null, cosignedAt: null, publishedSize: null, ok: false, problems: [] };
    const stored = await storedCosignature(db, key, tree, v);
    if (stored === 'mismatch') problems.push(`witness ${key.name}: ${v.problems.at(-1)}`);
    const url = policy.urls?.get(key.text);
    const published = url ? await publishedCheckpoint(url, origin, key, currentSize, tree, v) : 'ok';
    if (published === 'mismatch') problems.push(`witness ${key.name}: ${v.problems.at(-1)}`);
    v.ok = stored === 'ok' && published !== 'mismatch';
    witnesses.push(v);
  }
  const good = witnesses.filter((w) => w.ok).length;
  if (good < required) problems.push(`${good} of the ${required} required witnesses cosigned a checkpoint of the stored tree (${witnesses.filter((w) => !w.ok).map((w) => `${w.name}: ${w.problems.join('; ')}`).join(' | ')})`);
  return { witnesses, problems };
}
