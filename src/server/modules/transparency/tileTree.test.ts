// The tiled tree against the RFC 9162 definition: whatever the batches, roots and proofs equal those of the plain
// recursive MTH, across tile boundaries (256 leaves) and tile levels (65,536 leaves).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { concat, toHex, type Bytes } from '../../../domain/transparency/bytes';
import { consistencyProof, inclusionProof, verifyConsistency, verifyInclusion } from '../../../domain/transparency/merkle';
import { webSha256 } from '../../../domain/transparency/webCrypto';
import { nodeSha256 } from './logKey';
import { appendLeaves, leafHashOf, memoryTileStore, nodeHash, tileReader, treeRoot } from './tileTree';

function mthOfLeafHashes(hs: Bytes[]): Bytes {
  if (hs.length === 0) return nodeSha256(new Uint8Array());
  if (hs.length === 1) return hs[0]!;
  let k = 1;
  while (k * 2 < hs.length) k *= 2;
  return nodeHash(mthOfLeafHashes(hs.slice(0, k)), mthOfLeafHashes(hs.slice(k)));
}

const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHashOf(concat(new TextEncoder().encode(`entry ${i}`))));

describe('tlog tiles', () => {
  test('any split into batches gives the definition\'s root at every size, and proofs that verify', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 5 }), fc.nat(), async (batches, pick) => {
        const all = leaves(batches.reduce((a, b) => a + b, 0));
        const store = memoryTileStore();
        let size = 0;
        for (const b of batches) {
          await appendLeaves(store, size, all.slice(size, size + b));
          size += b;
          expect(toHex(await treeRoot(store, size))).toBe(toHex(mthOfLeafHashes(all.slice(0, size))));
        }
        const m = pick % size;
        const root = await treeRoot(store, size);
        const { source } = tileReader(store);
        expect(await verifyInclusion(webSha256, m, size, all[m]!, await inclusionProof(source, m, size), root)).toBe(true);
        const first = 1 + (pick % size);
        expect(await verifyConsistency(webSha256, first, size, await consistencyProof(source, first, size), await treeRoot(store, first), root)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  test('past one full level-1 tile (65,536 leaves) the second tile level holds the right hash', async () => {
    const n = 65_536 + 300;
    const all = leaves(n);
    const store = memoryTileStore();
    for (let size = 0; size < n; size += 10_000) await appendLeaves(store, size, all.slice(size, Math.min(n, size + 10_000)));
    expect(store.tiles.get('2/0')?.length).toBe(32);
    expect(toHex(store.tiles.get('2/0')!)).toBe(toHex(mthOfLeafHashes(all.slice(0, 65_536))));
    expect(toHex(await treeRoot(store, n))).toBe(toHex(mthOfLeafHashes(all)));
    const { source } = tileReader(store);
    expect(await verifyInclusion(webSha256, 65_000, n, all[65_000]!, await inclusionProof(source, 65_000, n), await treeRoot(store, n))).toBe(true);
  });
});
