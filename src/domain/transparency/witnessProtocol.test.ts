// The witness's side of C2SP tlog-witness add-checkpoint: the spec's example request parses, and each refusal
// comes with the status the spec prescribes — above all, a rewritten log re-signed with the log's own key is
// refused because it is not consistent with the tree the witness cosigned before.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { generateSigner, type LogSigner } from '../../server/modules/transparency/logKey';
import { concat, toBase64, utf8, type Bytes } from './bytes';
import { consistencyProof, type SubtreeSource } from './merkle';
import { checkpointText } from './note';
import { webEd25519Verify, webSha256 } from './webCrypto';
import { addCheckpointBody, checkAddCheckpoint, parseAddCheckpointBody, parseConflictSize, WitnessRefusal, type CosignedTree } from './witnessProtocol';

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
const crypto = { sha256: webSha256, ed25519Verify: webEd25519Verify };
const leaves = (n: number, changedAt = -1) => Array.from({ length: n }, (_, i) => (i === changedAt ? `forged ${i}` : `entry ${i}`));

// The spec's example request (tlog-witness §add-checkpoint).
const SPEC_REQUEST = `old 20852014
PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=
jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=
5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=
/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=

example.com/behind-the-sofa
20852163
CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
— example.com/behind-the-sofa opLqBQsREYCgu6xQkYQwJr9fo45a62DN9EdmHXnZdXNqlcVGlCum2Wks+49/V6267UEjw6QUXTS5Rovnzv++qbSzm9Q=
`;

async function signed(signer: LogSigner, ls: string[], origin = ORIGIN) {
  const text = checkpointText({ origin, size: ls.length, rootHash: mth(ls) });
  return `${text}\n${signer.signLine(text)}`;
}

async function request(signer: LogSigner, old: number, ls: string[], o: { proofFrom?: string[]; origin?: string } = {}) {
  const proof = old === 0 ? [] : await consistencyProof(source(o.proofFrom ?? ls), old, ls.length);
  return addCheckpointBody({ oldSize: old, proof, checkpoint: await signed(signer, ls, o.origin) });
}

async function refusal(p: Promise<unknown>): Promise<[number, number | undefined]> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WitnessRefusal) return [e.status, e.latestSize];
    throw e;
  }
  throw new Error('accepted');
}

describe('tlog-witness add-checkpoint', () => {
  test("the spec's example request parses into old size, four proof hashes and the checkpoint", () => {
    const r = parseAddCheckpointBody(SPEC_REQUEST);
    expect([r.oldSize, r.proof.length, toBase64(r.proof[3]!)]).toEqual([20852014, 4, '/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=']);
    expect(r.checkpoint).toBe(SPEC_REQUEST.slice(SPEC_REQUEST.indexOf('example.com')));
    expect(addCheckpointBody(r)).toBe(SPEC_REQUEST);
    expect(addCheckpointBody({ oldSize: 0, proof: [], checkpoint: 'o\n0\nx\n\n— k y\n' })).toBe('old 0\n\no\n0\nx\n\n— k y\n');
  });

  test('malformed bodies are 400', async () => {
    for (const body of ['old 1\n', 'old 01\n\nx', 'new 1\n\nx', `old 1\n${'AAAA\n'.repeat(2)}\nx`, `old 1\n${`${toBase64(new Uint8Array(32))}\n`.repeat(64)}\nx`]) {
      expect(() => parseAddCheckpointBody(body), body).toThrow(WitnessRefusal);
    }
    expect(parseConflictSize('42\n')).toBe(42);
    expect(parseConflictSize('042\n')).toBeNull();
  });

  test('the witness state machine: first checkpoint, extensions, conflicts, forks and rewrites', async () => {
    const log = await generateSigner(ORIGIN);
    const insider = log; // the same key, as an insider holding DATA_DIR would have it
    const stranger = await generateSigner(ORIGIN);
    let latest: CosignedTree | null = null;
    const logOf = (origin: string) => (origin === ORIGIN ? { keys: [log.verifier], latest } : null);
    const add = async (body: string) => {
      const r = await checkAddCheckpoint(body, logOf, crypto);
      latest = { size: r.checkpoint.size, rootHash: r.checkpoint.rootHash };
      return r;
    };

    expect(await refusal(add(await request(log, 0, leaves(3), { origin: 'other.example/log' })))).toEqual([404, undefined]);
    expect(await refusal(add(await request(stranger, 0, leaves(3))))).toEqual([403, undefined]);
    const tampered = (await request(log, 0, leaves(3))).replace(/\n3\n/, '\n4\n');
    expect(await refusal(add(tampered))).toEqual([403, undefined]);
    expect(await refusal(add(`old 4\n\n${await signed(log, leaves(3))}`))).toEqual([400, undefined]);
    expect(await refusal(add(addCheckpointBody({ oldSize: 0, proof: [new Uint8Array(32)], checkpoint: await signed(log, leaves(3)) })))).toEqual([422, undefined]);
    const emptyWrongRoot = checkpointText({ origin: ORIGIN, size: 0, rootHash: new Uint8Array(32) });
    expect(await refusal(add(`old 0\n\n${emptyWrongRoot}\n${log.signLine(emptyWrongRoot)}`))).toEqual([422, undefined]);

    const first = await add(await request(log, 0, leaves(3)));
    expect(first.text).toBe(checkpointText({ origin: ORIGIN, size: 3, rootHash: mth(leaves(3)) }));
    // The log must prove from what the witness cosigned: another old size is 409 with the witness's size.
    expect(await refusal(add(await request(log, 0, leaves(7))))).toEqual([409, 3]);
    expect(await refusal(add(await request(log, 2, leaves(7))))).toEqual([409, 3]);
    await add(await request(log, 3, leaves(7)));
    await add(await request(log, 7, leaves(7))); // the same tree again
    // An insider rewrites entry 1 and re-signs with the log's key: the proof from 7 fails, whichever tree it comes from.
    expect(await refusal(add(await request(insider, 7, leaves(9, 1))))).toEqual([422, undefined]);
    expect(await refusal(add(await request(insider, 7, leaves(9, 1), { proofFrom: leaves(9) })))).toEqual([422, undefined]);
    expect(await refusal(add(await request(insider, 7, leaves(7, 1))))).toEqual([422, undefined]); // same size, other root
    // A rollback to a smaller tree cannot be proved from 7.
    expect(await refusal(add(`old 7\n\n${await signed(insider, leaves(5))}`))).toEqual([400, undefined]);
    expect(latest).toEqual({ size: 7, rootHash: mth(leaves(7)) });
    await add(await request(log, 7, leaves(12)));
    expect(latest!.size).toBe(12);
  });
});
