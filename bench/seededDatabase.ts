// The database a bench runs against: BENCH_DATABASE_URL, else a throwaway embedded server, migrated and seeded with
// the demo province; `close` stops and removes whatever the bench started.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { loadConfig } from '../src/server/config';
import type { Database } from '../src/server/db/database';
import { startEmbeddedPostgres } from '../src/server/db/embeddedPostgres';
import { prepareDatabase } from '../src/server/start';

export interface SeededDatabase {
  /** A scratch directory the bench may use; removed by `close`. */
  dir: string;
  url: string;
  database: Database;
  close(): Promise<void>;
}

export async function seededDatabase(log: Logger): Promise<SeededDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-bench-'));
  const embedded = process.env.BENCH_DATABASE_URL ? null : await startEmbeddedPostgres(dir, 0, log);
  const url = process.env.BENCH_DATABASE_URL ?? embedded!.url;
  const config = loadConfig({}, { databaseUrl: url, dataDir: dir, port: 0, host: '127.0.0.1', jobsIntervalSeconds: 0, seedDemo: true, logLevel: 'warn' });
  const { database } = await prepareDatabase(config, log);
  return {
    dir,
    url,
    database,
    async close() {
      await database.close();
      await embedded?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
