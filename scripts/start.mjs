// `npm start`: build what changed, then serve CourtFlow with the demo province on the embedded PostgreSQL.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, buildWeb } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
await buildServer();
const webRebuilt = await buildWeb();
if (webRebuilt) console.log(`built the web app in ${Date.now() - t0} ms`);

const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist/server/courtflow.mjs'), 'serve'], {
  stdio: 'inherit',
  env: { SEED_DEMO: 'true', ...process.env },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
