// Starts CourtFlow: database (embedded or external), migrations, reference data, optional demo seed, HTTP server.
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { buildApp, secureRandom } from './app';
import { localBlobStore } from './blobs/blobStore';
import type { Config } from './config';
import { inClientTransaction, openDatabase, type Database } from './db/database';
import { startEmbeddedPostgres, type EmbeddedServer } from './db/embeddedPostgres';
import { applyMigrations } from './db/migrate';
import { demoLoginTable, seedDemoProvince } from './db/seed/demoProvince';
import { seedReferenceData } from './db/seed/referenceData';
import { systemClock, type Clock, type Deps } from './deps';
import { JOB_DEFINITIONS, PERIODIC_TASKS } from './jobKinds';
import { startJobRunner, type JobRunner } from './jobs/jobRunner';
import { startJobs } from './jobs/scheduler';
import { loadKnownDeviceKey } from './auth/knownDevice';
import { loadLogSigner } from './modules/transparency/logKey';
import type { TransparencyLog } from './modules/transparency/transparencyLog';
import { witnessesOf } from './modules/transparency/witnessing';
import type { App } from './http/types';
import { withRedaction } from './logging/redactedErrors';

export interface RunningServer {
  app: App;
  url: string;
  database: Database;
  deps: Deps;
  /** This process's background-job runner (tests drain it by hand when started with jobWorkers 0). */
  jobs: JobRunner;
  stop(): Promise<void>;
}

// 0: no bound (node-postgres then waits as long as the OS does).
const connectTimeoutMs = (config: Config) => config.databaseConnectTimeoutSeconds * 1000;

export async function prepareDatabase(config: Config, log: Logger): Promise<{ database: Database; embedded: EmbeddedServer | null }> {
  let embedded: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, log);
    url = embedded.url;
  }
  const database = openDatabase(url, 20, connectTimeoutMs(config));
  try {
    await applyMigrations(database);
    await inClientTransaction(database.pool, async (client) => {
      await client.query('select pg_advisory_xact_lock(7364022)');
      await seedReferenceData(client);
      if (config.seedDemo && (await seedDemoProvince(client))) log.info('seeded the demo province');
    });
  } catch (e) {
    await database.close();
    await embedded?.stop();
    throw e;
  }
  return { database, embedded };
}

/** The log's signer (generated at first start, or configured), origin and witnesses. */
export async function transparencyLogOf(config: Config): Promise<TransparencyLog> {
  return {
    signer: await loadLogSigner({ configured: config.tlogSigningKey, dataDir: config.dataDir, keyName: config.tlogOrigin.replace(/[+\s]/gu, '-') }),
    origin: config.tlogOrigin,
    witnesses: await witnessesOf(config.tlogWitnesses),
  };
}

export async function startServer(config: Config, opts: { log?: Logger; clock?: Clock } = {}): Promise<RunningServer> {
  const log = withRedaction(opts.log ?? pino({ level: config.logLevel }));
  const started = Date.now();
  const { database, embedded } = await prepareDatabase(config, log);
  const replica = config.databaseReadUrl ? openDatabase(config.databaseReadUrl, 20, connectTimeoutMs(config)) : null;
  const deps: Deps = {
    db: database.db,
    readDb: replica?.db ?? database.db,
    pool: database.pool,
    config,
    clock: opts.clock ?? systemClock(config.timeZone),
    blobs: localBlobStore(path.join(config.dataDir, 'blobs')),
    random: secureRandom,
    log,
    transparency: await transparencyLogOf(config),
    knownDeviceKey: await loadKnownDeviceKey({ configured: config.knownDeviceSecret, dataDir: config.dataDir }),
  };
  const app = await buildApp(deps);
  const url = await app.listen({ port: config.port, host: config.host });
  const stopJobs = startJobs(deps, config.jobsIntervalSeconds, PERIODIC_TASKS);
  const jobs = startJobRunner(deps, JOB_DEFINITIONS, { workers: config.jobWorkers });
  log.info({ url, ms: Date.now() - started, database: embedded ? 'embedded' : 'external' }, 'CourtFlow is serving');
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // A running background job finishes its current step and goes back to the queue for another process.
      await Promise.all([stopJobs(), jobs.stop()]);
      await app.close();
      await replica?.close();
      await database.close();
      await embedded?.stop();
    })());
  return { app, url, database, deps, jobs, stop };
}

export { demoLoginTable };
