// PLACEHOLDER (branch endround only): replaced by h18-credit's module at merge.
import type { Queryable, Tx } from '../../db/database';
import type { Deps } from '../../deps';

export interface CreditFacts { restrictionOrders: { partyId: number; signedOn: string; inForce: boolean }[]; listings: { partyId: number; status: 'forewarned' | 'listed' | 'deleted'; listedOn: string | null }[] }
export async function creditFacts(_q: Queryable, _caseId: number): Promise<CreditFacts> {
  return { restrictionOrders: [], listings: [] };
}
export async function recordDeletionGround(_tx: Tx, _deps: Deps, _caseId: number, _ground: string, _on: string): Promise<void> {}
