// Witness cosignatures, C2SP tlog-cosignature v1 (https://c2sp.org/tlog-cosignature, "cosignature/v1"): a witness's
// Ed25519 signature over "cosignature/v1\ntime <t>\n" followed by the checkpoint body, carried as a signed-note line
// "— <name> base64(key ID ‖ u64 big-endian timestamp ‖ signature)" with key ID SHA-256(name ‖ 0x0A ‖ 0x04 ‖ key)[:4].
import { concat, toBase64, toHex, utf8, type Bytes } from './bytes';
import type { Sha256 } from './merkle';
import { COSIGNATURE_V1, parseNote, parseVerifierKey, verifierKey, type Ed25519Verify, type NoteSignature, type VerifierKey } from './note';

const TIMESTAMP_BYTES = 8;
const ED25519_SIGNATURE_BYTES = 64;

/** A witness's public key (a vkey of signature type 0x04). */
export const cosignerKey = (sha: Sha256, name: string, publicKey: Bytes) => verifierKey(sha, name, publicKey, COSIGNATURE_V1);
export const parseCosignerKey = (sha: Sha256, text: string) => parseVerifierKey(sha, text, COSIGNATURE_V1);

/** The signed message (tlog-cosignature §Ed25519 signed message); `body` is the checkpoint text with its final newline. */
export function cosignedMessage(body: string, timestamp: number): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 1) throw new Error('a cosignature timestamp is a positive POSIX time');
  return `cosignature/v1\ntime ${timestamp}\n${body}`;
}

function u64(n: number): Bytes {
  const out = new Uint8Array(TIMESTAMP_BYTES);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
}

/** The note signature line of a cosignature, ending in a newline. */
export function cosignatureLine(key: Pick<VerifierKey, 'name' | 'keyId'>, timestamp: number, signature: Bytes): string {
  return `\u2014 ${key.name} ${toBase64(concat(key.keyId, u64(timestamp), signature))}\n`;
}

export interface Cosignature {
  name: string;
  keyId: Bytes;
  /** POSIX seconds; null when the encoded time is past JavaScript's safe integers (or past 2^63 - 1, which the spec forbids). */
  timestamp: number | null;
  signature: Bytes;
}

/** Reads a note signature as a cosignature (timestamped_signature: u64 time, 64-byte Ed25519 signature); null if it is not one. */
export function asCosignature(s: NoteSignature): Cosignature | null {
  if (s.signature.length !== TIMESTAMP_BYTES + ED25519_SIGNATURE_BYTES) return null;
  const t = new DataView(s.signature.buffer, s.signature.byteOffset, TIMESTAMP_BYTES).getBigUint64(0);
  return { name: s.name, keyId: s.keyId, timestamp: t <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(t) : null, signature: s.signature.slice(TIMESTAMP_BYTES) };
}

export type WitnessStatus = 'cosigned' | 'missing' | 'invalid';

export interface WitnessResult {
  name: string;
  keyId: string;
  status: WitnessStatus;
  /** The cosignature's time (POSIX seconds) when cosigned. */
  timestamp: number | null;
}

const matches = (s: NoteSignature, k: VerifierKey) => s.name === k.name && toHex(s.keyId) === toHex(k.keyId);

/**
 * For each trusted witness key: whether the note carries its valid cosignature ('cosigned'), none ('missing'), or a
 * line with its name and key ID that does not verify ('invalid' — such a note is malformed, signed-note §Signatures).
 * Lines from other keys are ignored, as the spec requires.
 */
export async function checkCosignatures(note: string, keys: VerifierKey[], verify: Ed25519Verify): Promise<WitnessResult[]> {
  let parsed: ReturnType<typeof parseNote> | null = null;
  try {
    parsed = parseNote(note);
  } catch {
    parsed = null;
  }
  const results: WitnessResult[] = [];
  for (const k of keys) {
    if (k.type !== COSIGNATURE_V1) throw new Error(`${k.name} is not a witness (cosignature/v1) key`);
    let status: WitnessStatus = 'missing';
    let timestamp: number | null = null;
    for (const s of parsed?.signatures.filter((x) => matches(x, k)) ?? []) {
      const c = asCosignature(s);
      const ok = !!c && c.timestamp !== null && c.timestamp > 0 && (await verify(k.publicKey, utf8(cosignedMessage(parsed!.text, c.timestamp)), c.signature));
      if (!ok) {
        status = 'invalid';
        break;
      }
      status = 'cosigned';
      timestamp = c.timestamp;
    }
    results.push({ name: k.name, keyId: toHex(k.keyId), status, timestamp: status === 'cosigned' ? timestamp : null });
  }
  return results;
}
