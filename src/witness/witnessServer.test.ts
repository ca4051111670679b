// The witness over loopback HTTP with its state in a temporary directory: it cosigns, answers 409 with its size in
// text/x.tlog.size, refuses a rewritten log and keeps it as evidence, remembers across a restart, publishes its
// latest cosigned checkpoint for monitors, and refuses a second process on the same state.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { concat, utf8, type Bytes } from '../domain/transparency/bytes';
import { checkCosignatures } from '../domain/transparency/cosignature';
import { consistencyProof, type SubtreeSource } from '../domain/transparency/merkle';
import { checkpointText, openNote } from '../domain/transparency/note';
import { webEd25519Verify } from '../domain/transparency/webCrypto';
import { addCheckpointBody } from '../domain/transparency/witnessProtocol';
import { generateSigner, type LogSigner } from '../server/modules/transparency/logKey';
import { loadCosigner } from './witnessKey';
import { startWitness } from './witnessServer';
import { openWitnessState } from './witnessState';

const sha = (b: Bytes) => new Uint8Array(createHash('sha256').update(b).digest());
const node = (l: Bytes, r: Bytes) => sha(concat(Uint8Array.of(1), l, r));
function mth(leaves: string[]): Bytes {
  if (leaves.length === 0) return sha(new Uint8Array());
  if (leaves.length === 1) return sha(concat(Uint8Array.of(0), utf8(leaves[0]!)));
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return node(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
const source = (leaves: string[]): SubtreeSource => ({ subtree: async (level, index) => mth(leaves.slice(index * 2 ** level, (index + 1) * 2 ** level)), node });
const ORIGIN = 'court.example/courtflow-log';
const leaves = (n: number, forgedAt = -1) => Array.from({ length: n }, (_, i) => (i === forgedAt ? 'forged' : `entry ${i}`));
const dir = mkdtempSync(path.join(os.tmpdir(), 'witness-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function body(log: LogSigner, old: number, ls: string[]) {
  const text = checkpointText({ origin: ORIGIN, size: ls.length, rootHash: mth(ls) });
  return addCheckpointBody({ oldSize: old, proof: old ? await consistencyProof(source(ls), old, ls.length) : [], checkpoint: `${text}\n${log.signLine(text)}` });
}

async function running(log: LogSigner) {
  const state = await openWitnessState(dir);
  const cosigner = await loadCosigner({ given: undefined, stateDir: dir, name: 'bar.example/witness' });
  const w = await startWitness({ cosigner, logs: [{ origin: ORIGIN, keys: [log.verifier] }], state, host: '127.0.0.1', port: 0, now: () => new Date(1_790_000_000_000) });
  const post = async (b: string) => {
    const r = await fetch(`${w.url}/add-checkpoint`, { method: 'POST', body: b });
    return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
  };
  return { cosigner, w, post, stop: async () => (await w.close(), state.close()) };
}

describe('courtflow witness over HTTP', () => {
  test('cosigns, conflicts, refuses a rewrite, persists across a restart and publishes for monitors', async () => {
    const log = await generateSigner(ORIGIN);
    const a = await running(log);
    const first = await a.post(await body(log, 0, leaves(3)));
    expect(first.status).toBe(200);
    expect(first.text).toMatch(/^\u2014 bar\.example\/witness [A-Za-z0-9+/=]+\n$/u);
    const text = checkpointText({ origin: ORIGIN, size: 3, rootHash: mth(leaves(3)) });
    expect(await checkCosignatures(`${text}\n${first.text}`, [a.cosigner.verifier], webEd25519Verify)).toMatchObject([{ status: 'cosigned', timestamp: 1_790_000_000 }]);

    expect(await a.post(await body(log, 0, leaves(5)))).toEqual({ status: 409, type: 'text/x.tlog.size', text: '3\n' });
    expect((await a.post(await body(log, 3, leaves(5)))).status).toBe(200);
    const rewritten = await a.post(await body(log, 5, leaves(8, 2)));
    expect(rewritten.status).toBe(422);
    expect(readdirSync(path.join(dir, 'evidence'))).toHaveLength(1);
    expect((await fetch(`${a.w.url}/add-checkpoint`)).status).toBe(405);
    await expect(openWitnessState(dir)).rejects.toThrow(/another witness/);
    await a.stop();

    // Restarted on the same state: it still holds size 5, its key is the same.
    const b = await running(log);
    expect(b.cosigner.verifier.text).toBe(a.cosigner.verifier.text);
    expect(await b.post(await body(log, 3, leaves(8)))).toMatchObject({ status: 409, text: '5\n' });
    expect((await b.post(await body(log, 5, leaves(8)))).status).toBe(200);
    const published = await fetch(`${b.w.url}/${createHash('sha256').update(ORIGIN).digest('hex')}/checkpoint`);
    const note = await published.text();
    expect(await openNote(note, log.verifier, webEd25519Verify)).toBe(checkpointText({ origin: ORIGIN, size: 8, rootHash: mth(leaves(8)) }));
    expect((await checkCosignatures(note, [b.cosigner.verifier], webEd25519Verify))[0]!.status).toBe('cosigned');
    expect((await fetch(`${b.w.url}/${'0'.repeat(64)}/checkpoint`)).status).toBe(404);
    await b.stop();
  });
});
