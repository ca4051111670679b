// The parties' joint choice of a mediator as the matter's record shows it (ONLINE-MED art 10).
import { sql } from 'drizzle-orm';
import type { MediationRecord } from '../../../contracts/mediation';
import { jointChoice } from '../../../domain/mediation/mediatorChoice';
import type { Queryable } from '../../db/database';
import type { CaseRow } from '../cases/caseRecord';

export async function mediatorChoiceRecord(q: Queryable, c: CaseRow, today: string): Promise<MediationRecord['choice']> {
  const period = (
    await q.execute<{ status: string; due_on: string | null; completed_reason: string | null }>(sql`
      select status, due_on::text, completed_reason from case_periods where case_id = ${c.id} and kind = 'mediatorChoice' order by id desc limit 1`)
  ).rows[0];
  const proposals = await q.execute<{ party_id: number; party_name: string; mediator_id: number | null; mediator_name: string | null }>(sql`
    select p.id as party_id, p.name as party_name, mp.mediator_id, u.display_name as mediator_name
      from case_parties p left join mediator_proposals mp on mp.case_id = p.case_id and mp.party_id = p.id
      left join users u on u.id = mp.mediator_id
     where p.case_id = ${c.id} order by p.ordinal`);
  const list = proposals.rows.map((r) => ({ partyId: Number(r.party_id), partyName: r.party_name, mediatorId: r.mediator_id === null ? null : Number(r.mediator_id), mediatorName: r.mediator_name }));
  const agreed = period?.completed_reason === 'agreed';
  const open = period?.status === 'running' && period.due_on !== null && period.due_on >= today;
  // While the parties may choose, and once they agreed (the clerk's form finds the chosen mediator's organisation).
  const candidates = (open || agreed) && c.node === 'received'
    ? await q.execute<{ user_id: number; display_name: string; organisation_id: number; organisation_name: string; specialties: string[] }>(sql`
        select m.user_id, u.display_name, o.id as organisation_id, o.name as organisation_name, m.specialties
          from mediators m join users u on u.id = m.user_id join mediation_organisations o on o.id = m.organisation_id
         where o.court_id = ${c.courtId} and o.is_active and m.is_active and u.is_active
           and exists (select 1 from mediator_courts mc where mc.user_id = m.user_id and mc.court_id = ${c.courtId})
         order by o.name, u.display_name`)
    : { rows: [] };
  return {
    status: agreed ? 'agreed' : open ? 'open' : 'closed',
    dueOn: period?.due_on ?? null,
    agreedMediatorId: agreed ? jointChoice(list.map((p) => p.partyId), list.flatMap((p) => (p.mediatorId === null ? [] : [{ partyId: p.partyId, mediatorId: p.mediatorId }]))) : null,
    proposals: list,
    candidates: candidates.rows.map((r) => ({ userId: Number(r.user_id), displayName: r.display_name, organisationId: Number(r.organisation_id), organisationName: r.organisation_name, specialties: r.specialties })),
  };
}
