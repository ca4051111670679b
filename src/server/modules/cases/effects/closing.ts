// Closing (结案) and archiving (归档).
import { sql } from 'drizzle-orm';
import { fileEntry } from '../../../../domain/transparency/logEntries';
import type { Tx } from '../../../db/database';
import { AppError } from '../../../http/appError';
import { queueEntry } from '../../transparency/transparencyLog';
import { clockEnv, endPeriods, startPeriod } from '../../clock/periodStore';
import { TRIAL_LIMIT, trialLimitPeriod } from '../../clock/trialLimitStore';
import type { EffectHandler } from './effectContext';

const DOCUMENT_CATEGORY: Record<string, string> = { judgment: 'judgment', ruling: 'ruling', mediation: 'mediationAgreement' };

/** The judge's own upload, not yet in another case, joins this case's materials as the judgment, ruling or 调解书. */
async function fileClosingDocument(tx: Tx, caseId: number, by: number, documentId: number, method: string): Promise<number> {
  const r = await tx.execute<{ id: string; case_id: string; sha256: string; size_bytes: string; created_at: Date }>(sql`
    update attachments set case_id = ${caseId}, category = ${DOCUMENT_CATEGORY[method] ?? 'other'}
     where id = ${documentId} and uploaded_by = ${by} and (case_id is null or case_id = ${caseId})
     returning id, case_id, sha256, size_bytes, created_at`);
  const a = r.rows[0];
  if (!a) throw new AppError(422, 'CLOSING_DOCUMENT_INVALID', '结案文书须是您本人刚上传的文件。', 'The closing document must be a file you uploaded yourself.');
  await queueEntry(tx, 'caseFile', Number(a.id), fileEntry({ id: Number(a.id), caseId, sha256: a.sha256, sizeBytes: Number(a.size_bytes), createdAt: new Date(a.created_at) }));
  return Number(a.id);
}

// TL-2000 art 10: the closing date is that of pronouncement or of service of the mediation document on the last party.
export const recordClosing: EffectHandler = async ({ tx, case: c, input, actor, today, updateCase }) => {
  const documentId = input.documentId === undefined ? null : await fileClosingDocument(tx, c.id, actor.userId, input.documentId, input.method);
  await updateCase({ closingMethod: input.method, rulingKind: input.rulingKind ?? null, closedOn: input.closedOn, closingSummary: input.summary ?? null });
  const limit = await trialLimitPeriod(tx, c.id);
  const withinLimit = !limit?.dueOn || input.closedOn <= limit.dueOn;
  await endPeriods(tx, c.id, [TRIAL_LIMIT], input.closedOn, withinLimit ? 'closedWithinLimit' : 'closedAfterLimit');
  await endPeriods(tx, c.id, ['serveComplaint', 'evidence', 'crossExamination'], today, 'caseClosed', 'cancelled');
  let judgmentWritingDueOn: string | null = null;
  if (input.method === 'judgment' && input.oralPronouncement) {
    const env = await clockEnv(tx, c.courtId, today);
    const p = await startPeriod(tx, env, c, { kind: 'judgmentWriting', triggerOn: input.closedOn, triggerFact: { 'zh-CN': '当庭宣判', en: 'judgment pronounced in court' }, triggerSource: 'CPL-2023 art 151' });
    judgmentWritingDueOn = p.dueOn;
  }
  return { method: input.method, rulingKind: input.rulingKind ?? null, closedOn: input.closedOn, summary: input.summary ?? null, documentId, withinTrialLimit: withinLimit, trialLimitDueOn: limit?.dueOn ?? null, judgmentWritingDueOn };
};

export const recordArchiving: EffectHandler = async ({ today, input, updateCase }) => {
  await updateCase({ archivedOn: today });
  return { archivedOn: today, note: input.note ?? null };
};
