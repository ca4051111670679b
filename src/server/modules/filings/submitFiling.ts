// 网上立案: a party or lawyer submits a complaint; it enters the chosen court's review queue.
import { sql } from 'drizzle-orm';
import type { FilingInput } from '../../../contracts/cases';
import { caseTypeOf } from '../../../domain/casetypes/registry';
import { startFilingReview } from '../clock/filingReview';
import { saveChallengedAct } from '../administrative/challengedActs';
import type { Actor } from '../../access/actor';
import { executePrepared } from '../../db/database';
import { cases } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { appendCaseEvent, updateCaseRow, type CaseRow } from '../cases/caseRecord';
import type { JurisdictionWarning } from '../../../contracts/jurisdiction';
import { hasProposal, recordFilingProposal } from '../jurisdiction/filingProposal';
import { saveComplaintElements } from '../elements/complaintElements';
import { checkFilingContent, checkFilingMaterials, claimAttachments, confirmFilersAddresses, insertFilingParties } from './filingContent';

/** Returns the new case's row as the filing left it, and the warnings about the chosen court's jurisdiction. */
export async function submitFiling(deps: Deps, actor: Actor, f: FilingInput): Promise<{ row: CaseRow; jurisdictionWarnings: JurisdictionWarning[] }> {
  const type = caseTypeOf(f.caseType);
  return deps.db.transaction(async (tx) => {
    const court = await executePrepared<{ id: number; level: string }>(tx, 'filing_court', sql`select id, level from courts where id = ${f.courtId} and is_active`);
    const ct = court.rows[0];
    if (!ct || ct.level === 'supreme') {
      throw new AppError(422, 'COURT_UNKNOWN', '所选法院不存在或不受理网上立案，请重新选择受诉法院。', 'The chosen court does not exist or does not take online filings; choose another.');
    }
    const today = deps.clock.today();
    const now = deps.clock.now();
    const checked = await checkFilingContent(tx, actor, type.code, f, today);
    const inserted = await tx
      .insert(cases)
      .values({
        caseType: type.code,
        courtId: ct.id,
        node: type.initial,
        causeId: checked.causeId,
        amountFen: checked.amountFen,
        claims: checked.claims,
        facts: checked.facts,
        mediationConsent: f.mediationConsent ?? null,
        filedBy: actor.userId,
        filedAt: now,
        receivedOn: today,
        nodeEnteredAt: now,
      })
      .returning();
    let row = inserted[0]!;
    const id = row.id;
    // A new dispute is its own chain; set with the review dates in one update.
    await startFilingReview(tx, { id, courtId: ct.id, caseType: type.code }, today, {
      writeCase: async (patch) => {
        await updateCaseRow(tx, id, { ...patch, chainId: id });
        row = { ...row, ...patch, chainId: id };
      },
    });
    if (checked.administrativeAct) await saveChallengedAct(tx, id, checked.administrativeAct);
    await saveComplaintElements(tx, { caseId: id, causeId: checked.causeId, elements: f.elements, actor });
    const own = await insertFilingParties(tx, id, actor, checked.parties);
    await claimAttachments(tx, id, actor, f.attachmentIds);
    await checkFilingMaterials(tx, id, actor);
    await appendCaseEvent(tx, {
      caseId: id,
      event: 'submit',
      actorId: actor.userId,
      actorRole: actor.roles.includes('lawyer') ? 'lawyer' : 'party',
      nodeBefore: null,
      nodeAfter: type.initial,
      payload: { courtId: ct.id, causeId: checked.causeId, ...(f.elements ? { elementSchema: f.elements.schema } : {}), ...(checked.administrativeAct ? { administrativeAct: checked.administrativeAct } : {}), mediationConsent: f.mediationConsent ?? null, amountFen: checked.amountFen?.toString() ?? null, parties: checked.parties.length, attachmentIds: f.attachmentIds },
      at: now,
    });
    await confirmFilersAddresses(tx, { id, node: type.initial }, actor, own, f.addressConfirmation, today, now);
    // FILING art 2: received whatever the proposal says; the warning is shown, the proposal kept with the case.
    // A civil cause decides the proposal; an administrative complaint has none (ALL art 18 is not modelled).
    const jurisdictionWarnings = !hasProposal(f.caseType, checked.causeId) ? [] : await recordFilingProposal(tx, { caseId: id, courtId: ct.id, caseType: f.caseType, causeId: checked.causeId, amountFen: checked.amountFen, places: f.jurisdiction, hasForeignParty: checked.parties.some((p) => p.hasForeignDomicile), today });
    return { row, jurisdictionWarnings };
  });
}
