// The national batch on a schedule (a periodic task, run by every process after each period sweep): once a day, from
// the installation's send time on (court-local), the day's `send` job is queued; and every results file found in the
// inbox is queued once for `read`. Idempotent across processes: one advisory lock, and a job already queued for the
// day's batch id (or for the file) is never queued again, whatever its state.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Deps } from '../../deps';
import { settingsRow } from '../../db/settingsRows';
import { enqueueJob } from '../../jobs/jobStore';
import { localNow } from '../execution/fundReports';

export interface NationalBatchSettings {
  /** [U court practice] Court-local time (HH:MM) from which the day's national requests go out. */
  sendAt: string;
}

export const DEFAULT_NATIONAL_BATCH_SETTINGS: NationalBatchSettings = { sendAt: '02:00' };

export async function loadNationalBatchSettings(deps: Pick<Deps, 'db'>): Promise<NationalBatchSettings> {
  const stored = (await settingsRow(deps.db, 'assetControl'))?.value ?? {};
  const sendAt = typeof stored.nationalBatchAt === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(stored.nationalBatchAt) ? stored.nationalBatchAt : DEFAULT_NATIONAL_BATCH_SETTINGS.sendAt;
  return { sendAt };
}

/** The batch id of a court-local day: one batch a day. */
export const dailyBatchId = (day: string) => `NQ-${day.replaceAll('-', '')}`;

/** Results files the gateway has finished writing (it writes another name and renames to `.jsonl`). */
async function inboxFiles(dataDir: string): Promise<string[]> {
  try {
    return (await readdir(path.join(dataDir, 'netquery', 'inbox'))).filter((f) => f.endsWith('.jsonl')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/** Queues what is due now; returns the jobs queued (none when already queued by this or another process). */
export async function scheduleNationalBatch(deps: Deps, now: Date = deps.clock.now()): Promise<{ send: string | null; read: string[] }> {
  const { sendAt } = await loadNationalBatchSettings(deps);
  const local = localNow(now, deps.config.timeZone);
  const files = await inboxFiles(deps.config.dataDir);
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('courtflow:nationalBatch:schedule'))`);
    let send: string | null = null;
    if (local.time >= sendAt) {
      const batchId = dailyBatchId(local.date);
      const queued = await tx.execute(sql`select 1 from background_jobs where kind = 'nationalBatch' and input->>'action' = 'send' and input->>'batchId' = ${batchId} limit 1`);
      if (!queued.rows.length) {
        await enqueueJob(tx, { kind: 'nationalBatch', courtId: null, createdBy: null, input: { action: 'send', batchId } });
        send = batchId;
      }
    }
    const read: string[] = [];
    if (files.length) {
      const seen = await tx.execute<{ source: string }>(sql`
        select input->>'source' as source from background_jobs where kind = 'nationalBatch' and input->>'action' = 'read' and input->>'source' = any(${sql.param(files)}::text[])`);
      const done = new Set(seen.rows.map((r) => r.source));
      for (const source of files.filter((f) => !done.has(f))) {
        await enqueueJob(tx, { kind: 'nationalBatch', courtId: null, createdBy: null, input: { action: 'read', source } });
        read.push(source);
      }
    }
    return { send, read };
  });
}
