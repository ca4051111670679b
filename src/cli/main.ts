// courtflow serve | migrate | seed --synthetic | verify | monitor | log-backfill | help
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { dateInZone, isPlainDate } from '../domain/calendar/plainDate';
import { verifyReceipt } from '../domain/transparency/receipt';
import { webEd25519Verify, webSha256 } from '../domain/transparency/webCrypto';
import { localBlobStore } from '../server/blobs/blobStore';
import type { Database } from '../server/db/database';
import { monitorLog, type SeenCheckpoint } from '../server/modules/transparency/monitor';
import { loadConfig } from '../server/config';
import { withRedaction } from '../server/logging/redactedErrors';
import { backfillAll } from '../server/modules/transparency/backfill';
import { generateProvince } from '../server/synthetic/generate';
import { integrateAll } from '../server/modules/transparency/transparencyLog';
import { demoLoginTable, prepareDatabase, startServer, transparencyLogOf } from '../server/start';

const HELP = `CourtFlow 全流程网上办案平台

Usage: courtflow <command>
  serve      start the server (PORT, HOST, DATA_DIR, DATABASE_URL, SEED_DEMO, LOG_LEVEL)
  migrate    apply database migrations and reference data, then exit
  seed --synthetic <N> [--seed <n>] [--years <n>] [--today <YYYY-MM-DD>]
             add a deterministic synthetic province of N civil filings (and their appeals) over several years,
             for benchmarks and demonstrations (DATABASE_URL or DATA_DIR; the demo province is seeded first)
  verify [<file>] <receipt.json> [--key <verifier key>]
             check a receipt offline (and the file against it); no server or network needed
  monitor [--state <file>] [--key <verifier key>]...
             check the newest checkpoint extends the last one seen and every logged event and file still
             matches its leaf (DATABASE_URL or DATA_DIR); exit 1 on any mismatch
  log-backfill
             log the events and files recorded before the transparency log existed, now (a running server
             also does it in the background, 5,000 rows a second)
  help       this text`;

function option(args: string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === name && args[i + 1]) out.push(args.splice(i--, 2)[1]!);
  return out;
}

