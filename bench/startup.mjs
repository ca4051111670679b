// Time from starting `courtflow serve` (embedded PostgreSQL, demo seed) to the first healthy response:
// first run on an empty data directory, then warm restarts. Usage: node bench/startup.mjs [warmRuns=3]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServer, buildWeb } from '../scripts/build.mjs';

const warmRuns = Number(process.argv[2] ?? 3);
const port = 18080 + Math.floor(Math.random() * 1000);

async function serveOnce(dataDir) {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/server/courtflow.mjs', 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), SEED_DEMO: 'true', LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let ms;
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) {
        ms = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error('server exited');
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  return ms;
}

const t0 = performance.now();
await buildServer();
await buildWeb();
const buildMs = performance.now() - t0;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-bench-'));
try {
  const first = await serveOnce(dataDir);
  const warm = [];
  for (let i = 0; i < warmRuns; i++) warm.push(await serveOnce(dataDir));
  warm.sort((a, b) => a - b);
  console.log('| measurement | ms |');
  console.log('|---|---|');
  console.log(`| build (server bundle + web app, skipped when up to date) | ${buildMs.toFixed(0)} |`);
  console.log(`| first run: initdb + migrations + reference data + demo seed → healthy | ${first.toFixed(0)} |`);
  console.log(`| warm start → healthy (median of ${warmRuns}) | ${warm[Math.floor(warm.length / 2)].toFixed(0)} |`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
