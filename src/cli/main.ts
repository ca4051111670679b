// courtflow serve | migrate | help
import pino from 'pino';
import { loadConfig } from '../server/config';
import { demoLoginTable, prepareDatabase, startServer } from '../server/start';

const HELP = `CourtFlow 全流程网上办案平台

Usage: courtflow <command>
  serve      start the server (PORT, HOST, DATA_DIR, DATABASE_URL, SEED_DEMO, LOG_LEVEL)
  migrate    apply database migrations and reference data, then exit
  help       this text`;

async function main(argv: string[]) {
  const cmd = argv[0] ?? 'help';
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
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
  console.log(HELP);
  if (cmd !== 'help') process.exitCode = 2;
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e);
  process.exit(1);
});
