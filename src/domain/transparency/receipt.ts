// A receipt proves one entry is in the log: the entry, its leaf index, a signed checkpoint and the inclusion proof
// from the leaf to the checkpoint's root. Anyone verifies it offline with the court's public key.
import { equal, fromBase64, toHex, utf8, type Bytes } from './bytes';
import { leafHashWith, rootFromInclusionProof, type Sha256 } from './merkle';
import { openNote, parseCheckpointText, parseNote, parseVerifierKey, type Ed25519Verify, type VerifierKey } from './note';

export const RECEIPT_FORMAT = 'courtflow-receipt/1';

export interface Receipt {
  format: typeof RECEIPT_FORMAT;
  /** The entry's exact canonical JSON text; its leaf hash is SHA-256(0x00 ‖ UTF-8 of this). */
  entry: string;
  leafIndex: number;
  treeSize: number;
  /** Base64 hashes, deepest first (RFC 9162 §2.1.3.1). */
  inclusionProof: string[];
  /** The signed checkpoint note (C2SP tlog-checkpoint) whose root the proof reaches. */
  checkpoint: string;
  /** The log's verifier key, for convenience; verifying with a key obtained elsewhere is what proves authorship. */
  verifierKey: string;
}

export type CheckId = 'format' | 'file' | 'leaf' | 'signature' | 'inclusion';

export interface Check {
  id: CheckId;
  ok: boolean;
  /** What was compared, in plain words (English; the UI translates by id). */
  detail: string;
}

export interface ReceiptVerdict {
  ok: boolean;
  checks: Check[];
  entry: Record<string, unknown> | null;
  checkpoint: { origin: string; size: number; rootHash: string } | null;
  /** Whether the key came from the caller (true) or only from the receipt itself (false). */
  keyFromCaller: boolean;
}

export interface VerifyCrypto {
  sha256: Sha256;
  ed25519Verify: Ed25519Verify;
}

function shape(r: unknown): r is Receipt {
  const x = r as Receipt;
  return (
    !!x &&
    x.format === RECEIPT_FORMAT &&
    typeof x.entry === 'string' &&
    Number.isSafeInteger(x.leafIndex) &&
    Number.isSafeInteger(x.treeSize) &&
    Array.isArray(x.inclusionProof) &&
    x.inclusionProof.every((p) => typeof p === 'string') &&
    typeof x.checkpoint === 'string' &&
    typeof x.verifierKey === 'string'
  );
}

/**
 * Checks a receipt step by step: the file's SHA-256 against the entry (when a file is given), the leaf hash, the
 * checkpoint's Ed25519 signature under the key, and the inclusion proof up to the signed root at the signed size.
 */
export async function verifyReceipt(receipt: unknown, o: { file?: Bytes; verifierKey?: string }, c: VerifyCrypto): Promise<ReceiptVerdict> {
  const checks: Check[] = [];
  const done = (entry: Record<string, unknown> | null = null, checkpoint: ReceiptVerdict['checkpoint'] = null): ReceiptVerdict => ({
    ok: checks.length > 0 && checks.every((x) => x.ok),
    checks,
    entry,
    checkpoint,
    keyFromCaller: !!o.verifierKey,
  });
  if (!shape(receipt)) {
    checks.push({ id: 'format', ok: false, detail: `not a ${RECEIPT_FORMAT} receipt` });
    return done();
  }
  let entry: Record<string, unknown>;
  let key: VerifierKey;
  let proof: Bytes[];
  try {
    entry = JSON.parse(receipt.entry) as Record<string, unknown>;
    key = await parseVerifierKey(c.sha256, o.verifierKey ?? receipt.verifierKey);
    proof = receipt.inclusionProof.map(fromBase64);
  } catch (e) {
    checks.push({ id: 'format', ok: false, detail: `malformed receipt: ${(e as Error).message}` });
    return done();
  }
  checks.push({ id: 'format', ok: true, detail: `${RECEIPT_FORMAT}, leaf ${receipt.leafIndex} of ${receipt.treeSize}` });

  if (o.file) {
    const got = toHex(await c.sha256(o.file));
    const want = typeof entry.sha256 === 'string' ? entry.sha256 : null;
    checks.push({ id: 'file', ok: want !== null && got === want.toLowerCase(), detail: want === null ? 'the receipt is for a timeline event, not a file' : `SHA-256 of the file ${got} ${got === want.toLowerCase() ? '=' : '≠'} entry ${want}` });
  }

  const leaf = await leafHashWith(c.sha256, utf8(receipt.entry));
  checks.push({ id: 'leaf', ok: true, detail: `leaf hash SHA-256(0x00 ‖ entry) = ${toHex(leaf)}` });

  const text = await openNote(receipt.checkpoint, key, c.ed25519Verify);
  let cp: ReturnType<typeof parseCheckpointText> | null = null;
  try {
    cp = parseCheckpointText(text ?? parseNote(receipt.checkpoint).text);
  } catch {
    cp = null;
  }
  checks.push({ id: 'signature', ok: text !== null && cp !== null, detail: text ? `checkpoint signed by ${key.name}+${toHex(key.keyId)} (Ed25519)` : `checkpoint signature does not verify under ${key.name}+${toHex(key.keyId)}` });
  if (!cp) {
    checks.push({ id: 'inclusion', ok: false, detail: 'no readable checkpoint' });
    return done(entry);
  }
  const cpView = { origin: cp.origin, size: cp.size, rootHash: toHex(cp.rootHash) };
  const root = cp.size === receipt.treeSize ? await rootFromInclusionProof(c.sha256, receipt.leafIndex, receipt.treeSize, leaf, proof) : null;
  const included = root !== null && equal(root, cp.rootHash);
  checks.push({
    id: 'inclusion',
    ok: included,
    detail: cp.size !== receipt.treeSize ? `proof is for size ${receipt.treeSize}, checkpoint is size ${cp.size}` : included ? `proof of ${proof.length} hashes leads to the signed root ${toHex(cp.rootHash)}` : `proof does not lead to the signed root ${toHex(cp.rootHash)}`,
  });
  return done(entry, cpView);
}
