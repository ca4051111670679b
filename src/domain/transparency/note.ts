// C2SP signed-note (https://c2sp.org/signed-note) with Ed25519 keys, and the C2SP tlog-checkpoint body it signs
// (https://c2sp.org/tlog-checkpoint): origin line, tree size, base64 root hash.
import { concat, fromBase64, toBase64, toHex, utf8, type Bytes } from './bytes';
import type { Sha256 } from './merkle';

/** Signature type bytes of signed-note §Signature types: Ed25519 note signatures, timestamped Ed25519 cosignatures. */
export const ED25519 = 0x01;
export const COSIGNATURE_V1 = 0x04;
const DASH = '\u2014 ';

export interface VerifierKey {
  name: string;
  /** The signature type byte: ED25519 for the log's own key, COSIGNATURE_V1 for a witness's key. */
  type: number;
  keyId: Bytes;
  publicKey: Bytes;
  /** The `<name>+<hex id>+<base64(type ‖ key)>` text. */
  text: string;
}

/** Key names are non-empty, without '+' or whitespace (signed-note §Verifier keys). */
export function checkKeyName(name: string): void {
  if (!name || /[+\s]/u.test(name)) throw new Error(`invalid key name "${name}"`);
}

/** The 4-byte key ID: SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4] (signed-note §Signatures, tlog-cosignature §Format). */
export async function keyIdOf(sha: Sha256, name: string, publicKey: Bytes, type = ED25519): Promise<Bytes> {
  return (await sha(concat(utf8(name), Uint8Array.of(0x0a, type), publicKey))).slice(0, 4);
}

export async function verifierKey(sha: Sha256, name: string, publicKey: Bytes, type = ED25519): Promise<VerifierKey> {
  checkKeyName(name);
  const keyId = await keyIdOf(sha, name, publicKey, type);
  return { name, type, keyId, publicKey, text: `${name}+${toHex(keyId)}+${toBase64(concat(Uint8Array.of(type), publicKey))}` };
}

/** Parses a vkey of the given signature type (both types here carry a 32-byte Ed25519 public key). */
export async function parseVerifierKey(sha: Sha256, text: string, type = ED25519): Promise<VerifierKey> {
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(text.trim());
  if (!m) throw new Error('malformed verifier key');
  const raw = fromBase64(m[3]!);
  if (raw.length !== 33 || raw[0] !== type) throw new Error(type === ED25519 ? 'not an Ed25519 verifier key' : 'not a cosignature/v1 (type 0x04) verifier key');
  const key = await verifierKey(sha, m[1]!, raw.slice(1), type);
  if (toHex(key.keyId) !== m[2]) throw new Error('verifier key id does not match the key');
  return key;
}

export interface NoteSignature {
  name: string;
  keyId: Bytes;
  signature: Bytes;
}

/** Splits a signed note into its text (ending in a newline) and signature lines. */
export function parseNote(note: string): { text: string; signatures: NoteSignature[] } {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) throw new Error('malformed note');
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  const signatures = lines.map((line) => {
    if (!line.startsWith(DASH)) throw new Error('malformed signature line');
    const [name, b64, ...rest] = line.slice(DASH.length).split(' ');
    if (!name || !b64 || rest.length) throw new Error('malformed signature line');
    const raw = fromBase64(b64);
    if (raw.length < 5) throw new Error('malformed signature');
    return { name, keyId: raw.slice(0, 4), signature: raw.slice(4) };
  });
  if (!signatures.length) throw new Error('unsigned note');
  return { text, signatures };
}

export function signatureLine(name: string, keyId: Bytes, signature: Bytes): string {
  return `${DASH}${name} ${toBase64(concat(keyId, signature))}\n`;
}

export type Ed25519Verify = (publicKey: Bytes, message: Bytes, signature: Bytes) => Promise<boolean>;

/** The note's text when one of its signatures is the given key's and verifies; null otherwise. */
export async function openNote(note: string, key: VerifierKey, verify: Ed25519Verify): Promise<string | null> {
  let parsed;
  try {
    parsed = parseNote(note);
  } catch {
    return null;
  }
  for (const s of parsed.signatures) {
    if (s.name === key.name && toHex(s.keyId) === toHex(key.keyId) && (await verify(key.publicKey, utf8(parsed.text), s.signature))) return parsed.text;
  }
  return null;
}

/**
 * The strict reading of signed-note §Signatures that a witness applies: 'verified' when a trusted key's signature
 * verifies and none fails, 'invalid' when a line names a trusted key (name and ID) but does not verify, 'unsigned'
 * when no line is from a trusted key (other keys' lines are ignored).
 */
export async function checkNoteSignatures(note: string, keys: VerifierKey[], verify: Ed25519Verify): Promise<'verified' | 'invalid' | 'unsigned'> {
  const { text, signatures } = parseNote(note);
  let verified = false;
  for (const s of signatures) {
    const k = keys.find((x) => x.type === ED25519 && s.name === x.name && toHex(s.keyId) === toHex(x.keyId));
    if (!k) continue;
    if (!(await verify(k.publicKey, utf8(text), s.signature))) return 'invalid';
    verified = true;
  }
  return verified ? 'verified' : 'unsigned';
}

export interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Bytes;
}

export function checkpointText(c: Checkpoint): string {
  return `${c.origin}\n${c.size}\n${toBase64(c.rootHash)}\n`;
}

export function parseCheckpointText(text: string): Checkpoint {
  const lines = text.split('\n');
  if (lines.length < 4 || lines[lines.length - 1] !== '') throw new Error('malformed checkpoint');
  const [origin, size, root] = lines;
  if (!origin || !/^(0|[1-9]\d*)$/.test(size ?? '')) throw new Error('malformed checkpoint');
  const n = Number(size);
  if (!Number.isSafeInteger(n)) throw new Error('tree size out of range');
  const rootHash = fromBase64(root ?? '');
  if (rootHash.length !== 32) throw new Error('malformed root hash');
  return { origin, size: n, rootHash };
}
