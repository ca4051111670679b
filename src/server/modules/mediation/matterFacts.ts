// What the mediation effects read about a matter and whom it may be entrusted to: its parties, an organisation, a mediator.
import { sql } from 'drizzle-orm';
import type { MediatorFacts, OrganisationFacts } from '../../../domain/mediation/entrustment';
import type { Tx } from '../../db/database';

/** The matter's parties in their order. */
export async function casePartyIds(tx: Tx, caseId: number): Promise<number[]> {
  const r = await tx.execute<{ id: number }>(sql`select id from case_parties where case_id = ${caseId} order by ordinal`);
  return r.rows.map((x) => Number(x.id));
}

export async function organisationFacts(tx: Tx, organisationId: number): Promise<OrganisationFacts | undefined> {
  const o = await tx.execute<{ id: number; is_active: boolean; court_id: number }>(sql`select id, is_active, court_id from mediation_organisations where id = ${organisationId}`);
  return o.rows[0] && { id: Number(o.rows[0].id), isActive: o.rows[0].is_active, courtId: Number(o.rows[0].court_id) };
}

export async function mediatorFacts(tx: Tx, mediatorId: number): Promise<MediatorFacts | undefined> {
  const m = await tx.execute<{ user_id: number; is_active: boolean; organisation_id: number; court_ids: number[] }>(sql`
    select m.user_id, m.is_active and u.is_active as is_active, m.organisation_id,
           array(select court_id from mediator_courts mc where mc.user_id = m.user_id) as court_ids
      from mediators m join users u on u.id = m.user_id where m.user_id = ${mediatorId}`);
  const r = m.rows[0];
  return r && { userId: Number(r.user_id), isActive: r.is_active, organisationId: Number(r.organisation_id), courtIds: r.court_ids.map(Number) };
}
