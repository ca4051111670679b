// The Merkle tree stored as tlog tiles (the transparency-dev "tlog tiles" layout): tile level L holds the hashes of
// tree level 8·L, 256 to a tile; the 7 levels between are recomputed from one tile. 10^9 leaves are ~3.9 M level-0
// tiles of 8 KiB and a few thousand above; an append touches one partial tile per level.
import { concat, type Bytes } from '../../../domain/transparency/bytes';
import { HASH_SIZE, rangeHash, type SubtreeSource } from '../../../domain/transparency/merkle';
import { nodeSha256 } from './logKey';

export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 2 ** TILE_HEIGHT;

export interface Tile {
  level: number;
  index: number;
  /** Concatenated hashes, 1 to 256 of them. */
  hashes: Bytes;
}

export interface TileStore {
  read(level: number, index: number): Promise<Bytes | null>;
  write(tiles: Tile[]): Promise<void>;
}

export const nodeHash = (l: Bytes, r: Bytes): Bytes => nodeSha256(concat(Uint8Array.of(1), l, r));
export const leafHashOf = (entry: Bytes): Bytes => nodeSha256(concat(Uint8Array.of(0), entry));

/** Folds 2^r consecutive hashes (concatenated) into the root of their complete subtree. */
function fold(hashes: Bytes, count: number): Bytes {
  let level: Bytes[] = [];
  for (let i = 0; i < count; i++) level.push(hashes.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE));
  while (level.length > 1) {
    const up: Bytes[] = [];
    for (let i = 0; i < level.length; i += 2) up.push(nodeHash(level[i]!, level[i + 1]!));
    level = up;
  }
  return level[0]!;
}

const key = (level: number, index: number) => `${level}/${index}`;

/** Reads through a per-operation cache (a proof touches few tiles, most of them more than once). */
export function tileReader(store: TileStore, pending = new Map<string, Tile>()) {
  const cache = new Map<string, Bytes | null>();
  const read = async (level: number, index: number): Promise<Bytes | null> => {
    const k = key(level, index);
    const p = pending.get(k);
    if (p) return p.hashes;
    if (!cache.has(k)) cache.set(k, await store.read(level, index));
    return cache.get(k)!;
  };
  const source: SubtreeSource = {
    node: nodeHash,
    async subtree(height, index) {
      const L = Math.floor(height / TILE_HEIGHT);
      const r = height % TILE_HEIGHT;
      const first = index * 2 ** r;
      const tile = await read(L, Math.floor(first / TILE_WIDTH));
      const offset = (first % TILE_WIDTH) * HASH_SIZE;
      const span = 2 ** r * HASH_SIZE;
      if (!tile || tile.length < offset + span) throw new Error(`tile ${L}/${Math.floor(first / TILE_WIDTH)} is missing hashes for subtree ${height}/${index}`);
      return fold(tile.subarray(offset, offset + span), 2 ** r);
    },
  };
  return { read, source };
}

/** Appends leaf hashes to a tree of `size` leaves; returns the tiles to write (partial ones rewritten whole). */
export async function appendLeaves(store: TileStore, size: number, leafHashes: Bytes[]): Promise<Tile[]> {
  const changed = new Map<string, Tile>();
  const { read } = tileReader(store, changed);
  const push = async (level: number, position: number, hash: Bytes) => {
    const index = Math.floor(position / TILE_WIDTH);
    const k = key(level, index);
    const have = changed.get(k)?.hashes ?? (position % TILE_WIDTH === 0 ? new Uint8Array() : await read(level, index));
    if (!have || have.length !== (position % TILE_WIDTH) * HASH_SIZE) throw new Error(`tile ${k} does not end at position ${position}`);
    changed.set(k, { level, index, hashes: concat(have, hash) });
  };
  for (let i = 0; i < leafHashes.length; i++) await push(0, size + i, leafHashes[i]!);
  const newSize = size + leafHashes.length;
  // Each tile of level L-1 that filled up gives one hash of level L.
  for (let L = 1, span = TILE_WIDTH; Math.floor(newSize / span) > 0; L++, span *= TILE_WIDTH) {
    for (let p = Math.floor(size / span); p < Math.floor(newSize / span); p++) {
      const below = await read(L - 1, p);
      if (!below || below.length !== TILE_WIDTH * HASH_SIZE) throw new Error(`tile ${L - 1}/${p} is not full`);
      await push(L, p, fold(below, TILE_WIDTH));
    }
  }
  const tiles = [...changed.values()];
  await store.write(tiles);
  return tiles;
}

export async function treeRoot(store: TileStore, size: number): Promise<Bytes> {
  return size === 0 ? nodeSha256(new Uint8Array()) : rangeHash(tileReader(store).source, 0, size);
}

/** Tiles in memory: the bench's synthetic trees and the sequencer's tests of the layout. */
export function memoryTileStore(): TileStore & { tiles: Map<string, Bytes> } {
  const tiles = new Map<string, Bytes>();
  return {
    tiles,
    read: async (level, index) => tiles.get(key(level, index)) ?? null,
    write: async (ts) => {
      for (const t of ts) tiles.set(key(t.level, t.index), t.hashes);
    },
  };
}
