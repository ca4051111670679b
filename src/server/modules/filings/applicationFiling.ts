// An application filed online (财保, 民督): its applicant and respondent are the filing's plaintiff and defendant under
// the names the procedure gives them; parties, materials and the submission are recorded as for a complaint.
import type { FilingParty } from '../../../domain/filing/validateFiling';
import { hasRole, type Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { appendCaseEvent, type CaseRow } from '../cases/caseRecord';
import { claimAttachments, insertFilingParties } from './filingContent';

const APPLICATION_STANDING: Readonly<Record<string, string>> = { plaintiff: 'applicant', defendant: 'respondent' };

/** Inserts the parties (as applicant and respondent) and claims the uploaded materials for the new case. */
export async function insertApplicationParties(tx: Tx, caseId: number, actor: Actor, parties: readonly FilingParty[], attachmentIds: number[]): Promise<void> {
  await insertFilingParties(tx, caseId, actor, parties.map((p) => ({ ...p, standing: (APPLICATION_STANDING[p.standing] ?? p.standing) as FilingParty['standing'] })));
  await claimAttachments(tx, caseId, actor, attachmentIds);
}

/** The application's `submit` event on the new case's timeline, by the party or the lawyer who filed it. */
export async function appendApplicationSubmitted(tx: Tx, row: CaseRow, actor: Actor, payload: Record<string, unknown>, at: Date): Promise<void> {
  await appendCaseEvent(tx, { caseId: row.id, event: 'submit', actorId: actor.userId, actorRole: hasRole(actor, 'lawyer') ? 'lawyer' : 'party', nodeBefore: null, nodeAfter: row.node, payload, at });
}
