// RFC 9162 tree hashing and proofs: known answers from the reference implementation's published test tree, then
// properties over random trees (every proof verifies; any flipped bit, wrong index or size makes it fail).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { concat, fromHex, toHex, type Bytes } from './bytes';
import { consistencyProof, inclusionProof, rootHash, verifyConsistency, verifyInclusion, type SubtreeSource } from './merkle';
import { webSha256 } from './webCrypto';

const sha = (b: Bytes) => new Uint8Array(createHash('sha256').update(b).digest());
const leafHash = (e: Bytes) => sha(concat(Uint8Array.of(0), e));
const node = (l: Bytes, r: Bytes) => sha(concat(Uint8Array.of(1), l, r));
const EMPTY = sha(new Uint8Array());

/** MTH straight from the definition in RFC 9162 §2.1.1, the reference the stored-subtree code is held to. */
function mth(leaves: Bytes[]): Bytes {
  if (leaves.length === 0) return EMPTY;
  if (leaves.length === 1) return leafHash(leaves[0]!);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return node(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

function sourceOf(leaves: Bytes[]): SubtreeSource {
  return { subtree: async (level, index) => mth(leaves.slice(index * 2 ** level, (index + 1) * 2 ** level)), node };
}

// Test tree of github.com/transparency-dev/merkle proof/verify_test.go (the RFC 6962 reference vectors used by
// Trillian and the Go CT libraries): its 8 leaves, the root of each prefix, and its inclusion and consistency proofs.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(fromHex);
const ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
// [leaf (1-based, as published), tree size, proof]
const INCLUSION: [number, number, string[]][] = [
  [1, 1, []],
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [3, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [2, 5, ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
const CONSISTENCY: [number, number, string[]][] = [
  [1, 1, []],
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
  [6, 7, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
];

const flipBit = (b: Bytes, bit: number) => {
  const c = b.slice();
  c[Math.floor(bit / 8) % c.length]! ^= 1 << bit % 8;
  return c;
};

describe('RFC 9162 known answers (transparency-dev/merkle test tree)', () => {
  const src = sourceOf(LEAVES);
  test('the root of every prefix of the test tree', async () => {
    for (let n = 1; n <= 8; n++) expect(toHex(await rootHash(src, n, EMPTY))).toBe(ROOTS[n - 1]);
    expect(toHex(await rootHash(src, 0, EMPTY))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  test.each(INCLUSION)('inclusion proof of leaf %i in a tree of %i is generated and verifies', async (leaf, size, proof) => {
    const got = await inclusionProof(src, leaf - 1, size);
    expect(got.map(toHex)).toEqual(proof);
    expect(await verifyInclusion(webSha256, leaf - 1, size, leafHash(LEAVES[leaf - 1]!), proof.map(fromHex), fromHex(ROOTS[size - 1]!))).toBe(true);
  });
  test.each(CONSISTENCY)('consistency proof from %i to %i is generated and verifies', async (m, n, proof) => {
    expect((await consistencyProof(src, m, n)).map(toHex)).toEqual(proof);
    expect(await verifyConsistency(webSha256, m, n, proof.map(fromHex), fromHex(ROOTS[m - 1]!), fromHex(ROOTS[n - 1]!))).toBe(true);
  });
  test('the reference implementation\'s corruptions of the 6-of-8 proof all fail', async () => {
    const proof = INCLUSION[2]![2].map(fromHex);
    const root = fromHex(ROOTS[7]!);
    const leaf = leafHash(LEAVES[5]!);
    const ok = (i: number, n: number, l: Bytes, p: Bytes[], r: Bytes) => verifyInclusion(webSha256, i, n, l, p, r);
    expect(await ok(5, 8, leaf, proof, root)).toBe(true);
    for (const [i, n] of [[4, 8], [6, 8], [5 ^ 2, 8], [5, 16], [5, 4]] as const) expect(await ok(i, n, leaf, proof, root)).toBe(false);
    expect(await ok(5, 8, new TextEncoder().encode('WrongLeaf'), proof, root)).toBe(false);
    expect(await ok(5, 8, leaf, proof, EMPTY)).toBe(false);
    expect(await ok(5, 8, leaf, [...proof, new Uint8Array()], root)).toBe(false);
    expect(await ok(5, 8, leaf, [...proof, root], root)).toBe(false);
    expect(await ok(5, 8, leaf, [root, ...proof], root)).toBe(false);
    expect(await ok(5, 8, leaf, proof.slice(0, 2), root)).toBe(false);
  });
  test('degenerate consistency cases follow the reference verifier', async () => {
    const r1 = new TextEncoder().encode("don't care 1");
    const r2 = new TextEncoder().encode("don't care 2");
    expect(await verifyConsistency(webSha256, 0, 0, [], r1, r1)).toBe(true);
    expect(await verifyConsistency(webSha256, 0, 1, [], r1, r2)).toBe(true);
    expect(await verifyConsistency(webSha256, 1, 1, [], r2, r2)).toBe(true);
    expect(await verifyConsistency(webSha256, 1, 1, [], r1, r2)).toBe(false);
    expect(await verifyConsistency(webSha256, 1, 0, [], r1, r2)).toBe(false);
    expect(await verifyConsistency(webSha256, 1, 2, [], r1, r2)).toBe(false);
    expect(await verifyConsistency(webSha256, 1, 1, [EMPTY], EMPTY, EMPTY)).toBe(false);
  });
});

describe('properties over random trees', () => {
  // Distinct leaves (each starts with its index), so that another index is really another leaf.
  const tree = fc
    .integer({ min: 1, max: 70 })
    .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.uint8Array({ maxLength: 6 }), { minLength: n, maxLength: n }).map((ls) => ls.map((l, i) => concat(Uint8Array.of(i), l)))));

  test('every inclusion proof verifies, and a flipped bit, another index or another size fails', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.nat(), fc.nat(), async ([n, leaves], mi, bit) => {
        const m = mi % n;
        const src = sourceOf(leaves);
        const root = await rootHash(src, n, EMPTY);
        expect(toHex(root)).toBe(toHex(mth(leaves)));
        const proof = await inclusionProof(src, m, n);
        const leaf = leafHash(leaves[m]!);
        expect(await verifyInclusion(webSha256, m, n, leaf, proof, root)).toBe(true);
        expect(await verifyInclusion(webSha256, m, n, flipBit(leaf, bit % 256), proof, root)).toBe(false);
        expect(await verifyInclusion(webSha256, m, n, leaf, proof, flipBit(root, bit % 256))).toBe(false);
        if (proof.length) {
          const i = bit % proof.length;
          expect(await verifyInclusion(webSha256, m, n, leaf, proof.map((p, j) => (j === i ? flipBit(p, bit % 256) : p)), root)).toBe(false);
        }
        if (n > 1) expect(await verifyInclusion(webSha256, (m + 1) % n, n, leaf, proof, root)).toBe(false);
        // A proof binds the size only through the root (hence checkpoints sign both); a tree twice as tall never fits.
        expect(await verifyInclusion(webSha256, m, n * 2, leaf, proof, root)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  test('every consistency proof verifies, and a flipped bit in the proof or either root fails', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.nat(), fc.nat(), async ([n, leaves], mi, bit) => {
        const m = 1 + (mi % n);
        const src = sourceOf(leaves);
        const r1 = await rootHash(src, m, EMPTY);
        const r2 = await rootHash(src, n, EMPTY);
        const proof = await consistencyProof(src, m, n);
        expect(await verifyConsistency(webSha256, m, n, proof, r1, r2)).toBe(true);
        if (m === n) return;
        expect(await verifyConsistency(webSha256, m, n, proof, flipBit(r1, bit % 256), r2)).toBe(false);
        expect(await verifyConsistency(webSha256, m, n, proof, r1, flipBit(r2, bit % 256))).toBe(false);
        const i = bit % proof.length;
        expect(await verifyConsistency(webSha256, m, n, proof.map((p, j) => (j === i ? flipBit(p, bit % 256) : p)), r1, r2)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
