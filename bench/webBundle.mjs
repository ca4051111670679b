// What the browser downloads: the scripts the login page loads (index.html's entry and its preloads), raw and as
// sent (brotli and gzip, as the build writes them), against the 300 kB budget; and the whole app's chunks.
// Usage: npm run bench:web   (builds the web app first when its sources changed)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildWeb } from '../scripts/build.mjs';

const BUDGET = 300 * 1024;
const dir = path.resolve('dist/web');
await buildWeb();

const size = (file) => (statSync(file, { throwIfNoEntry: false })?.size ?? null);
function sizes(rel) {
  const file = path.join(dir, rel);
  const raw = size(file);
  // Files under 1 kB are sent as they are (no .br/.gz beside them).
  return { raw, br: size(`${file}.br`) ?? raw, gz: size(`${file}.gz`) ?? raw };
}
const sum = (rows, k) => rows.reduce((n, r) => n + r[k], 0);
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
const login = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => ({ file: m[1], ...sizes(m[1]) }));
console.log(`login page: ${login.length} scripts, ${kB(sum(login, 'raw'))} raw, ${kB(sum(login, 'br'))} brotli, ${kB(sum(login, 'gz'))} gzip (budget ${kB(BUDGET)} compressed: ${sum(login, 'br') <= BUDGET ? 'met' : 'NOT met'})`);
for (const r of login.sort((a, b) => b.raw - a.raw)) console.log(`  ${r.file.padEnd(40)} ${kB(r.raw).padStart(10)} ${kB(r.br).padStart(10)} ${kB(r.gz).padStart(10)}`);

const all = readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => ({ file: `assets/${f}`, ...sizes(`assets/${f}`) }));
console.log(`whole app: ${all.length} script chunks, ${kB(sum(all, 'raw'))} raw, ${kB(sum(all, 'br'))} brotli; largest:`);
for (const r of all.sort((a, b) => b.raw - a.raw).slice(0, 6)) console.log(`  ${r.file.padEnd(40)} ${kB(r.raw).padStart(10)} ${kB(r.br).padStart(10)}`);