async function verifyCommand(args: string[]): Promise<number> {
  const [key] = option(args, '--key');
  if (args.length < 1 || args.length > 2) {
    console.error('usage: courtflow verify [<file>] <receipt.json> [--key <verifier key>]');
    return 2;
  }
  const receipt = JSON.parse(readFileSync(args[args.length - 1]!, 'utf8')) as unknown;
  const file = args.length === 2 ? new Uint8Array(readFileSync(args[0]!)) : undefined;
  const v = await verifyReceipt(receipt, { ...(file ? { file } : {}), ...(key ? { verifierKey: key } : {}) }, { sha256: webSha256, ed25519Verify: webEd25519Verify });
  for (const c of v.checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.id.padEnd(9)} ${c.detail}`);
  if (v.entry) console.log(`entry: ${JSON.stringify(v.entry)}`);
  if (!key) console.log('note: the key was taken from the receipt itself; pass --key with the court\'s published key to prove who signed it');
  console.log(v.ok ? 'VERIFIED' : 'NOT VERIFIED');
  return v.ok ? 0 : 1;
}

/** Opens the configured database (the embedded one under DATA_DIR, or DATABASE_URL), runs `fn`, closes it. */
async function withDatabase<T>(config: ReturnType<typeof loadConfig>, log: pino.Logger, seedDemo: boolean, fn: (database: Database) => Promise<T>): Promise<T> {
  const { database, embedded } = await prepareDatabase({ ...config, seedDemo }, log);
  try {
    return await fn(database);
  } finally {
    await database.close();
    await embedded?.stop();
  }
}

function duration(seconds: number): string {
  return seconds < 120 ? `${seconds.toFixed(0)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

async function seedCommand(args: string[], config: ReturnType<typeof loadConfig>, log: pino.Logger): Promise<number> {
  const [n] = option(args, '--synthetic');
  const [seed = '1'] = option(args, '--seed');
  const [years = '4'] = option(args, '--years');
  const [today = dateInZone(new Date(), config.timeZone)] = option(args, '--today');
  const cases = Number(n);
  if (!Number.isInteger(cases) || cases < 1 || !/^\d+$/u.test(seed) || !/^[1-9]\d?$/u.test(years) || !isPlainDate(today) || args.length) {
    console.error('usage: courtflow seed --synthetic <N> [--seed <n>] [--years <1-99>] [--today <YYYY-MM-DD>]');
    return 2;
  }
  return withDatabase(config, log, true, async (database) => {
    const report = await generateProvince(database, {
      cases,
      seed: Number(seed),
      years: Number(years),
      today,
      onProgress: (p) => {
        const rate = p.filings / p.seconds;
        const eta = (p.target - p.filings) / Math.max(rate, 1);
        const bar = '#'.repeat(Math.round((p.filings / p.target) * 30)).padEnd(30, '.');
        process.stderr.write(`\r[${bar}] ${p.filings.toLocaleString()}/${p.target.toLocaleString()} filings, ${p.rows.toLocaleString()} rows, ${Math.round(rate).toLocaleString()} filings/s, ${duration(p.seconds)} elapsed, ~${duration(eta)} left   `);
      },
      onStep: (what) => process.stderr.write(`\r\x1b[Krebuilding ${what}`),
    });
    process.stderr.write('\n');
    console.log(`synthetic province (seed ${seed}, ${years} years to ${today}): ${report.courts} courts, ${report.judges} judges`);
    console.log(`${report.cases.toLocaleString()} cases (${(report.cases - report.appeals).toLocaleString()} first instance, ${report.appeals.toLocaleString()} appeals) in ${duration(report.seconds)}`);
    for (const [table, count] of Object.entries(report.rows)) console.log(`  ${table.padEnd(14)} ${count.toLocaleString().padStart(14)} rows`);
    return 0;
  });
}

async function main(argv: string[]) {
  const cmd = argv[0] ?? 'help';
  const config = loadConfig();
  const log = withRedaction(pino({ level: config.logLevel }));
  if (cmd === 'serve') {
    const server = await startServer(config, { log });
    if (config.seedDemo) console.log(`\nCourtFlow: ${server.url.replace('127.0.0.1', 'localhost')}\n${demoLoginTable()}\n`);
    // A terminal's Ctrl-C reaches both `npm start` and this process; later signals wait for the same shutdown.
    let shuttingDown = false;
    const shutdown = (signal: string) => {
      if (shuttingDown) return;
      shuttingDown = true;
      log.info({ signal }, 'shutting down');
      server.stop().then(
        () => process.exit(0),
        (e) => {
          log.error(e, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    return;
  }
  if (cmd === 'migrate') {
    const { database, embedded } = await prepareDatabase(config, log);
    await database.close();
    await embedded?.stop();
    log.info('migrations applied');
    return;
  }
  if (cmd === 'verify') {
    process.exitCode = await verifyCommand(argv.slice(1));
    return;
  }
  if (cmd === 'monitor') {
    const args = argv.slice(1);
    const keys = option(args, '--key');
    const stateFile = option(args, '--state')[0] ?? path.join(config.dataDir, 'transparency', 'monitor-state.json');
    let previous: SeenCheckpoint | null = null;
    try {
      previous = JSON.parse(readFileSync(stateFile, 'utf8')) as SeenCheckpoint;
    } catch {
      previous = null;
    }
    await withDatabase(config, log, false, async (database) => {
      const report = await monitorLog(database.db, localBlobStore(path.join(config.dataDir, 'blobs')), {
        previous,
        ...(keys.length ? { verifierKeys: keys } : {}),
        onProgress: (done, total) => process.stderr.write(`\rchecked ${done}/${total} entries`),
      });
      process.stderr.write('\n');
      console.log(JSON.stringify(report, null, 2));
      if (report.checkpoint && report.mismatches.length === 0) {
        mkdirSync(path.dirname(stateFile), { recursive: true });
        writeFileSync(stateFile, JSON.stringify(report.checkpoint));
      }
      process.exitCode = report.mismatches.length ? 1 : 0;
    });
    return;
  }
  if (cmd === 'seed') {
    process.exitCode = await seedCommand(argv.slice(1), config, log);
    return;
  }
  if (cmd === 'log-backfill') {
    await withDatabase(config, log, false, async (database) => {
      const queued = await backfillAll(database.db, (p) => process.stderr.write(`\rqueued ${p.total} rows, about ${p.remaining} ids left to look at   `));
      process.stderr.write('\n');
      await integrateAll(database.db, await transparencyLogOf(config));
      console.log(`${queued} rows from before the log were added to it`);
    });
    return;
  }
  console.log(HELP);
  if (cmd !== 'help') process.exitCode = 2;
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e);
  process.exit(1);
});
