// The administration's audit trail: who changed which reference row or account, with the row before and after.
import type { Tx } from '../../db/database';
import { auditLog } from '../../db/schema';

export async function audit(tx: Tx, actorId: number, action: string, entity: string, entityId: string | number, before: unknown, after: unknown) {
  await tx.insert(auditLog).values({ actorId, action, entity, entityId: String(entityId), before: before ?? null, after: after ?? null });
}
