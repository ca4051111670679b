// Writes the OpenAPI document to docs/openapi.json, or with --check fails when the committed one is out of date.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import pino from 'pino';
import { buildApp, secureRandom } from '../src/server/app';
import { localBlobStore } from '../src/server/blobs/blobStore';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { systemClock } from '../src/server/deps';
import { generateSigner } from '../src/server/modules/transparency/logKey';

const FILE = 'docs/openapi.json';
const config = loadConfig({}, { logLevel: 'silent', webDir: '/nonexistent' });
// The pool connects lazily: building the app to read its routes touches no database.
const database = openDatabase('postgres://openapi@127.0.0.1:1/none');
const app = await buildApp({ db: database.db, readDb: database.db, pool: database.pool, config, clock: systemClock(config.timeZone), blobs: localBlobStore('/nonexistent'), random: secureRandom, log: pino({ level: 'silent' }), transparency: { signer: await generateSigner('openapi'), origin: 'openapi', witnesses: [] }, knownDeviceKey: randomBytes(32) });
await app.ready();
const doc = JSON.stringify(app.swagger(), null, 2) + '\n';
await app.close();
await database.close();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (committed !== doc) {
    console.error(`${FILE} is out of date: run \`npm run openapi\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${FILE} is up to date`);
} else {
  writeFileSync(FILE, doc);
  console.log(`wrote ${FILE}`);
}
