// The witness's own Ed25519 key, a cosignature/v1 key (signature type 0x04): given (WITNESS_KEY or --key-file) or
// generated once into its state directory, never shared with the log it watches.
import path from 'node:path';
import { cosignatureLine, cosignedMessage } from '../domain/transparency/cosignature';
import { COSIGNATURE_V1, type VerifierKey } from '../domain/transparency/note';
import { generatePrivateText, noteKeyFromPrivateText, readOrCreateKeyFile } from '../server/modules/transparency/logKey';

export interface Cosigner {
  verifier: VerifierKey;
  /** The cosignature line of a checkpoint body (which ends in a newline), at a POSIX time in seconds. */
  cosign(body: string, timestamp: number): string;
}

export async function cosignerFromPrivateText(text: string): Promise<Cosigner> {
  const k = await noteKeyFromPrivateText(text, COSIGNATURE_V1).catch((e: Error) => {
    throw new Error(`witness key: ${e.message}`);
  });
  return { verifier: k.verifier, cosign: (body, t) => cosignatureLine(k.verifier, t, k.sign(Buffer.from(cosignedMessage(body, t), 'utf8'))) };
}

/** The key given, or `<stateDir>/witness-key` (created with mode 0600 under `name` when missing). */
export async function loadCosigner(o: { given: string | undefined; stateDir: string; name: string | undefined }): Promise<Cosigner> {
  if (o.given) return cosignerFromPrivateText(o.given);
  const file = path.join(o.stateDir, 'witness-key');
  const text = await readOrCreateKeyFile(file, async () => {
    if (!o.name) throw new Error('no witness key yet: give --name <your institution\'s key name, e.g. witness.ccintermediate.court.example/1>');
    return generatePrivateText(o.name, COSIGNATURE_V1);
  });
  const c = await cosignerFromPrivateText(text);
  if (o.name && o.name !== c.verifier.name) throw new Error(`the witness key in ${file} is named ${c.verifier.name}, not ${o.name}`);
  return c;
}
