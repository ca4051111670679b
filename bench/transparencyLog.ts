// Transparency log figures, against the raw SHA-256 rate of node:crypto in the same run:
//   1. appends per second in batches into the PostgreSQL tiles (sequencer path: assign indices, extend tiles,
//      sign a checkpoint) — on BENCH_DATABASE_URL, else a throwaway embedded server;
//   2. inclusion and consistency proof time at 10^6 and 10^8 leaves, on synthetic trees built in memory tiles
//      (leaf i = SHA-256(0x00 ‖ "leaf i")); the level-0 tiles of the 10^8 tree are regenerated on demand.
// Usage: node --import tsx bench/transparencyLog.ts [appends=200000] [bigTree=100000000]
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { inclusionProof, consistencyProof, verifyInclusion } from '../src/domain/transparency/merkle';
import { webSha256 } from '../src/domain/transparency/webCrypto';
import { openDatabase } from '../src/server/db/database';
import { startEmbeddedPostgres } from '../src/server/db/embeddedPostgres';
import { applyMigrations } from '../src/server/db/migrate';
import { generateSigner } from '../src/server/modules/transparency/logKey';
import { appendLeaves, leafHashOf, memoryTileStore, nodeHash, tileReader, treeRoot, TILE_WIDTH, type TileStore } from '../src/server/modules/transparency/tileTree';
import { integrate } from '../src/server/modules/transparency/transparencyLog';

const appends = Number(process.argv[2] ?? 200_000);
const bigTree = Number(process.argv[3] ?? 100_000_000);
const log = pino({ level: 'warn' });
const leafOf = (i: number) => leafHashOf(new TextEncoder().encode(`leaf ${i}`));
const ms = (t0: number) => performance.now() - t0;

function rawSha256Rate(): number {
  const buf = new Uint8Array(65);
  const n = 1_000_000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) createHash('sha256').update(buf).digest();
  return n / (ms(t0) / 1000);
}

/**
 * A synthetic tree of `size` leaves: tiles of level ≥ 1 kept, level-0 tiles recomputed from the leaf formula.
 * `true` trees hash every leaf (~70 k leaves/s here, so 10^6 takes seconds); above 10^7 the level-8 hashes are
 * SHA-256("tile p") instead of the fold of their leaves — a proof costs the same tiles and hashes either way, but
 * such a proof does not verify, so only the true tree's proofs are checked.
 */
async function syntheticTree(size: number, trueTree: boolean): Promise<{ store: TileStore; buildMs: number }> {
  const upper = memoryTileStore();
  const t0 = performance.now();
  // Stream the leaves tile by tile: each full level-0 tile gives one level-8 hash, appended like the sequencer does.
  let level1: Uint8Array[] = [];
  let done = 0;
  const flush = async () => {
    // Feed level-8 hashes in as the "leaves" of a tree one tile level up, then shift its tiles by one level.
    const shifted = memoryTileStore();
    const count = level1.length;
    for (let s = 0; s < count; s += 65_536) await appendLeaves(shifted, s, level1.slice(s, s + 65_536));
    for (const [k, v] of shifted.tiles) {
      const [l, i] = k.split('/').map(Number);
      upper.tiles.set(`${l! + 1}/${i}`, v);
    }
    level1 = [];
  };
  for (let t = 0; (t + 1) * TILE_WIDTH <= size; t++) {
    if (!trueTree) {
      level1.push(leafHashOf(new TextEncoder().encode(`tile ${t}`)));
      continue;
    }
    const hs: Uint8Array[] = [];
    for (let i = 0; i < TILE_WIDTH; i++) hs.push(leafOf(t * TILE_WIDTH + i));
    while (hs.length > 1) {
      const up: Uint8Array[] = [];
      for (let i = 0; i < hs.length; i += 2) up.push(nodeHash(hs[i]!, hs[i + 1]!));
      hs.splice(0, hs.length, ...up);
    }
    level1.push(hs[0]!);
    done += TILE_WIDTH;
    if (done % 10_000_000 === 0) process.stderr.write(`\r  built ${done / 1e6} M leaves`);
  }
  await flush();
  process.stderr.write('\n');
  const store: TileStore = {
    async read(level, index) {
      if (level > 0) return upper.tiles.get(`${level}/${index}`) ?? null;
      const first = index * TILE_WIDTH;
      const n = Math.min(TILE_WIDTH, size - first);
      if (n <= 0) return null;
      const out = new Uint8Array(n * 32);
      for (let i = 0; i < n; i++) out.set(leafOf(first + i), i * 32);
      return out;
    },
    write: async () => {},
  };
  return { store, buildMs: ms(t0) };
}

