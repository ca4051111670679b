// At filing the proposal shown is stored with the case (FILING art 2: the filing is received whatever it says); the
// case keeps it, so a later change of the rules never rewrites what the case was filed with.
import { sql } from 'drizzle-orm';
import type { CourtProposal, JurisdictionPlaces, JurisdictionWarning } from '../../../contracts/jurisdiction';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { loadCase } from '../cases/caseRecord';
import { proposeFor } from './proposal';

export interface FiledFacts {
  caseId: number;
  courtId: number;
  caseType: string;
  causeId: number | null;
  amountFen: bigint | null;
  places: JurisdictionPlaces | undefined;
  hasForeignParty: boolean;
  today: string;
}

/** Whether the filing gets a proposal: a civil cause, or a 行政起诉 (ALL arts 14–20). */
export const hasProposal = (caseType: string, causeId: number | null): boolean => causeId !== null || caseType === '行初';

/** Computes and stores the proposal for the filing at its court; returns the warnings to show the filer. */
export async function recordFilingProposal(tx: Tx, f: FiledFacts): Promise<JurisdictionWarning[]> {
  const places = { plaintiffDomiciles: [], defendantDomiciles: [], ...f.places, isForeignRelated: f.places?.isForeignRelated ?? f.hasForeignParty };
  const { facts, proposal } = await proposeFor(tx, { isAdministrative: f.caseType === '行初', causeId: f.causeId, amountFen: f.amountFen, places, chosenCourtId: f.courtId, onDate: f.today });
  await tx.execute(sql`
    insert into case_jurisdiction (case_id, proposed_on, chosen_court_id, facts, proposal, warnings)
    values (${f.caseId}, ${f.today}, ${f.courtId}, ${JSON.stringify(facts)}::jsonb, ${JSON.stringify(proposal)}::jsonb, ${JSON.stringify(proposal.warnings)}::jsonb)`);
  return proposal.warnings;
}

export async function caseJurisdictionOf(db: Queryable, actor: Actor, caseId: number) {
  const c = await loadCase(db, caseId);
  if (!c || !(await relationToCase(db, actor, c)).canView) throw caseNotFound();
  const r = await db.execute<{ caseId: number; proposedOn: string; chosenCourtId: number; facts: Record<string, unknown>; proposal: CourtProposal }>(sql`
    select case_id as "caseId", proposed_on::text as "proposedOn", chosen_court_id as "chosenCourtId", facts, proposal
      from case_jurisdiction where case_id = ${caseId}`);
  const row = r.rows[0];
  if (!row) throw new AppError(404, 'JURISDICTION_NOT_RECORDED', '本案立案时没有记录管辖建议。', 'No jurisdiction proposal was recorded when this case was filed.');
  return { ...row, caseId: Number(row.caseId), chosenCourtId: Number(row.chosenCourtId) };
}
