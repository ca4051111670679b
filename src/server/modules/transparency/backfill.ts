// The backfill: timeline events and case files recorded before the log existed (migration 0006) are queued for
// the log in id order, a batch per transaction, so an upgraded court's whole record becomes verifiable.
import { and, asc, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import { eventEntry, fileEntry, type LogEntry } from '../../../domain/transparency/logEntries';
import type { Db, Tx } from '../../db/database';
import { attachments, caseEvents, tlogBackfill } from '../../db/schema';
import { queueEntries } from './transparencyLog';

export interface BackfillProgress {
  queued: number;
  /** Pre-log rows still to look at, by id range (an upper bound on what is left to queue). */
  remaining: number;
}

type Kind = LogEntry['kind'];

async function preLogRows(tx: Tx, kind: Kind, from: number, below: number, limit: number): Promise<{ id: number; entry: LogEntry }[]> {
  if (kind === 'caseEvent') {
    const rows = await tx.select().from(caseEvents).where(and(gte(caseEvents.id, from), lt(caseEvents.id, below))).orderBy(asc(caseEvents.id)).limit(limit);
    return rows.map((r) => ({ id: r.id, entry: eventEntry(r) }));
  }
  const rows = await tx
    .select({ id: attachments.id, caseId: attachments.caseId, sha256: attachments.sha256, sizeBytes: attachments.sizeBytes, createdAt: attachments.createdAt })
    .from(attachments)
    .where(and(gte(attachments.id, from), lt(attachments.id, below), isNotNull(attachments.caseId)))
    .orderBy(asc(attachments.id))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, entry: fileEntry({ ...r, caseId: r.caseId! }) }));
}

/** Queues up to `batch` pre-log rows of each kind; safe in several processes (a kind's cursor row is locked). */
export async function backfillStep(db: Db, batch = 5000): Promise<BackfillProgress> {
  let queued = 0;
  let remaining = 0;
  for (const kind of ['caseEvent', 'caseFile'] as const) {
    await db.transaction(async (tx) => {
      const cursor = (await tx.select().from(tlogBackfill).where(eq(tlogBackfill.kind, kind)).for('update', { skipLocked: true }))[0];
      if (!cursor || cursor.next >= cursor.below) return;
      const rows = await preLogRows(tx, kind, cursor.next, cursor.below, batch);
      // Rows already queued (a file claimed after the log began) keep their entry: queueing skips them.
      await queueEntries(tx, kind, rows);
      const next = rows.length < batch ? cursor.below : rows[rows.length - 1]!.id + 1;
      await tx.update(tlogBackfill).set({ next }).where(eq(tlogBackfill.kind, kind));
      queued += rows.length;
      remaining += cursor.below - next;
    });
  }
  return { queued, remaining };
}

/** Whether any pre-log rows are left to queue (one small read; the scheduler stops asking once it is false). */
export async function backfillPending(db: Db): Promise<boolean> {
  return (await db.execute(sql`select 1 from tlog_backfill where next < below limit 1`)).rows.length > 0;
}

/** Runs the backfill to the end, reporting progress after each batch. */
export async function backfillAll(db: Db, onProgress?: (p: BackfillProgress & { total: number }) => void): Promise<number> {
  let total = 0;
  for (;;) {
    const p = await backfillStep(db);
    total += p.queued;
    onProgress?.({ ...p, total });
    if (!(await backfillPending(db))) return total;
    // Another process holds the cursor: let it finish its batch.
    if (p.queued === 0) await new Promise((r) => setTimeout(r, 200));
  }
}
