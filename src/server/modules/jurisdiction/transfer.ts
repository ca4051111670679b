// 移送管辖 (CPL-2023 art 37): the case closes here with the result 移送 and a linked 民初 opens in the receiving court's
// filing queue — same chain, the parties with their agents, the claims and the materials carried over — where its
// filing clerk registers it under a number of that court. The history stays on this case, linked both ways.
import { sql } from 'drizzle-orm';
import { fileEntry } from '../../../domain/transparency/logEntries';
import { TRANSFER_CLOSING_METHOD } from '../../../domain/jurisdiction/transferEvents';
import { AppError } from '../../http/appError';
import { startFilingReview } from '../clock/filingReview';
import { endPeriods } from '../clock/periodStore';
import { TRIAL_LIMIT } from '../clock/trialLimitStore';
import { appendCaseEvent, newCaseRow } from '../cases/caseRecord';
import type { EffectHandler } from '../cases/effects/effectContext';
import { copyPartiesWithAgents } from '../cases/linkedCaseParties';
import { queueEntry } from '../transparency/transparencyLog';

export const transferJurisdiction: EffectHandler = async ({ tx, case: c, input, actor, actorRole, today, now, updateCase }) => {
  const court = await tx.execute<{ id: number; name: string; level: string }>(sql`
    select id, name, level from courts where id = ${input.receivingCourtId} and is_active and level <> 'supreme'`);
  const to = court.rows[0];
  if (!to) throw new AppError(422, 'TRANSFER_COURT_UNKNOWN', '受移送法院不存在或已停用，请重新选择。', 'The receiving court does not exist or is inactive; choose another.', { field: '/receivingCourtId' });
  if (Number(to.id) === c.courtId) throw new AppError(422, 'TRANSFER_TO_SELF', '不能移送给本院。', 'A court cannot transfer a case to itself.', { field: '/receivingCourtId' });

  const row = await newCaseRow(tx, {
    caseType: c.caseType,
    courtId: to.id,
    node: 'submitted',
    causeId: c.causeId,
    amountFen: c.amountFen,
    claims: c.claims,
    facts: c.facts,
    mediationConsent: c.mediationConsent,
    // The filer stays the filer: the plaintiff's side keeps its rights over the complaint at the receiving court.
    filedBy: c.filedBy,
    filedAt: now,
    receivedOn: today,
    originCaseId: c.id,
    chainId: c.chainId ?? c.id,
    nodeEnteredAt: now,
  });
  await copyPartiesWithAgents(tx, c.id, row.id, { linkOrigin: true });
  // The materials go with the case (the same stored files, each now also on the new case's file list).
  const copied = await tx.execute<{ id: string; sha256: string; size_bytes: string; created_at: Date }>(sql`
    insert into attachments (case_id, uploaded_by, file_name, mime_type, size_bytes, sha256, storage_key, category)
    select ${row.id}, uploaded_by, file_name, mime_type, size_bytes, sha256, storage_key, category from attachments where case_id = ${c.id} order by id
    returning id, sha256, size_bytes, created_at`);
  for (const a of copied.rows) await queueEntry(tx, 'caseFile', Number(a.id), fileEntry({ id: Number(a.id), caseId: row.id, sha256: a.sha256, sizeBytes: Number(a.size_bytes), createdAt: new Date(a.created_at) }));
  // TL-2000 art 6 gives the receiving court 3 days to register a transferred case; the review period here is the
  // ordinary one (its length for transfers is left to configure, see docs/case-types.md).
  await startFilingReview(tx, { id: row.id, courtId: Number(to.id), caseType: row.caseType }, today, { trigger: { fact: { 'zh-CN': '收到移送的案件材料', en: 'transferred case file received' }, source: 'TL-2000 art 6' } });
  await appendCaseEvent(tx, {
    caseId: row.id,
    event: 'receiveTransfer',
    actorId: actor.userId,
    actorRole,
    nodeBefore: null,
    nodeAfter: 'submitted',
    payload: { transferredFromCaseId: c.id, transferredFromCaseNumber: c.caseNumber, transferredFromCourtId: c.courtId, reason: input.reason, attachments: copied.rows.length },
    at: now,
  });

  // This case closes with the result 移送: its 审限 ends, every other running period is cancelled.
  await updateCase({ closingMethod: TRANSFER_CLOSING_METHOD, rulingKind: null, closedOn: today, closingSummary: `移送${to.name}：${input.reason}` });
  await endPeriods(tx, c.id, [TRIAL_LIMIT], today, 'transferred');
  const running = await tx.execute<{ kind: string }>(sql`select distinct kind from case_periods where case_id = ${c.id} and status = 'running'`);
  await endPeriods(tx, c.id, running.rows.map((r) => r.kind), today, 'transferred', 'cancelled');
  return { receivingCourtId: Number(to.id), receivingCourtName: to.name, transferredCaseId: row.id, closedOn: today, reason: input.reason };
};
