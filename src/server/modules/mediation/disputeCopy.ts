// One dispute, several procedures: a mediation matter and the 民初 filing it comes from or becomes share parties,
// agents, claims and materials — copied once, never typed again (the files themselves are shared by SHA-256).
import { and, eq, notExists } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { attachments, caseMessageAttachments } from '../../db/schema';
import { copyPartiesWithAgents } from '../cases/linkedCaseParties';
import type { CaseRow } from '../cases/caseRecord';
import { queueEntry } from '../transparency/transparencyLog';
import { fileEntry } from '../../../domain/transparency/logEntries';

/** The parts of a case row that describe the dispute rather than its procedure. */
export function disputeOf(c: CaseRow) {
  return { causeId: c.causeId, amountFen: c.amountFen, claims: c.claims, facts: c.facts, filedBy: c.filedBy, chainId: c.chainId ?? c.id };
}

/**
 * Copies parties (same standing), their agents and the materials of `fromId` into `toId`; returns old → new party
 * ids. With `materialsOnly`, only the files `toId` does not already hold (by SHA-256).
 */
export async function copyDispute(tx: Tx, fromId: number, toId: number, o: { materialsOnly?: boolean } = {}): Promise<Map<number, number>> {
  let ids = new Map<number, number>();
  const held = new Set<string>();
  if (o.materialsOnly) {
    for (const f of await tx.select({ sha256: attachments.sha256 }).from(attachments).where(eq(attachments.caseId, toId))) held.add(f.sha256);
  } else {
    ids = await copyPartiesWithAgents(tx, fromId, toId, { linkOrigin: false });
  }
  // Files carried by messages stay with the thread they were written in: what was said in mediation is not filed.
  const files = await tx.select().from(attachments).where(and(eq(attachments.caseId, fromId), notExists(tx.select().from(caseMessageAttachments).where(eq(caseMessageAttachments.attachmentId, attachments.id))))).orderBy(attachments.id);
  for (const f of files) {
    if (held.has(f.sha256)) continue;
    const { id: _id, createdAt: _t, ...rest } = f;
    const row = (await tx.insert(attachments).values({ ...rest, caseId: toId }).returning())[0]!;
    await queueEntry(tx, 'caseFile', row.id, fileEntry({ ...row, caseId: toId }));
  }
  return ids;
}
