// Global setup for database tests: a PostgreSQL server (the embedded one, or TEST_DATABASE_URL) and a template
// database with migrations, reference data and the demo province, which every test file clones.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/database';
import { startEmbeddedPostgres } from '../../src/server/db/embeddedPostgres';
import { applyMigrations } from '../../src/server/db/migrate';
import { seedDemoProvince } from '../../src/server/db/seed/demoProvince';
import { seedReferenceData } from '../../src/server/db/seed/referenceData';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDbUrl: string;
    templateDb: string;
    /** Test databases are named with this prefix so the teardown can find and drop them. */
    dbPrefix: string;
  }
}

function withDatabase(url: string, db: string) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const target = process.env.COURTFLOW_TEST_DB ?? project.config.env?.COURTFLOW_TEST_DB ?? 'embedded';
  const log = pino({ level: 'warn' });
  let dir: string | undefined;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let adminUrl: string;
  if (target === 'external') {
    if (!process.env.TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-test-'));
    const server = await startEmbeddedPostgres(dir, 0, log);
    adminUrl = server.url;
    stopEmbedded = server.stop;
  }
  const templateDb = `cf_tpl_${process.pid}_${project.name.replace(/\W/g, '_')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${templateDb}`);
  await admin.query(`create database ${templateDb} encoding 'UTF8' template template0`);
  const database = openDatabase(withDatabase(adminUrl, templateDb), 2);
  await applyMigrations(database);
  const client = await database.pool.connect();
  await seedReferenceData(client);
  await seedDemoProvince(client);
  client.release();
  await database.close();
  project.provide('adminDbUrl', adminUrl);
  project.provide('templateDb', templateDb);
  const dbPrefix = `cf_t_${process.pid}_`;
  project.provide('dbPrefix', dbPrefix);

  return async () => {
    // Drop test databases left by this run, then the template.
    const left = await admin.query(`select datname from pg_database where datname like $1`, [`${dbPrefix}%`]);
    for (const r of left.rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
    await admin.query(`drop database if exists ${templateDb} with (force)`);
    await admin.end();
    await stopEmbedded?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
