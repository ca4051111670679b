// Witness cosignatures byte for byte against c2sp.org/tlog-cosignature: the spec's own example line and signed
// message, and a fixed vector made outside this code base (Python's `cryptography`, from the spec text) with the
// RFC 8032 §7.1 TEST 1 key: key ID SHA-256(name ‖ 0x0A ‖ 0x04 ‖ key)[:4], message "cosignature/v1\ntime <t>\n" +
// body, line "— <name> base64(key ID ‖ u64 big-endian time ‖ signature)".
import { createPrivateKey, sign } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { concat, fromBase64, fromHex, toHex } from './bytes';
import { asCosignature, checkCosignatures, cosignatureLine, cosignedMessage, cosignerKey, parseCosignerKey } from './cosignature';
import { parseNote, parseVerifierKey, verifierKey } from './note';
import { webEd25519Verify, webSha256 } from './webCrypto';

// tlog-cosignature §Format and §Ed25519 signed message.
const SPEC_BODY = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
const SPEC_LOG_LINE = '— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n';
const SPEC_WITNESS_LINE = '— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n';
const SPEC_MESSAGE = 'cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';

// RFC 8032 §7.1 TEST 1, named as the spec's example witness.
const SEED = fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
const PUBLIC = fromHex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
const VKEY = 'witness.example.com/w1+7e6f4aaa+BNdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea';
const LINE = '— witness.example.com/w1 fm9KqgAAAABkGFDL+TPmh4BYuAjsYRoqMJCWb/gWJaeRF/kmm5tlCr9sJ57DLErur7K0yDXc2ArN+TIuotuB/HbuL3AJsp3bv/aNCQ==\n';

const privateKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), SEED]), format: 'der', type: 'pkcs8' });
const ed25519Sign = (m: string) => new Uint8Array(sign(null, Buffer.from(m, 'utf8'), privateKey));

describe('cosignature/v1 (C2SP tlog-cosignature)', () => {
  test("the spec's example: the signed message, and the witness line is key ID ‖ big-endian time ‖ 64-byte signature", () => {
    expect(cosignedMessage(SPEC_BODY, 1679315147)).toBe(SPEC_MESSAGE);
    const { text, signatures } = parseNote(`${SPEC_BODY}\n${SPEC_LOG_LINE}${SPEC_WITNESS_LINE}`);
    expect(text).toBe(SPEC_BODY);
    const c = asCosignature(signatures[1]!)!;
    expect([c.name, toHex(c.keyId), c.timestamp, c.signature.length]).toEqual(['witness.example.com/w1', '8d66cf3f', 1679315147, 64]);
    // The log's own line is a plain 64-byte Ed25519 signature, not a cosignature.
    expect(asCosignature(signatures[0]!)).toBeNull();
  });

  test('the fixed vector: key ID with type byte 0x04, vkey, and the signature line', async () => {
    const key = await cosignerKey(webSha256, 'witness.example.com/w1', PUBLIC);
    expect([toHex(key.keyId), key.text]).toEqual(['7e6f4aaa', VKEY]);
    // The same key as a note (0x01) key has another ID: the type byte is part of it.
    expect(toHex((await verifierKey(webSha256, 'witness.example.com/w1', PUBLIC)).keyId)).toBe('92898dc2');
    expect(cosignatureLine(key, 1679315147, ed25519Sign(SPEC_MESSAGE))).toBe(LINE);
    expect(await checkCosignatures(`${SPEC_BODY}\n${SPEC_LOG_LINE}${LINE}`, [await parseCosignerKey(webSha256, VKEY)], webEd25519Verify)).toEqual([
      { name: 'witness.example.com/w1', keyId: '7e6f4aaa', status: 'cosigned', timestamp: 1679315147 },
    ]);
  });

  test('a changed body, time or signature is invalid; a missing or foreign line is missing', async () => {
    const key = await parseCosignerKey(webSha256, VKEY);
    const status = async (note: string) => (await checkCosignatures(note, [key], webEd25519Verify))[0]!.status;
    expect(await status(`${SPEC_BODY.replace('20852163', '20852164')}\n${LINE}`)).toBe('invalid');
    const raw = fromBase64(LINE.slice(LINE.lastIndexOf(' ') + 1, -1));
    const line = (bytes: Uint8Array) => `— witness.example.com/w1 ${Buffer.from(bytes).toString('base64')}\n`;
    const later = raw.slice();
    later[11]! ^= 1;
    expect(await status(`${SPEC_BODY}\n${line(later)}`)).toBe('invalid');
    const badSig = raw.slice();
    badSig[40]! ^= 1;
    expect(await status(`${SPEC_BODY}\n${line(badSig)}`)).toBe('invalid');
    expect(await status(`${SPEC_BODY}\n${line(raw.slice(0, 70))}`)).toBe('invalid');
    expect(await status(`${SPEC_BODY}\n${SPEC_LOG_LINE}`)).toBe('missing');
    // Same name, another key ID: another key, ignored (signed-note §Signatures).
    expect(await status(`${SPEC_BODY}\n${line(concat(fromHex('8d66cf3f'), raw.slice(4)))}`)).toBe('missing');
    expect(await status('not a note')).toBe('missing');
  });

  test('keys of the wrong signature type are refused', async () => {
    await expect(parseCosignerKey(webSha256, 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).rejects.toThrow(/type 0x04/);
    await expect(parseVerifierKey(webSha256, VKEY)).rejects.toThrow(/Ed25519/);
    const noteKey = await verifierKey(webSha256, 'witness.example.com/w1', PUBLIC);
    await expect(checkCosignatures(`${SPEC_BODY}\n${LINE}`, [noteKey], webEd25519Verify)).rejects.toThrow(/not a witness/);
    expect(() => cosignedMessage(SPEC_BODY, 0)).toThrow();
  });
});
