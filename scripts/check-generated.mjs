// Fails when the committed migrations are behind the drizzle schema (regenerates into a temporary copy and compares).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// drizzle-kit wants `out` relative to the working directory, so the copy lives under .tmp/ (git-ignored).
mkdirSync('.tmp', { recursive: true });
const tmp = path.relative(process.cwd(), mkdtempSync(path.join('.tmp', 'migrations-')));
try {
  cpSync('src/server/db/migrations', tmp, { recursive: true });
  // The same settings as drizzle.config.ts, writing into the temporary copy.
  const config = path.join(tmp, 'drizzle.check.config.json');
  writeFileSync(config, JSON.stringify({ dialect: 'postgresql', schema: './src/server/db/schema/index.ts', out: `./${tmp}` }));
  const before = readdirSync(tmp).length;
  const out = execFileSync('npx', ['drizzle-kit', 'generate', '--config', config], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const after = readdirSync(tmp).length;
  if (after !== before || !/No schema changes/.test(out)) {
    console.error('The drizzle schema has changes without a migration: run `npm run db:generate` and commit the result.\n' + out);
    process.exit(1);
  }
  console.log('migrations match the schema');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
