// Reading a criminal case's facts (criminal_cases, criminal_defendants) for the criminal rules.
import { sql } from 'drizzle-orm';
import type { CustodyInterval, DetentionStatus } from '../../../domain/criminal/defendants';
import type { LegalAidFacts } from '../../../domain/criminal/legalAid';
import type { SentencingRecommendation } from '../../../domain/criminal/plea';
import type { Queryable } from '../../db/database';

export type DefendantRow = {
  partyId: number;
  name: string;
  birthOn: string | null;
  detentionStatus: DetentionStatus;
  custodyPlace: string | null;
  custodyIntervals: CustodyInterval[];
  chargeIds: number[];
  legalAidFacts: LegalAidFacts;
  counsel: { name: string; lawFirm?: string; isLegalAid: boolean; ground?: string }[];
  plea: SentencingRecommendation | null;
  verdict: Record<string, unknown> | null;
  sentenceDates: Record<string, unknown> | null;
};

export type CriminalCaseRow = {
  prosecution: 'public' | 'private';
  procuratorateId: number | null;
  protestedBy: number | null;
  possibleSentence: string | null;
};

export async function criminalCaseOf(q: Queryable, caseId: number): Promise<CriminalCaseRow | null> {
  const r = await q.execute<CriminalCaseRow>(sql`
    select prosecution, procuratorate_id as "procuratorateId", protested_by as "protestedBy", possible_sentence as "possibleSentence"
      from criminal_cases where case_id = ${caseId}`);
  return r.rows[0] ?? null;
}

/** The defendants of a case in party order; on a 刑终 the facts are those of the same defendant below. */
export async function defendantsOf(q: Queryable, caseId: number): Promise<DefendantRow[]> {
  const r = await q.execute<DefendantRow>(sql`
    select p.id as "partyId", p.name, d.birth_on as "birthOn", d.detention_status as "detentionStatus", d.custody_place as "custodyPlace",
           d.custody_intervals as "custodyIntervals", d.charge_ids as "chargeIds", d.legal_aid_facts as "legalAidFacts", d.counsel,
           d.plea, d.verdict, d.sentence_dates as "sentenceDates"
      from case_parties p join criminal_defendants d on d.party_id = p.id
     where p.case_id = ${caseId} order by p.ordinal`);
  return r.rows.map((x) => ({ ...x, partyId: Number(x.partyId) }));
}

/** A PostgreSQL array literal of integers, bound as one parameter (an array in a sql template would expand to a list). */
export const intArray = (xs: readonly number[]) => `{${xs.map((x) => Math.trunc(x)).join(',')}}`;
