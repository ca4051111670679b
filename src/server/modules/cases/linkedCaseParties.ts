// A case opened from another (a mediation matter from its filing and back, a 执恢 from its 执) takes over the parties
// as they stand there, with their agents: copied once here, never typed again.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { caseAgents, caseParties } from '../../db/schema';

/**
 * Copies the parties of `fromId` (same standing, same order) and their agents into `toId`; returns old → new party ids.
 * With `linkOrigin`, each copy names the party it came from (`origin_party_id`), as a procedure of the same dispute does.
 */
export async function copyPartiesWithAgents(tx: Tx, fromId: number, toId: number, o: { linkOrigin: boolean }): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  const parties = await tx.select().from(caseParties).where(eq(caseParties.caseId, fromId)).orderBy(caseParties.ordinal);
  for (const p of parties) {
    const { id, caseId: _c, nameBigrams: _b, ...rest } = p;
    const row = await tx
      .insert(caseParties)
      .values({ ...rest, caseId: toId, ...(o.linkOrigin ? { originPartyId: id } : {}) })
      .returning({ id: caseParties.id });
    ids.set(id, row[0]!.id);
  }
  for (const a of await tx.select().from(caseAgents).where(eq(caseAgents.caseId, fromId))) {
    const partyId = ids.get(a.partyId);
    if (partyId !== undefined) await tx.insert(caseAgents).values({ caseId: toId, partyId, userId: a.userId, kind: a.kind });
  }
  return ids;
}
