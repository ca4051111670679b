// The facts about a case's hearings and periods that decide which events make sense now (domain CaseEventFacts),
// read as columns beside the case row: the same columns for firing an event and for listing the actions open.
import { sql, type SQL } from 'drizzle-orm';
import type { CaseEventFacts, RunningPartyPeriod } from '../../../domain/casetypes/caseModel';

export interface EventFactColumns {
  scheduled_hearing_starts_at: Date | string | null;
  running_deductions: number | string;
  has_element_complaint: boolean;
  running_party_periods: { id: number; kind: RunningPartyPeriod['kind']; party_id: number | null; party_name: string | null; due_on: string }[];
}

/**
 * Select-list columns for the case whose id column is `caseId` (e.g. sql`cases.id`). They run on every case page and
 * every event: each goes through an index by case (deductions through the case's periods, not their own case_id).
 */
export function eventFactColumns(caseId: SQL): SQL {
  return sql`
    (select h.starts_at from hearings h where h.case_id = ${caseId} and h.status = 'scheduled' order by h.starts_at desc limit 1) as scheduled_hearing_starts_at,
    (select count(*) from case_periods tp join period_deductions d on d.period_id = tp.id
      where tp.case_id = ${caseId} and tp.status = 'running' and d.ends_on is null) as running_deductions,
    (select coalesce(json_agg(x order by x.due_on, x.id), '[]') from (
       select p.id, p.kind, p.party_id, cp.name as party_name, p.due_on::text as due_on
         from case_periods p left join case_parties cp on cp.id = p.party_id
        where p.case_id = ${caseId} and p.status = 'running' and p.kind in ('defence', 'evidence', 'organDefence') and p.due_on is not null) x) as running_party_periods,
    exists (select 1 from case_elements e where e.case_id = ${caseId}) as has_element_complaint`;
}

export function eventFacts(row: EventFactColumns, actorPartyIds: readonly number[]): CaseEventFacts {
  const start = row.scheduled_hearing_starts_at;
  return {
    scheduledHearingStartsAt: start === null ? null : new Date(start).toISOString(),
    runningDeductions: Number(row.running_deductions),
    runningPartyPeriods: row.running_party_periods.map((p) => ({ id: Number(p.id), kind: p.kind, partyId: p.party_id === null ? null : Number(p.party_id), partyName: p.party_name, dueOn: p.due_on })),
    actorPartyIds,
    hasElementComplaint: row.has_element_complaint === true,
  };
}
