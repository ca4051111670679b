// What 终本's condition 2 reads (ZHONGBEN art 1(2): 限制消费令 issued and, where the conditions are met, the debtor
// listed) and what the 终本 re-query job records (DISHONEST art 10(4): after 终本, ≥2 negative network queries).
import { sql } from 'drizzle-orm';
import { DELETION_GROUNDS, type DeletionGround } from '../../../domain/creditSanctions/dishonestListing';
import type { Queryable, Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { recordCaseDeletionGround } from './deletion';

export interface CreditFacts {
  restrictionOrders: { partyId: number; signedOn: string /* YYYY-MM-DD */; inForce: boolean }[];
  listings: { partyId: number; status: 'forewarned' | 'listed' | 'deleted'; listedOn: string | null }[];
}

/** The signed restriction orders and the signed listings of a case (proposals and refusals are not facts yet). */
export async function creditFacts(q: Queryable, caseId: number): Promise<CreditFacts> {
  const r = await q.execute<{ party_id: string; signed_on: string; in_force: boolean }>(sql`
    select party_id, signed_on::text as signed_on, (status = 'signed' and (until_on is null or until_on >= current_date)) as in_force
      from consumption_restrictions where case_id = ${caseId} and status in ('signed', 'lifted') order by id`);
  const l = await q.execute<{ party_id: string; status: 'forewarned' | 'listed' | 'deleted'; listed_on: string | null }>(sql`
    select party_id, status, case when status = 'forewarned' then null else effective_on::text end as listed_on
      from dishonest_listings where case_id = ${caseId} and status in ('forewarned', 'listed', 'deleted') order by id`);
  return {
    restrictionOrders: r.rows.map((x) => ({ partyId: Number(x.party_id), signedOn: x.signed_on, inForce: x.in_force })),
    listings: l.rows.map((x) => ({ partyId: Number(x.party_id), status: x.status, listedOn: x.listed_on })),
  };
}

/**
 * Records a deletion ground (a DELETION_GROUNDS code; the re-query job's is 'negativeRequeries') for every open listing
 * of the case, as of `on`: the 3 working days start on the clock and the officer is told. Locks the case.
 */
export async function recordDeletionGround(tx: Tx, deps: Deps, caseId: number, ground: string, on: string): Promise<void> {
  if (!(DELETION_GROUNDS as readonly string[]).includes(ground)) throw new RangeError(`unknown deletion ground: ${ground}`);
  await recordCaseDeletionGround(tx, deps, caseId, ground as DeletionGround, on, { today: deps.clock.today(), now: deps.clock.now() });
}
