// Loading and locking the case row, and appending to its timeline.
import { eq, inArray, sql } from 'drizzle-orm';
import { eventEntry } from '../../../domain/transparency/logEntries';
import { executePrepared, type Queryable, type Tx } from '../../db/database';
import { caseEvents, cases } from '../../db/schema';
import { queueEntries, queueEntry } from '../transparency/transparencyLog';

export type CaseRow = typeof cases.$inferSelect;
/** Columns of the case row to change, as plain values (so the row in memory can be patched alike). */
export type CasePatch = Partial<Omit<CaseRow, 'id'>>;

/** A new case row (a procedure opened from another: mediation, confirmation, execution, an objection). */
export async function newCaseRow(tx: Tx, values: typeof cases.$inferInsert): Promise<CaseRow> {
  return (await tx.insert(cases).values(values).returning())[0]!;
}

export async function updateCaseRow(tx: Tx, id: number, patch: CasePatch): Promise<void> {
  // One text per set of columns, and the code writes only a handful of such sets: each is a named statement.
  await executePrepared(tx, 'update_case', tx.update(cases).set(patch).where(eq(cases.id, id)).getSQL());
}

/** Locks the case row for the rest of the transaction: events on one case apply one at a time. */
export async function lockCase(tx: Tx, id: number): Promise<CaseRow | undefined> {
  const rows = await tx.select().from(cases).where(eq(cases.id, id)).for('update').prepare('lock_case').execute();
  return rows[0];
}

export async function loadCase(tx: Queryable, id: number): Promise<CaseRow | undefined> {
  // Named statements (the text is the same for every id): parsed and planned once per connection.
  const rows = await tx.select().from(cases).where(eq(cases.id, id)).prepare('load_case').execute();
  return rows[0];
}

export interface NewCaseEvent {
  caseId: number;
  event: string;
  actorId: number | null;
  actorRole: string | null;
  nodeBefore: string | null;
  nodeAfter: string;
  payload: Record<string, unknown>;
  at: Date;
}

/** Locks several cases in id order (as one-at-a-time lockers, case then its rows, would: no deadlock between them). */
export async function lockCases(tx: Tx, ids: readonly number[]): Promise<Map<number, CaseRow>> {
  const out = new Map<number, CaseRow>();
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await tx.select().from(cases).where(inArray(cases.id, unique.slice(i, i + 5000))).orderBy(cases.id).for('update');
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/**
 * Appends many timeline entries at once (a batch's results), in the order given per case; the caller holds every
 * case's row lock. Same rows and transparency-log entries as `appendCaseEvent` one by one, in a few statements.
 */
export async function appendCaseEvents(tx: Tx, events: readonly NewCaseEvent[]): Promise<void> {
  const PER_STATEMENT = 5000; // 9 parameters a row, under PostgreSQL's 65,535
  const caseIds = [...new Set(events.map((e) => e.caseId))];
  if (!caseIds.length) return;
  const last = await tx.execute<{ case_id: string; seq: number }>(sql`
    select case_id, max(seq) as seq from case_events where case_id = any(${sql.param(caseIds)}::bigint[]) group by case_id`);
  const next = new Map(last.rows.map((r) => [Number(r.case_id), Number(r.seq)]));
  const values = events.map((e) => {
    const seq = (next.get(e.caseId) ?? 0) + 1;
    next.set(e.caseId, seq);
    return { ...e, seq };
  });
  for (let i = 0; i < values.length; i += PER_STATEMENT) {
    const rows = await tx.insert(caseEvents).values(values.slice(i, i + PER_STATEMENT)).returning();
    await queueEntries(tx, 'caseEvent', rows.map((row) => ({ id: row.id, entry: eventEntry(row) })));
  }
}

/** Appends one timeline entry; the caller holds the case row lock, so the next sequence number is stable. */
export async function appendCaseEvent(tx: Tx, e: NewCaseEvent): Promise<number> {
  const r = await tx
    .insert(caseEvents)
    .values({
      caseId: e.caseId,
      seq: sql`coalesce((select max(seq) from case_events where case_id = ${e.caseId}), 0) + 1`,
      event: e.event,
      actorId: e.actorId,
      actorRole: e.actorRole,
      nodeBefore: e.nodeBefore,
      nodeAfter: e.nodeAfter,
      payload: e.payload,
      at: e.at,
    })
    .returning()
    .prepare('append_case_event')
    .execute();
  const row = r[0]!;
  // Tamper evidence: the event's canonical entry is queued for the transparency log in this same transaction.
  await queueEntry(tx, 'caseEvent', row.id, eventEntry(row));
  return row.seq;
}
