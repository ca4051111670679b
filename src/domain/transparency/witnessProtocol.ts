// C2SP tlog-witness (https://c2sp.org/tlog-witness) add-checkpoint: the request a log sends ("old <size>", the
// consistency proof one base64 hash a line, an empty line, the signed checkpoint) and the checks a witness makes
// before it cosigns — the log's signature under the key it was configured with, the old size against the size it
// cosigned last, and the RFC 6962 consistency proof from that tree — each refusal with the spec's status code.
import { equal, fromBase64, toBase64, type Bytes } from './bytes';
import { HASH_SIZE, verifyConsistency } from './merkle';
import { checkNoteSignatures, parseCheckpointText, parseNote, type Checkpoint, type VerifierKey } from './note';
import type { VerifyCrypto } from './receipt';

/** tlog-witness §add-checkpoint: a client MUST NOT send more proof lines than this. */
export const MAX_PROOF_LINES = 63;
/** The content type of a 409 answer, whose body is the witness's latest cosigned size and a newline. */
export const TLOG_SIZE_CONTENT_TYPE = 'text/x.tlog.size';

export interface AddCheckpoint {
  oldSize: number;
  /** RFC 6962 §2.1.2 consistency proof from oldSize to the checkpoint's size. */
  proof: Bytes[];
  /** The signed checkpoint note (it may carry several signatures). */
  checkpoint: string;
}

export type RefusalStatus = 400 | 403 | 404 | 409 | 422;

export class WitnessRefusal extends Error {
  constructor(
    readonly status: RefusalStatus,
    message: string,
    /** On 409: the size of the latest checkpoint the witness cosigned for this log. */
    readonly latestSize?: number,
  ) {
    super(message);
  }
}

const decimal = /^(0|[1-9]\d*)$/;

export function addCheckpointBody(r: AddCheckpoint): string {
  if (r.proof.length > MAX_PROOF_LINES) throw new Error('a consistency proof has at most 63 hashes');
  return `old ${r.oldSize}\n${r.proof.map((h) => `${toBase64(h)}\n`).join('')}\n${r.checkpoint}`;
}

export function parseAddCheckpointBody(body: string): AddCheckpoint {
  const blank = body.indexOf('\n\n');
  if (blank < 0) throw new WitnessRefusal(400, 'the body is not an old size line, proof lines, an empty line and a checkpoint');
  const [old, ...hashes] = body.slice(0, blank).split('\n');
  const size = /^old (.*)$/.exec(old ?? '')?.[1] ?? '';
  if (!decimal.test(size) || !Number.isSafeInteger(Number(size))) throw new WitnessRefusal(400, 'malformed old size line');
  if (hashes.length > MAX_PROOF_LINES) throw new WitnessRefusal(400, 'more than 63 consistency proof lines');
  const proof = hashes.map((h) => {
    let b: Bytes | null = null;
    try {
      b = fromBase64(h);
    } catch {
      b = null;
    }
    if (!b || b.length !== HASH_SIZE) throw new WitnessRefusal(400, 'a consistency proof line is not a base64 SHA-256 hash');
    return b;
  });
  return { oldSize: Number(size), proof, checkpoint: body.slice(blank + 2) };
}

/** The witness's record of one log: the latest checkpoint it cosigned (null: never). */
export interface CosignedTree {
  size: number;
  rootHash: Bytes;
}

export interface WitnessedLog {
  /** The log's verifier keys the witness was configured with. */
  keys: VerifierKey[];
  latest: CosignedTree | null;
}

/**
 * Checks an add-checkpoint request body against the witness's record of the log; returns the checkpoint and its
 * note text (what the witness cosigns) or throws a WitnessRefusal with the status tlog-witness prescribes.
 */
export async function checkAddCheckpoint(body: string, logOf: (origin: string) => WitnessedLog | null, c: VerifyCrypto): Promise<{ checkpoint: Checkpoint; text: string }> {
  const req = parseAddCheckpointBody(body);
  let text: string;
  let cp: Checkpoint;
  try {
    text = parseNote(req.checkpoint).text;
    cp = parseCheckpointText(text);
  } catch (e) {
    throw new WitnessRefusal(400, `malformed checkpoint: ${(e as Error).message}`);
  }
  const log = logOf(cp.origin);
  if (!log) throw new WitnessRefusal(404, `unknown log origin "${cp.origin}"`);
  const signed = await checkNoteSignatures(req.checkpoint, log.keys, c.ed25519Verify);
  if (signed !== 'verified') throw new WitnessRefusal(403, signed === 'invalid' ? "the log's signature does not verify" : 'the checkpoint carries no signature from a key trusted for this log');
  if (req.oldSize > cp.size) throw new WitnessRefusal(400, `old size ${req.oldSize} is larger than the checkpoint size ${cp.size}`);
  const latestSize = log.latest?.size ?? 0;
  if (req.oldSize !== latestSize) throw new WitnessRefusal(409, `old size ${req.oldSize} is not the size ${latestSize} last cosigned`, latestSize);
  if (cp.size === 0 && !equal(cp.rootHash, await c.sha256(new Uint8Array()))) throw new WitnessRefusal(422, 'a tree of size 0 must have the empty root hash');
  if (req.oldSize === 0) {
    if (req.proof.length) throw new WitnessRefusal(422, 'the consistency proof from size 0 must be empty');
  } else if (!(await verifyConsistency(c.sha256, req.oldSize, cp.size, req.proof, log.latest!.rootHash, cp.rootHash))) {
    throw new WitnessRefusal(422, cp.size === req.oldSize ? 'same size, different root hash: the log forked' : `the checkpoint is not consistent with the tree of size ${req.oldSize} cosigned before`);
  }
  return { checkpoint: cp, text };
}

/** Reads a 409 answer's body: the witness's latest cosigned size. */
export function parseConflictSize(body: string): number | null {
  const m = /^(0|[1-9]\d*)\n$/.exec(body);
  return m && Number.isSafeInteger(Number(m[1])) ? Number(m[1]) : null;
}