async function proofTimes(store: TileStore, size: number, leaf: (i: number) => Uint8Array, check = true) {
  const reps = 200;
  const root = await treeRoot(store, size);
  let inc = 0;
  let con = 0;
  for (let r = 0; r < reps; r++) {
    const m = Math.floor(((r + 0.5) / reps) * size);
    let t0 = performance.now();
    const p = await inclusionProof(tileReader(store).source, m, size);
    inc += ms(t0);
    if (r === 0 && check && !(await verifyInclusion(webSha256, m, size, leaf(m), p, root))) throw new Error('proof does not verify');
    t0 = performance.now();
    await consistencyProof(tileReader(store).source, Math.max(1, m), size);
    con += ms(t0);
  }
  return { inclusionMs: inc / reps, consistencyMs: con / reps };
}

async function pgAppends() {
  let dir: string | null = null;
  let stop = async () => {};
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-bench-'));
    const pgServer = await startEmbeddedPostgres(dir, 0, log);
    url = pgServer.url;
    stop = () => pgServer.stop();
  }
  const database = openDatabase(url);
  await applyMigrations(database);
  await database.pool.query('truncate tlog_entries, tlog_tiles, tlog_cosignatures, tlog_checkpoints, tlog_state');
  const t0 = performance.now();
  for (let s = 0; s < appends; s += 50_000) {
    await database.pool.query(
      `insert into tlog_entries (kind, ref_id, entry, leaf_hash)
       select 'caseEvent', g, 'bench ' || g, sha256(decode('00', 'hex') || convert_to('bench ' || g, 'UTF8')) from generate_series($1::bigint, $2::bigint) g`,
      [s + 1, Math.min(appends, s + 50_000)],
    );
  }
  const queueMs = ms(t0);
  const transparency = { signer: await generateSigner('bench'), origin: 'bench.invalid/log', witnesses: [] };
  const results: { batch: number; perSecond: number }[] = [];
  let remaining = appends;
  for (const batch of [100, 1000, 5000]) {
    const portion = batch === 5000 ? remaining : Math.min(remaining, batch * 20, Math.floor(appends / 4));
    const t1 = performance.now();
    let added = 0;
    while (added < portion) added += (await integrate(database.db, transparency, batch)).added;
    results.push({ batch, perSecond: Math.round(added / (ms(t1) / 1000)) });
    remaining -= added;
  }
  const size = Number((await database.pool.query('select size from tlog_state')).rows[0].size);
  const proofs = await proofTimes((await import('../src/server/modules/transparency/transparencyLog')).pgTileStore(database.db), size, (i) => leafHashOf(new TextEncoder().encode(`bench ${i + 1}`)));
  await database.close();
  await stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  return { queued: appends, queueMs: Math.round(queueMs), results, size, proofs };
}

const shaRate = rawSha256Rate();
console.log(`raw SHA-256 (65-byte inputs, node:crypto, one core): ${Math.round(shaRate).toLocaleString()} /s`);
const pgRun = await pgAppends();
console.log(`PostgreSQL sequencer, ${pgRun.size.toLocaleString()} leaves:`);
for (const r of pgRun.results) console.log(`  batches of ${r.batch}: ${r.perSecond.toLocaleString()} appends/s (${((r.perSecond * 2) / shaRate * 100).toFixed(1)}% of the raw hash rate at ~2 hashes per leaf)`);
console.log(`  proofs from PostgreSQL tiles: inclusion ${pgRun.proofs.inclusionMs.toFixed(2)} ms, consistency ${pgRun.proofs.consistencyMs.toFixed(2)} ms`);
for (const size of [1_000_000, bigTree]) {
  const trueTree = size <= 10_000_000;
  const { store, buildMs } = await syntheticTree(size, trueTree);
  const p = await proofTimes(store, size, leafOf, trueTree);
  const built = trueTree ? `true tree built in ${(buildMs / 1000).toFixed(1)} s, ${Math.round(size / (buildMs / 1000)).toLocaleString()} leaves/s in memory; proofs verified` : `upper tiles synthetic, built in ${(buildMs / 1000).toFixed(1)} s`;
  console.log(`synthetic ${size.toLocaleString()} leaves (${built}): inclusion ${p.inclusionMs.toFixed(2)} ms, consistency ${p.consistencyMs.toFixed(2)} ms`);
}
