// Signed notes against the reference example of golang.org/x/mod/sumdb/note (note_test.go / package docs): the
// PeterNeumann key pair signs the example text to the published signature byte for byte, and it verifies.
import { describe, expect, test } from 'vitest';
import { toHex } from '../../../domain/transparency/bytes';
import { checkpointText, openNote, parseCheckpointText, parseVerifierKey } from '../../../domain/transparency/note';
import { webEd25519Verify, webSha256 } from '../../../domain/transparency/webCrypto';
import { generateSigner, signerFromPrivateText } from './logKey';

const VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const SIG = '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';

describe('signed notes (C2SP signed-note, Ed25519)', () => {
  test('the reference key signs the reference text to the published signature, and it verifies', async () => {
    const signer = await signerFromPrivateText(SKEY);
    expect(signer.verifier.text).toBe(VKEY);
    expect(signer.signLine(TEXT)).toBe(SIG);
    const key = await parseVerifierKey(webSha256, VKEY);
    expect(toHex(key.keyId)).toBe('c74f20a3');
    expect(await openNote(`${TEXT}\n${SIG}`, key, webEd25519Verify)).toBe(TEXT);
    expect(await openNote(`${TEXT.replace('cryptography', 'cryptographY')}\n${SIG}`, key, webEd25519Verify)).toBeNull();
  });

  test('mangled verifier keys are refused', async () => {
    await expect(parseVerifierKey(webSha256, VKEY.replace('c74f20a3', 'c74f20a4'))).rejects.toThrow();
    await expect(parseVerifierKey(webSha256, VKEY.slice(0, -2))).rejects.toThrow();
    await expect(parseVerifierKey(webSha256, `Peter Neumann+c74f20a3+${VKEY.split('+')[2]}`)).rejects.toThrow();
  });

  test('a fresh key signs checkpoints that verify under it and not under another', async () => {
    const a = await generateSigner('courtflow.test/log');
    const b = await generateSigner('courtflow.test/log');
    const text = checkpointText({ origin: 'courtflow.test/log', size: 5, rootHash: new Uint8Array(32).fill(7) });
    const note = `${text}\n${a.signLine(text)}`;
    expect(parseCheckpointText((await openNote(note, a.verifier, webEd25519Verify))!)).toMatchObject({ origin: 'courtflow.test/log', size: 5 });
    expect(await openNote(note, b.verifier, webEd25519Verify)).toBeNull();
  });
});
