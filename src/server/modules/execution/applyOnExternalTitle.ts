// 申请执行 on an uploaded title that is not a case of ours (CPL-2023 arts 235, 248, 249): an arbitral award, a notarised
// debt instrument with its 执行证书, another court's judgment or 调解书. A party or lawyer applies online, or the filing
// clerk records a paper application; the title is uploaded with its data; the applicant chooses the court (the law's
// court is noted for the clerk, [U] a warning). The amounts, period and fee are those of any application.
import { sql } from 'drizzle-orm';
import type { ExternalExecutionApplication } from '../../../contracts/execution';
import { checkExternalTitle, type CourtLevel } from '../../../domain/execution';
import { validateFilingParties, type FilingParty } from '../../../domain/filing/validateFiling';
import { yuanToFen } from '../../../domain/money/yuan';
import { hasRole, type Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { executionExternalTitles } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import type { CaseRow } from '../cases/caseRecord';
import { claimAttachments, insertFilingParties } from '../filings/filingContent';
import { computeApplication, openExecutionCase, recordApplication } from './executionOpening';

const TITLE_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** The uploaded title (and certificate): the caller's own upload, not yet in a case, a PDF or an image. */
async function checkTitleFile(tx: Tx, actor: Actor, id: number, field: string): Promise<void> {
  const r = await tx.execute<{ mime_type: string }>(sql`select mime_type from attachments where id = ${id} and uploaded_by = ${actor.userId} and case_id is null`);
  const f = r.rows[0];
  if (!f || !TITLE_FILE_TYPES.includes(f.mime_type)) {
    throw new AppError(422, 'EXECUTION_TITLE_FILE_INVALID', '请上传执行依据文书（PDF或图片），且须是您本人刚上传、尚未用于其他案件的文件。', 'Upload the title (PDF or image): a file you uploaded yourself, not yet in a case.', { field });
  }
}

export async function applyOnExternalTitle(deps: Deps, actor: Actor, a: ExternalExecutionApplication): Promise<CaseRow> {
  return deps.db.transaction(async (tx) => {
    const today = deps.clock.today();
    const now = deps.clock.now();
    const isClerk = hasRole(actor, 'filingClerk') && actor.courtId !== null;
    await checkTitleFile(tx, actor, a.title.documentId, 'title.documentId');
    if (a.title.certificateId !== undefined) await checkTitleFile(tx, actor, a.title.certificateId, 'title.certificateId');
    // The filing clerk records applications made at their own court.
    if (isClerk && a.courtId !== actor.courtId) throw new AppError(422, 'EXECUTION_COURT_INVALID', '立案人员只能登记向本院提出的执行申请。', 'A filing clerk records applications made to their own court only.', { field: 'courtId' });
    const court = await tx.execute<{ level: CourtLevel }>(sql`select level from courts where id = ${a.courtId}`);
    if (!court.rows[0]) throw new AppError(422, 'EXECUTION_COURT_INVALID', '所选法院不存在，请重新选择。', 'The court chosen does not exist; choose again.', { field: 'courtId' });

    const check = checkExternalTitle({ ...a.title, hasCertificateFile: a.title.certificateId !== undefined }, court.rows[0].level, today);

    // The applicants stand where a plaintiff would (the filer marks themself or their clients among them), the debtors
    // where a defendant would: the filing's own checks of identity numbers and of the filer's marks apply.
    const filerId = await tx.execute<{ id_number: string | null }>(sql`select id_number from users where id = ${actor.userId}`);
    const filer = isClerk ? null : { role: hasRole(actor, 'lawyer') ? ('lawyer' as const) : ('party' as const), idNumber: filerId.rows[0]?.id_number ?? null };
    const checked = validateFilingParties([...a.applicants.map((p) => ({ ...p, standing: 'plaintiff' as const })), ...a.debtors.map((p) => ({ ...p, standing: 'defendant' as const }))] as FilingParty[], filer, today);

    const deadlines = [...a.title.performanceDeadlines].sort();
    const computed = await computeApplication(tx, { today, courtId: a.courtId, amounts: a, effectiveOn: a.title.effectiveOn, defaultDueOn: deadlines.length === 1 ? deadlines[0]! : a.title.effectiveOn, deadlines });
    const row = await openExecutionCase(tx, { courtId: a.courtId, today, now, actor, causeId: null, originCaseId: null, chainId: null, computed, assetClues: a.assetClues });
    const execParties = checked.map((p) => ({ ...p, standing: (p.standing === 'plaintiff' ? 'executionApplicant' : 'executionDebtor') as FilingParty['standing'] }));
    await insertFilingParties(tx, row.id, actor, execParties);
    await claimAttachments(tx, row.id, actor, [a.title.documentId], { category: 'executionTitle' });
    if (a.title.certificateId !== undefined) await claimAttachments(tx, row.id, actor, [a.title.certificateId], { category: 'enforcementCertificate' });
    await claimAttachments(tx, row.id, actor, a.attachmentIds);
    await recordApplication(tx, row, {
      actor,
      actorRole: isClerk ? 'filingClerk' : hasRole(actor, 'lawyer') ? 'lawyer' : 'party',
      now,
      titleCaseId: null,
      effect: { effectiveOn: a.title.effectiveOn, basis: check.basis, note: check.note },
      computed,
      assetClues: a.assetClues,
      payload: { externalTitle: { kind: a.title.kind, issuer: a.title.issuer, documentNumber: a.title.documentNumber }, jurisdictionWarning: check.jurisdictionWarning, attachmentIds: a.attachmentIds },
    });
    await tx.insert(executionExternalTitles).values({
      caseId: row.id,
      kind: a.title.kind,
      issuer: a.title.issuer.trim(),
      documentNumber: a.title.documentNumber.trim(),
      effectiveOn: a.title.effectiveOn,
      performanceDeadlines: deadlines,
      titleAmountFen: a.title.amount !== undefined ? yuanToFen(a.title.amount) : null,
      certificateNumber: a.title.certificateNumber ?? null,
      documentId: a.title.documentId,
      certificateId: a.title.certificateId ?? null,
      jurisdictionWarning: check.jurisdictionWarning,
    });
    return row;
  });
}
