// Builds the server bundle (esbuild) and the web app (Vite) when their sources changed since the last build.
// `node scripts/build.mjs --force` rebuilds regardless.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

function hashTree(paths) {
  const h = createHash('sha256');
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (name !== 'node_modules') walk(path.join(p, name));
    } else {
      h.update(path.relative(root, p));
      h.update(readFileSync(p));
    }
  };
  for (const p of paths) walk(path.join(root, p));
  return h.digest('hex');
}

function fresh(stampFile, hash) {
  return !force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
}

export async function buildServer() {
  const hash = hashTree(['src', 'reference', 'package-lock.json']);
  const stamp = path.join(root, 'dist/server/.stamp');
  if (fresh(stamp, hash)) return false;
  const esbuild = await import('esbuild');
  rmSync(path.join(root, 'dist/server'), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outfile: path.join(root, 'dist/server/courtflow.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  cpSync(path.join(root, 'src/server/db/migrations'), path.join(root, 'dist/server/migrations'), { recursive: true });
  writeFileSync(stamp, hash);
  return true;
}

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;

/** Writes a brotli (.br) and a gzip (.gz) copy beside every compressible file, for the server to send as they are. */
export function precompress(dir) {
  for (const name of readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, name);
    if (!COMPRESSIBLE.test(file) || !statSync(file).isFile()) continue;
    const raw = readFileSync(file);
    if (raw.length < 1024) continue;
    writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
    writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
  }
}

export async function buildWeb() {
  const hash = hashTree(['src/web', 'src/contracts', 'src/domain', 'vite.config.ts', 'package-lock.json']);
  const stamp = path.join(root, 'dist/web-stamp');
  if (fresh(stamp, hash)) return false;
  const { build } = await import('vite');
  // Always React's production build: under vitest NODE_ENV is "test", and Vite would bundle the development build
  // (twice the size) into the dist/web that `npm start` later serves as up to date.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  precompress(path.join(root, 'dist/web'));
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(stamp, hash);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const t0 = Date.now();
  const s = await buildServer();
  const w = await buildWeb();
  console.log(`build: server ${s ? 'rebuilt' : 'up to date'}, web ${w ? 'rebuilt' : 'up to date'} (${Date.now() - t0} ms)`);
}
