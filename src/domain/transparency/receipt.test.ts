// What a receipt proves depends on the keys the verifier trusts: a receipt an attacker signed with their own key is
// consistent in itself but never "verified" without a trusted key; with the court's key it fails; witnesses'
// cosignatures vouch for the checkpoint, and too few of them leave the signer unproven.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { generatePrivateText, generateSigner, type LogSigner } from '../../server/modules/transparency/logKey';
import { cosignerFromPrivateText, type Cosigner } from '../../witness/witnessKey';
import { concat, toBase64, utf8, type Bytes } from './bytes';
import { inclusionProof, type SubtreeSource } from './merkle';
import { checkpointText, COSIGNATURE_V1 } from './note';
import { RECEIPT_FORMAT, verifyReceipt, type Receipt } from './receipt';
import { webEd25519Verify, webSha256 } from './webCrypto';

const sha = (b: Bytes) => new Uint8Array(createHash('sha256').update(b).digest());
const node = (l: Bytes, r: Bytes) => sha(concat(Uint8Array.of(1), l, r));
function mth(leaves: string[]): Bytes {
  if (leaves.length === 1) return sha(concat(Uint8Array.of(0), utf8(leaves[0]!)));
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return node(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
const source = (leaves: string[]): SubtreeSource => ({ subtree: async (level, index) => mth(leaves.slice(index * 2 ** level, (index + 1) * 2 ** level)), node });

const FILE = utf8('%PDF-1.4 complaint');
const ORIGIN = 'court.example/courtflow-log';
const crypto = { sha256: webSha256, ed25519Verify: webEd25519Verify };
const NOW = 1_790_000_000;

async function receiptSignedBy(log: LogSigner, cosigners: Cosigner[] = []): Promise<Receipt> {
  const entry = JSON.stringify({ kind: 'caseFile', sha256: createHash('sha256').update(FILE).digest('hex') });
  const leaves = ['a', 'b', entry, 'c', 'd'];
  const text = checkpointText({ origin: ORIGIN, size: leaves.length, rootHash: mth(leaves) });
  const note = `${text}\n${log.signLine(text)}${cosigners.map((c) => c.cosign(text, NOW)).join('')}`;
  const proof = (await inclusionProof(source(leaves), 2, leaves.length)).map(toBase64);
  return { format: RECEIPT_FORMAT, entry, leafIndex: 2, treeSize: leaves.length, inclusionProof: proof, checkpoint: note, verifierKey: log.verifier.text };
}

const witness = async (name: string) => cosignerFromPrivateText(await generatePrivateText(name, COSIGNATURE_V1));
const results = (v: Awaited<ReturnType<typeof verifyReceipt>>) => v.checks.map((c) => [c.id, c.result]);

describe('what a receipt proves', () => {
  test("an attacker's self-signed receipt: consistent, but not verified without a trusted key, and failed with the court's", async () => {
    const court = await generateSigner(ORIGIN);
    const attacker = await generateSigner(ORIGIN);
    const forged = await receiptSignedBy(attacker);
    const alone = await verifyReceipt(forged, { file: FILE }, crypto);
    expect([alone.outcome, alone.ok]).toEqual(['unauthenticated', false]);
    expect(results(alone)).toEqual([['format', 'ok'], ['file', 'ok'], ['leaf', 'ok'], ['signature', 'unproven'], ['inclusion', 'ok']]);
    expect(alone.unproven.map((u) => u.id)).toEqual(['signer']);
    const withCourtKey = await verifyReceipt(forged, { file: FILE, verifierKey: court.verifier.text }, crypto);
    expect(withCourtKey.outcome).toBe('failed');
    expect(withCourtKey.checks.find((c) => c.id === 'signature')!.result).toBe('fail');

    const genuine = await verifyReceipt(await receiptSignedBy(court), { file: FILE, verifierKey: court.verifier.text }, crypto);
    expect([genuine.outcome, genuine.ok, genuine.unproven]).toEqual(['verified', true, []]);
  });

  test('witness cosignatures: a quorum vouches for the checkpoint; too few leave the signer unproven; a bad one fails', async () => {
    const court = await generateSigner(ORIGIN);
    const [w1, w2, w3] = await Promise.all(['w1.example/witness', 'w2.example/witness', 'w3.example/witness'].map(witness));
    const receipt = await receiptSignedBy(court, [w1!, w2!]);
    const keys = [w1!, w2!, w3!].map((w) => w.verifier.text);

    const two = await verifyReceipt(receipt, { witnessKeys: keys, witnessesRequired: 2 }, crypto);
    expect(two.outcome).toBe('verified');
    expect(two.witnesses.map((w) => [w.name, w.status, w.timestamp])).toEqual([['w1.example/witness', 'cosigned', NOW], ['w2.example/witness', 'cosigned', NOW], ['w3.example/witness', 'missing', null]]);
    const all = await verifyReceipt(receipt, { verifierKey: court.verifier.text, witnessKeys: keys }, crypto);
    expect([all.outcome, all.unproven.map((u) => u.id)]).toEqual(['unauthenticated', ['witnesses']]);
    expect(all.checks.find((c) => c.id === 'witnesses')).toMatchObject({ result: 'unproven', detail: expect.stringContaining('2 of 3'), message: expect.objectContaining({ 'zh-CN': expect.stringContaining('3 个可信见证人中 2 个已副署') }) });
    // Zero required witnesses vouch for nothing.
    expect((await verifyReceipt(receipt, { witnessKeys: keys, witnessesRequired: 0 }, crypto)).unproven.map((u) => u.id)).toEqual(['signer']);
    expect((await verifyReceipt(receipt, { witnessKeys: keys, witnessesRequired: 4 }, crypto)).outcome).toBe('failed');

    const broken = { ...receipt, checkpoint: receipt.checkpoint.replace(/(\u2014 w1\.example\/witness \S{20})(\S)/u, (_m, a: string, b: string) => a + (b === 'A' ? 'B' : 'A')) };
    const bad = await verifyReceipt(broken, { verifierKey: court.verifier.text, witnessKeys: keys, witnessesRequired: 1 }, crypto);
    expect([bad.outcome, bad.checks.find((c) => c.id === 'witnesses')!.result]).toEqual(['failed', 'fail']);
    // A witness key given as the log's key, or a log key as a witness's, is a format error, not a pass.
    expect((await verifyReceipt(receipt, { verifierKey: w1!.verifier.text }, crypto)).outcome).toBe('failed');
    expect((await verifyReceipt(receipt, { witnessKeys: [court.verifier.text] }, crypto)).outcome).toBe('failed');
  });
});
