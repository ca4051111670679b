// Ed25519 keys in the signed-note private key format (PRIVATE+KEY+<name>+<id>+<base64(type ‖ seed)>, as
// golang.org/x/mod/sumdb/note writes it for type 0x01): the log's signing key (type 0x01), given by configuration or
// generated once into the data directory, and a witness's cosigning key (type 0x04, c2sp.org/tlog-cosignature).
import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fromBase64, toBase64, toHex, type Bytes } from '../../../domain/transparency/bytes';
import { checkKeyName, ED25519, signatureLine, verifierKey, type VerifierKey } from '../../../domain/transparency/note';

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export const nodeSha256 = (b: Bytes): Bytes => new Uint8Array(createHash('sha256').update(b).digest());
const asyncSha = async (b: Bytes) => nodeSha256(b);

export interface NoteKey {
  verifier: VerifierKey;
  /** Ed25519 signature of the message. */
  sign(message: Bytes): Bytes;
  /** The private key text, to store. */
  privateText: string;
}

export interface LogSigner extends NoteKey {
  /** The signature line for a note text (which ends in a newline). */
  signLine(text: string): string;
}

const privateKeyOf = (seed: Bytes): KeyObject => createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });

async function publicVerifier(name: string, priv: KeyObject, type: number): Promise<VerifierKey> {
  const spki = createPublicKey(priv).export({ format: 'der', type: 'spki' });
  return verifierKey(asyncSha, name, new Uint8Array(spki.subarray(spki.length - 32)), type);
}

/** Reads a PRIVATE+KEY+… text of the given signature type. */
export async function noteKeyFromPrivateText(text: string, type: number): Promise<NoteKey> {
  const m = /^PRIVATE\+KEY\+([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(text.trim());
  if (!m) throw new Error('malformed private key (expected PRIVATE+KEY+<name>+<id>+<key>)');
  const raw = fromBase64(m[3]!);
  if (raw.length !== 33 || raw[0] !== type) throw new Error(`the private key is not of signature type 0x0${type}`);
  const priv = privateKeyOf(raw.slice(1));
  const verifier = await publicVerifier(m[1]!, priv, type);
  if (toHex(verifier.keyId) !== m[2]) throw new Error('the private key id does not match its key');
  return { verifier, privateText: text.trim(), sign: (message) => new Uint8Array(sign(null, message, priv)) };
}

/** A new random key of the given signature type, as PRIVATE+KEY+… text. */
export async function generatePrivateText(name: string, type: number): Promise<string> {
  checkKeyName(name);
  const seed = randomBytes(32);
  const v = await publicVerifier(name, privateKeyOf(seed), type);
  return `PRIVATE+KEY+${name}+${toHex(v.keyId)}+${toBase64(Uint8Array.from([type, ...seed]))}`;
}

export async function signerFromPrivateText(text: string): Promise<LogSigner> {
  const k = await noteKeyFromPrivateText(text, ED25519).catch((e: Error) => {
    throw new Error(`log signing key: ${e.message}`);
  });
  return { ...k, signLine: (note) => signatureLine(k.verifier.name, k.verifier.keyId, k.sign(Buffer.from(note, 'utf8'))) };
}

export async function generateSigner(name: string): Promise<LogSigner> {
  return signerFromPrivateText(await generatePrivateText(name, ED25519));
}

/** The key text in `file`, or a new one written there with mode 0600 (whole, so a second process never reads half). */
export async function readOrCreateKeyFile(file: string, create: () => Promise<string>): Promise<string> {
  if (existsSync(file)) return fs.readFile(file, 'utf8');
  const text = await create();
  await fs.mkdir(path.dirname(file), { recursive: true });
  // Written under a temporary name, then linked into place: linking fails if another process got there first.
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, `${text}\n`, { mode: 0o600 });
  try {
    await fs.link(tmp, file);
    return text;
  } catch (e) {
    // Another process wrote it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFile(file, 'utf8');
    throw e;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/**
 * The signer in force: TLOG_SIGNING_KEY when configured, else `<dataDir>/transparency/log-signing-key` (created
 * with mode 0600 at first start). Rotating = configuring a new key; old checkpoints keep the key that signed them.
 */
export async function loadLogSigner(o: { configured: string | undefined; dataDir: string; keyName: string }): Promise<LogSigner> {
  if (o.configured) return signerFromPrivateText(o.configured);
  const file = path.join(o.dataDir, 'transparency', 'log-signing-key');
  return signerFromPrivateText(await readOrCreateKeyFile(file, () => generatePrivateText(o.keyName, ED25519)));
}
