// SHA-256 and Ed25519 verification through WebCrypto, the same in Node 20 and every current browser.
import type { Bytes } from './bytes';
import type { Sha256 } from './merkle';
import type { Ed25519Verify } from './note';

const subtle = () => globalThis.crypto.subtle;
const buf = (b: Bytes): ArrayBuffer => b.slice().buffer as ArrayBuffer;

export const webSha256: Sha256 = async (data) => new Uint8Array(await subtle().digest('SHA-256', buf(data)));

export const webEd25519Verify: Ed25519Verify = async (publicKey, message, signature) => {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const key = await subtle().importKey('raw', buf(publicKey), { name: 'Ed25519' }, false, ['verify']);
  return subtle().verify({ name: 'Ed25519' }, key, buf(signature), buf(message));
};
