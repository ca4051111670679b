// 移送管辖 (CPL-2023 art 37; ALL art 22), 提级 / 下放 (CPL-2023 art 39; ALL art 24) and 指定管辖 (CPL-2023 art 38; ALL
// art 23): the case closes here with the result 移送 and a linked case of the same type opens in the receiving court's
// filing queue — same chain, the parties with their agents, the claims, the challenged act and the materials carried
// over — where its filing clerk registers it under a number of that court. The history stays here, linked both ways.
import { sql } from 'drizzle-orm';
import { fileEntry } from '../../../domain/transparency/logEntries';
import { TRANSFER_CLOSING_METHOD } from '../../../domain/jurisdiction/transferEvents';
import { checkCourtMove, moveLabel, type CourtInHierarchy, type CourtMove } from '../../../domain/jurisdiction/courtMoves';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { startFilingReview } from '../clock/filingReview';
import { endPeriods } from '../clock/periodStore';
import { TRIAL_LIMIT } from '../clock/trialLimitStore';
import { appendCaseEvent, newCaseRow } from '../cases/caseRecord';
import type { EffectHandler } from '../cases/effects/effectContext';
import { copyPartiesWithAgents } from '../cases/linkedCaseParties';
import { queueEntry } from '../transparency/transparencyLog';

// TL-2000 art 6 (rules.md §2.2): 立案 within 3 days of receiving the file of a case whose jurisdiction changed.
const CHANGED_JURISDICTION_REVIEW = { days: 3, source: 'TL-2000 art 6' };

/** The move the event makes (the effect is shared by the three events). */
function moveOf(event: string, input: { direction?: 'up' | 'down'; designatingCourtId?: number; ground?: 'cannotExercise' | 'dispute' | 'transferredNotCompetent' }): CourtMove {
  if (event === 'elevateJurisdiction') return { kind: 'elevate', direction: input.direction ?? 'up' };
  if (event === 'designateJurisdiction') return { kind: 'designate', designatingCourtId: input.designatingCourtId ?? 0, ground: input.ground ?? 'cannotExercise' };
  return { kind: 'transfer' };
}

async function inHierarchy(tx: Tx, id: number): Promise<CourtInHierarchy> {
  const r = await tx.execute<{ id: number }>(sql`
    with recursive up as (select parent_id as id from courts where id = ${id} union select c.parent_id from courts c join up on c.id = up.id where c.parent_id is not null)
    select id from up where id is not null`);
  return { id, ancestorIds: r.rows.map((x) => Number(x.id)) };
}

export const transferJurisdiction: EffectHandler = async ({ tx, case: c, event, input, actor, actorRole, today, now, updateCase }) => {
  const court = await tx.execute<{ id: number; name: string; level: string }>(sql`
    select id, name, level from courts where id = ${input.receivingCourtId} and is_active and level <> 'supreme'`);
  const to = court.rows[0];
  if (!to) throw new AppError(422, 'TRANSFER_COURT_UNKNOWN', '受移送法院不存在或已停用，请重新选择。', 'The receiving court does not exist or is inactive; choose another.', { field: '/receivingCourtId' });
  if (Number(to.id) === c.courtId) throw new AppError(422, 'TRANSFER_TO_SELF', '不能移送给本院。', 'A court cannot transfer a case to itself.', { field: '/receivingCourtId' });
  const move = moveOf(event, input);
  checkCourtMove(move, await inHierarchy(tx, c.courtId), await inHierarchy(tx, Number(to.id)));
  const told = moveLabel(move, to.name);

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
  // 行初: the challenged act goes with the complaint (its lawsuit-deadline check stays that of the first filing).
  await tx.execute(sql`
    insert into challenged_acts (case_id, name, document_number, act_on, known_on, act_type, concerns_real_estate, duty_applied_on, duty_period_days, is_emergency, reconsideration_decision_on, reconsideration_received_on, deadline_due_on, is_filed_late)
    select ${row.id}, name, document_number, act_on, known_on, act_type, concerns_real_estate, duty_applied_on, duty_period_days, is_emergency, reconsideration_decision_on, reconsideration_received_on, deadline_due_on, is_filed_late
      from challenged_acts where case_id = ${c.id}`);
  // TL-2000 art 6: the receiving court registers a case whose jurisdiction changed within 3 days of receiving the file.
  await startFilingReview(tx, { id: row.id, courtId: Number(to.id), caseType: row.caseType }, today, { trigger: { fact: { 'zh-CN': '收到移送的案件材料', en: 'transferred case file received' }, source: 'TL-2000 art 6' }, rule: CHANGED_JURISDICTION_REVIEW });
  await appendCaseEvent(tx, {
    caseId: row.id,
    event: 'receiveTransfer',
    actorId: actor.userId,
    actorRole,
    nodeBefore: null,
    nodeAfter: 'submitted',
    payload: { move: move.kind, ...(move.kind === 'transfer' ? {} : { decisionNumber: input.decisionNumber, told: told['zh-CN'] }), transferredFromCaseId: c.id, transferredFromCaseNumber: c.caseNumber, transferredFromCourtId: c.courtId, reason: input.reason, attachments: copied.rows.length },
    at: now,
  });

  // This case closes with the result 移送: its 审限 ends, every other running period is cancelled.
  await updateCase({ closingMethod: TRANSFER_CLOSING_METHOD, rulingKind: null, closedOn: today, closingSummary: `${told['zh-CN']}：${input.reason}${input.decisionNumber ? `（${input.decisionNumber}）` : ''}` });
  await endPeriods(tx, c.id, [TRIAL_LIMIT], today, 'transferred');
  const running = await tx.execute<{ kind: string }>(sql`select distinct kind from case_periods where case_id = ${c.id} and status = 'running'`);
  await endPeriods(tx, c.id, running.rows.map((r) => r.kind), today, 'transferred', 'cancelled');
  return { move: move.kind, receivingCourtId: Number(to.id), receivingCourtName: to.name, transferredCaseId: row.id, closedOn: today, reason: input.reason };
};
