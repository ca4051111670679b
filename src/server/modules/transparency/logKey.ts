// The log's Ed25519 signing key in the signed-note private key format (PRIVATE+KEY+<name>+<id>+<base64(0x01 ‖ seed)>,
// as golang.org/x/mod/sumdb/note writes it): given by configuration, or generated once into the data directory.
import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fromBase64, toBase64, toHex, type Bytes } from '../../../domain/transparency/bytes';
import { checkKeyName, signatureLine, verifierKey, type VerifierKey } from '../../../domain/transparency/note';

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export const nodeSha256 = (b: Bytes): Bytes => new Uint8Array(createHash('sha256').update(b).digest());
const asyncSha = async (b: Bytes) => nodeSha256(b);

export interface LogSigner {
  verifier: VerifierKey;
  /** The signature line for a note text (which ends in a newline). */
  signLine(text: string): string;
  /** The private key text, to store. */
  privateText: string;
}

export async function signerFromPrivateText(text: string): Promise<LogSigner> {
  const m = /^PRIVATE\+KEY\+([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(text.trim());
  if (!m) throw new Error('malformed log signing key (expected PRIVATE+KEY+<name>+<id>+<key>)');
  const raw = fromBase64(m[3]!);
  if (raw.length !== 33 || raw[0] !== 1) throw new Error('the log signing key is not an Ed25519 key');
  const priv: KeyObject = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, raw.slice(1)]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(priv).export({ format: 'der', type: 'spki' });
  const verifier = await verifierKey(asyncSha, m[1]!, new Uint8Array(spki.subarray(spki.length - 32)));
  if (toHex(verifier.keyId) !== m[2]) throw new Error('the log signing key id does not match its key');
  return {
    verifier,
    privateText: text.trim(),
    signLine: (note) => signatureLine(verifier.name, verifier.keyId, new Uint8Array(sign(null, Buffer.from(note, 'utf8'), priv))),
  };
}

export async function generateSigner(name: string): Promise<LogSigner> {
  checkKeyName(name);
  const seed = randomBytes(32);
  const priv = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(priv).export({ format: 'der', type: 'spki' });
  const v = await verifierKey(asyncSha, name, new Uint8Array(spki.subarray(spki.length - 32)));
  return signerFromPrivateText(`PRIVATE+KEY+${name}+${toHex(v.keyId)}+${toBase64(Uint8Array.from([1, ...seed]))}`);
}

/**
 * The signer in force: TLOG_SIGNING_KEY when configured, else `<dataDir>/transparency/log-signing-key` (created
 * with mode 0600 at first start). Rotating = configuring a new key; old checkpoints keep the key that signed them.
 */
export async function loadLogSigner(o: { configured: string | undefined; dataDir: string; keyName: string }): Promise<LogSigner> {
  if (o.configured) return signerFromPrivateText(o.configured);
  const file = path.join(o.dataDir, 'transparency', 'log-signing-key');
  if (existsSync(file)) return signerFromPrivateText(await fs.readFile(file, 'utf8'));
  const s = await generateSigner(o.keyName);
  await fs.mkdir(path.dirname(file), { recursive: true });
  // Written whole under a temporary name, then linked into place: a second process never reads half a key.
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, `${s.privateText}\n`, { mode: 0o600 });
  try {
    await fs.link(tmp, file);
    return s;
  } catch (e) {
    // Another process wrote it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return signerFromPrivateText(await fs.readFile(file, 'utf8'));
    throw e;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
