// RFC 9162 (Certificate Transparency 2.0) §2.1 Merkle tree hashing, inclusion and consistency proofs.
// Proof generation reads complete-subtree hashes from any store; verification needs only a SHA-256 function.
import { concat, equal, type Bytes } from './bytes';

export const HASH_SIZE = 32;
/** RFC 9162 §2.1.1: leaf = SHA-256(0x00 ‖ entry), node = SHA-256(0x01 ‖ left ‖ right). */
export const LEAF_PREFIX = Uint8Array.of(0);
export const NODE_PREFIX = Uint8Array.of(1);

export type Sha256 = (data: Bytes) => Promise<Bytes>;

export const leafHashWith = (sha: Sha256, entry: Bytes) => sha(concat(LEAF_PREFIX, entry));
export const nodeHashWith = (sha: Sha256, left: Bytes, right: Bytes) => sha(concat(NODE_PREFIX, left, right));

/** Largest power of two strictly less than n (n ≥ 2), the split point k of RFC 9162 §2.1.1. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Where proofs read hashes from: MTH(D[lo:hi]) of an aligned complete subtree (hi - lo a power of two, lo a multiple of it). */
export interface SubtreeSource {
  subtree(level: number, index: number): Promise<Bytes>;
  node(left: Bytes, right: Bytes): Bytes | Promise<Bytes>;
}

// Sizes go past 2^31, beyond JavaScript's bitwise operators; log2 of a power of two is exact in doubles.
const isPow2 = (n: number) => n > 0 && Number.isInteger(Math.log2(n));

/** MTH(D[lo:hi]) (RFC 9162 §2.1.1), from the stored complete subtrees it decomposes into. */
export async function rangeHash(src: SubtreeSource, lo: number, hi: number): Promise<Bytes> {
  const n = hi - lo;
  if (n <= 0) throw new Error('empty range');
  if (isPow2(n) && lo % n === 0) return src.subtree(Math.log2(n), lo / n);
  const k = splitPoint(n);
  return src.node(await rangeHash(src, lo, lo + k), await rangeHash(src, lo + k, hi));
}

/** The root hash of the first `size` leaves; the empty tree's is SHA-256 of nothing. */
export async function rootHash(src: SubtreeSource, size: number, emptyRoot: Bytes): Promise<Bytes> {
  return size === 0 ? emptyRoot : rangeHash(src, 0, size);
}

/** PATH(m, D[n]) of RFC 9162 §2.1.3.1: the audit path of leaf m in the tree of the first n leaves, deepest first. */
export async function inclusionProof(src: SubtreeSource, m: number, n: number): Promise<Bytes[]> {
  if (!(m >= 0 && m < n)) throw new Error(`leaf ${m} is not in a tree of ${n}`);
  const path = async (m: number, lo: number, hi: number): Promise<Bytes[]> => {
    if (hi - lo === 1) return [];
    const k = splitPoint(hi - lo);
    return m < k ? [...(await path(m, lo, lo + k)), await rangeHash(src, lo + k, hi)] : [...(await path(m - k, lo + k, hi)), await rangeHash(src, lo, lo + k)];
  };
  return path(m, 0, n);
}

/** PROOF(m, D[n]) of RFC 9162 §2.1.4.1: that the tree of m leaves is a prefix of the tree of n. */
export async function consistencyProof(src: SubtreeSource, m: number, n: number): Promise<Bytes[]> {
  if (!(m >= 0 && m <= n)) throw new Error(`no consistency from ${m} to ${n}`);
  if (m === 0 || m === n) return [];
  const sub = async (m: number, lo: number, hi: number, whole: boolean): Promise<Bytes[]> => {
    if (m === hi - lo) return whole ? [] : [await rangeHash(src, lo, hi)];
    const k = splitPoint(hi - lo);
    return m <= k ? [...(await sub(m, lo, lo + k, whole)), await rangeHash(src, lo + k, hi)] : [...(await sub(m - k, lo + k, hi, false)), await rangeHash(src, lo, lo + k)];
  };
  return sub(m, 0, n, true);
}

const lsb = (x: number) => x % 2 === 1;
const half = (x: number) => Math.floor(x / 2);
/** Right-shifts fn and sn together until fn is odd or zero (the shared step of RFC 9162 §2.1.3.2 and §2.1.4.2). */
function shiftToOdd(fn: number, sn: number): [number, number] {
  while (!lsb(fn) && fn !== 0) {
    fn = half(fn);
    sn = half(sn);
  }
  return [fn, sn];
}

const wellFormed = (hs: Bytes[]) => hs.every((h) => h.length === HASH_SIZE);

/** RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or null when the proof cannot be for this index and size. */
export async function rootFromInclusionProof(sha: Sha256, index: number, size: number, leafHash: Bytes, proof: Bytes[]): Promise<Bytes | null> {
  if (!(Number.isSafeInteger(index) && Number.isSafeInteger(size) && index >= 0 && index < size)) return null;
  if (leafHash.length !== HASH_SIZE || !wellFormed(proof)) return null;
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return null;
    if (lsb(fn) || fn === sn) {
      r = await nodeHashWith(sha, p, r);
      [fn, sn] = shiftToOdd(fn, sn);
    } else {
      r = await nodeHashWith(sha, r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 ? r : null;
}

export async function verifyInclusion(sha: Sha256, index: number, size: number, leafHash: Bytes, proof: Bytes[], root: Bytes): Promise<boolean> {
  const r = await rootFromInclusionProof(sha, index, size, leafHash, proof);
  return r !== null && root.length === HASH_SIZE && equal(r, root);
}

/** RFC 9162 §2.1.4.2: that the tree of size2 with root2 extends the tree of size1 with root1. */
export async function verifyConsistency(sha: Sha256, size1: number, size2: number, proof: Bytes[], root1: Bytes, root2: Bytes): Promise<boolean> {
  if (!(Number.isSafeInteger(size1) && Number.isSafeInteger(size2) && size1 >= 0 && size1 <= size2)) return false;
  if (size1 === 0) return proof.length === 0;
  if (size1 === size2) return proof.length === 0 && equal(root1, root2);
  if (proof.length === 0 || !wellFormed(proof) || root1.length !== HASH_SIZE || root2.length !== HASH_SIZE) return false;
  const path = isPow2(size1) ? [root1, ...proof] : proof;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (lsb(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (lsb(fn) || fn === sn) {
      fr = await nodeHashWith(sha, c, fr);
      sr = await nodeHashWith(sha, c, sr);
      [fn, sn] = shiftToOdd(fn, sn);
    } else {
      sr = await nodeHashWith(sha, sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equal(fr, root1) && equal(sr, root2);
}
