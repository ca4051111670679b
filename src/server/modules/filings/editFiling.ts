// Correcting a filing after the court's one-time notice (一次性告知补正), before resubmitting it.
import { eq } from 'drizzle-orm';
import type { FilingEdit } from '../../../contracts/cases';
import { refusalUnder } from '../../../domain/errors/domainError';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import { cases } from '../../db/schema';
import { saveChallengedAct } from '../administrative/challengedActs';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { appendCaseEvent, lockCase } from '../cases/caseRecord';
import { saveComplaintElements } from '../elements/complaintElements';
import { checkFilingContent, checkFilingMaterials, claimAttachments, confirmFilersAddresses, replaceFilingParties } from './filingContent';

export async function editFiling(deps: Deps, actor: Actor, id: number, edit: FilingEdit): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const c = await lockCase(tx, id);
    if (!c) throw caseNotFound();
    const rel = await relationToCase(tx, actor, c);
    if (!rel.canView) throw caseNotFound();
    if (c.filedBy !== actor.userId) throw new AppError(403, 'FILING_NOT_YOURS', '只有提交立案申请的人可以修改材料。', 'Only the person who filed can edit the filing.');
    if (c.version !== edit.expectedVersion) {
      throw new AppError(409, 'CASE_CHANGED', '立案材料已在别处被修改，请刷新后再编辑。', 'The filing was changed elsewhere; refresh before editing.', { currentVersion: c.version });
    }
    if (c.node !== 'correctionRequested') {
      throw new AppError(409, 'FILING_NOT_EDITABLE', '只有在法院要求补正时才能修改立案材料。', 'A filing can be edited only while the court asks for corrections.');
    }
    const today = deps.clock.today();
    const now = deps.clock.now();
    // The content sits under `filing` in this request: a refusal's field path says so.
    const checked = await checkFilingContent(tx, actor, c.caseType, edit.filing, today).catch((e: unknown) => {
      throw refusalUnder(e, '/filing');
    });
    if (checked.administrativeAct) await saveChallengedAct(tx, id, checked.administrativeAct);
    await saveComplaintElements(tx, { caseId: id, causeId: checked.causeId, elements: edit.filing.elements, actor }).catch((e: unknown) => {
      throw refusalUnder(e, '/filing');
    });
    const own = await replaceFilingParties(tx, id, actor, checked.parties);
    await confirmFilersAddresses(tx, c, actor, own, edit.filing.addressConfirmation, today, now).catch((e: unknown) => {
      throw refusalUnder(e, '/filing');
    });
    await claimAttachments(tx, id, actor, edit.filing.attachmentIds);
    await checkFilingMaterials(tx, id, actor);
    await tx
      .update(cases)
      .set({ causeId: checked.causeId, amountFen: checked.amountFen, claims: checked.claims, facts: checked.facts, ...(edit.filing.mediationConsent !== undefined ? { mediationConsent: edit.filing.mediationConsent } : {}), version: c.version + 1, updatedAt: now })
      .where(eq(cases.id, id));
    await appendCaseEvent(tx, {
      caseId: id,
      event: 'editFiling',
      actorId: actor.userId,
      actorRole: rel.roles[0] ?? null,
      nodeBefore: c.node,
      nodeAfter: c.node,
      payload: { causeId: checked.causeId, parties: checked.parties.length, attachmentIds: edit.filing.attachmentIds },
      at: now,
    });
  });
}
