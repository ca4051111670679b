// `courtflow monitor`: checks the log against the database and blob store (src/server/modules/transparency/monitor.ts)
// and, given witness keys, that the witnesses cosigned the stored tree — asking each witness whose address
// TLOG_WITNESSES gives for the checkpoint it publishes itself. Exit 1 on any mismatch.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localBlobStore } from '../server/blobs/blobStore';
import type { Config } from '../server/config';
import type { Database } from '../server/db/database';
import { monitorLog, type SeenCheckpoint } from '../server/modules/transparency/monitor';
import { intOption, option } from './options';

export async function monitorCommand(args: string[], config: Config, withDatabase: (fn: (database: Database) => Promise<number>) => Promise<number>): Promise<number> {
  const keys = option(args, '--key');
  const witnessKeys = option(args, '--witness-key');
  const required = intOption(args, '--witnesses-required');
  const stateFile = option(args, '--state')[0] ?? path.join(config.dataDir, 'transparency', 'monitor-state.json');
  if (args.length || required === null || (required !== undefined && required > witnessKeys.length)) {
    console.error('usage: courtflow monitor [--state <file>] [--key <verifier key>]... [--witness-key <vkey>]... [--witnesses-required <n ≤ witness keys>]');
    return 2;
  }
  let previous: SeenCheckpoint | null = null;
  try {
    previous = JSON.parse(readFileSync(stateFile, 'utf8')) as SeenCheckpoint;
  } catch {
    previous = null;
  }
  const urls = new Map(config.tlogWitnesses.map((w) => [w.verifierKey, w.url]));
  return withDatabase(async (database) => {
    const report = await monitorLog(database.db, localBlobStore(path.join(config.dataDir, 'blobs')), {
      previous,
      ...(keys.length ? { verifierKeys: keys } : {}),
      ...(witnessKeys.length ? { witnesses: { witnessKeys, urls, ...(required !== undefined ? { required } : {}) } } : {}),
      onProgress: (done, total) => process.stderr.write(`\rchecked ${done}/${total} entries`),
    });
    process.stderr.write('\n');
    console.log(JSON.stringify(report, null, 2));
    if (report.checkpoint && report.mismatches.length === 0) {
      mkdirSync(path.dirname(stateFile), { recursive: true });
      writeFileSync(stateFile, JSON.stringify(report.checkpoint));
    }
    return report.mismatches.length ? 1 : 0;
  });
}
