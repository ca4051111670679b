// A real CourtFlow server on a fresh database cloned from the test template, listening on a free loopback port.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino, { type Logger } from 'pino';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/server/config';
import type { Clock } from '../../src/server/deps';
import { startServer, type RunningServer } from '../../src/server/start';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('adminDbUrl');
  const name = `${inject('dbPrefix')}${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('templateDb')}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

export interface TestServer extends RunningServer {
  baseUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

/** `log`: where the server logs (a test that reads its log passes a pino logger over a stream it holds). */
export async function startTestServer(opts: { clock?: Clock; config?: Partial<Config>; database?: TestDatabase; log?: Logger } = {}): Promise<TestServer> {
  const database = opts.database ?? (await createTestDatabase());
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-data-'));
  // Generated documents' PDF and pages (≈ 0.3 s of CPU each, thousands in the suite) only in the tests that ask for them.
  const config = loadConfig({}, { databaseUrl: database.url, port: 0, host: '127.0.0.1', dataDir, logLevel: 'warn', jobsIntervalSeconds: 0, readGeneratedDocuments: false, ...opts.config });
  const server = await startServer(config, { log: opts.log ?? pino({ level: 'warn' }), ...(opts.clock ? { clock: opts.clock } : {}) });
  return {
    ...server,
    baseUrl: server.url,
    dataDir,
    async close() {
      await server.stop();
      if (!opts.database) await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
