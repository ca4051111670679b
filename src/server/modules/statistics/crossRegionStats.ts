// 跨域立案 counted by both courts: the filings a court took at its counter for others (and forwarded), and those it
// received from other courts' counters (and registered), by the day they were taken.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';

export interface CrossRegionStats {
  courtId: number;
  from: string;
  to: string;
  receivedForOthers: number;
  forwarded: number;
  receivedFromOthers: number;
  registered: number;
}

export async function crossRegionStats(q: Queryable, courtId: number, from: string, to: string): Promise<CrossRegionStats> {
  const r = await q.execute<{ for_others: string; forwarded: string; from_others: string; registered: string }>(sql`
    select count(*) filter (where f.assisting_court_id = ${courtId}) as for_others,
           count(*) filter (where f.assisting_court_id = ${courtId} and f.forwarded_on is not null) as forwarded,
           count(*) filter (where f.competent_court_id = ${courtId}) as from_others,
           count(*) filter (where f.competent_court_id = ${courtId} and c.accepted_on is not null) as registered
      from cross_region_filings f join cases c on c.id = f.case_id
     where (f.assisting_court_id = ${courtId} or f.competent_court_id = ${courtId}) and f.received_on between ${from} and ${to}`);
  const x = r.rows[0]!;
  return { courtId, from, to, receivedForOthers: Number(x.for_others), forwarded: Number(x.forwarded), receivedFromOthers: Number(x.from_others), registered: Number(x.registered) };
}
