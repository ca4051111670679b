// The court's findings on a case's evidence (认证), for the judgment's "facts found" (经审理查明).
import { sql } from 'drizzle-orm';
import type { BilingualMessage } from '../../../domain/errors/domainError';
import type { FindingVerdict } from '../../../domain/evidence/findings';
import type { Queryable } from '../../db/database';
import { itemLabel } from './evidenceQueries';

export interface EvidenceWithFinding {
  itemId: number;
  partyId: number;
  partyName: string;
  label: BilingualMessage;
  name: string;
  source: string;
  purpose: string;
  finding: { verdict: FindingVerdict; authenticity: boolean; legality: boolean; relevance: boolean; reasoning: string; foundAt: string };
}

/** Every item the court has found on, in the order of the parties' lists (court staff only: no visibility filter). */
export async function evidenceFindingsOfCase(tx: Queryable, caseId: number): Promise<EvidenceWithFinding[]> {
  const r = await tx.execute<Record<string, any>>(sql`
    select i.id, i.party_id, p.name as party_name, p.standing, i.seq, i.name, i.source, i.purpose, i.finding
      from evidence_items i join case_parties p on p.id = i.party_id
     where i.case_id = ${caseId} and i.finding is not null order by p.ordinal, i.seq`);
  return r.rows.map((x) => ({
    itemId: Number(x.id),
    partyId: Number(x.party_id),
    partyName: x.party_name,
    label: itemLabel(x.standing, x.seq),
    name: x.name,
    source: x.source,
    purpose: x.purpose,
    finding: x.finding,
  }));
}
