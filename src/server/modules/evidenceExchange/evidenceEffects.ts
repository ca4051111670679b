// The court's steps in 证据交换与质证 as case-event effects: the exchange, late evidence, findings, and the parties'
// applications to extend the 举证期限 with the court's decision. Each runs in the event's transaction.
import { sql } from 'drizzle-orm';
import type { EvidenceStatus } from '../../../domain/evidence/exchange';
import { checkExtensionApplication, checkGrantedDays } from '../../../domain/evidence/extension';
import { checkFindingAllowed, checkFindingConsistent } from '../../../domain/evidence/findings';
import { decideLateEvidence as lateDecisionStatus } from '../../../domain/evidence/lateEvidence';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { clockEnv, startPeriod } from '../clock/periodStore';
import type { EffectHandler } from '../cases/effects/effectContext';
import { latestPeriod, partyOfCase } from '../cases/effects/pleadingEffects';
import { loadEvidenceSettings } from './evidenceSettings';

/** Starts the other sides' period for written opinions on what was just released; several may run side by side. */
async function startCrossExamination(tx: Tx, c: { id: number; courtId: number }, today: string) {
  const { crossExaminationDays } = await loadEvidenceSettings(tx);
  const env = await clockEnv(tx, c.courtId, today);
  return startPeriod(tx, env, c, {
    kind: 'crossExamination',
    triggerOn: today,
    triggerFact: { 'zh-CN': '证据交换', en: 'evidence exchanged' },
    length: { length: { days: crossExaminationDays }, source: 'CPL-2023 art 71' },
    runsAlongside: true,
  });
}

async function lockItem(tx: Tx, caseId: number, itemId: number) {
  const r = await tx.execute<{ id: string; status: EvidenceStatus; party_id: string; seq: number; name: string }>(sql`
    select id, status, party_id, seq, name from evidence_items where id = ${itemId} and case_id = ${caseId} for update`);
  const item = r.rows[0];
  if (!item) throw new AppError(404, 'EVIDENCE_ITEM_NOT_FOUND', '本案没有该证据。', 'This case has no such evidence item.');
  return item;
}

// [U] rules.md §2.3 is silent on the exchange: it releases every item submitted in time and not yet exchanged.
export const exchangeEvidence: EffectHandler = async ({ tx, case: c, input, today, now }) => {
  const r = await tx.execute<{ id: string }>(sql`select id from evidence_items where case_id = ${c.id} and status = 'submitted' order by id for update`);
  const ids = r.rows.map((x) => Number(x.id));
  if (!ids.length) throw new AppError(409, 'EVIDENCE_NOTHING_TO_EXCHANGE', '没有待交换的证据（逾期证据须先决定是否采纳）。', 'There is no evidence waiting to be exchanged (late evidence must first be admitted).');
  const period = await startCrossExamination(tx, c, today);
  await tx.execute(sql`update evidence_items set status = 'exchanged', exchanged_at = ${now}, opinion_due_on = ${period.dueOn} where id = any(${sql.param(ids)}::bigint[])`);
  return { itemIds: ids, count: ids.length, opinionDueOn: period.dueOn, note: input.note?.trim() || null };
};

// CPL-2023 art 68: late evidence admitted (with or without 训诫) is exchanged at once; excluded evidence never is.
export const decideLateEvidence: EffectHandler = async ({ tx, case: c, input, actor, today, now }) => {
  const item = await lockItem(tx, c.id, input.itemId);
  const status = lateDecisionStatus(item.status, input.decision);
  const decided = { decision: input.decision, reason: input.reason, decidedAt: now.toISOString(), decidedBy: actor.userId };
  const due = status === 'exchanged' ? (await startCrossExamination(tx, c, today)).dueOn : null;
  await tx.execute(sql`
    update evidence_items set status = ${status}, late_decision = ${JSON.stringify(decided)}::jsonb,
           exchanged_at = ${status === 'exchanged' ? now : null}, opinion_due_on = ${due} where id = ${item.id}`);
  return { itemId: Number(item.id), decision: input.decision, reason: input.reason, opinionDueOn: due };
};

// [U] CPL-Interp arts 104–105 are not in rules.md: the finding may be revised while the case is open (the latest counts).
export const recordEvidenceFinding: EffectHandler = async ({ tx, case: c, input, actor, now }) => {
  const item = await lockItem(tx, c.id, input.itemId);
  checkFindingAllowed(item.status);
  const established = { authenticity: input.authenticity, legality: input.legality, relevance: input.relevance };
  checkFindingConsistent(input.verdict, established);
  const finding = { verdict: input.verdict, ...established, reasoning: input.reasoning, foundAt: now.toISOString(), foundBy: actor.userId };
  await tx.execute(sql`update evidence_items set finding = ${JSON.stringify(finding)}::jsonb where id = ${item.id}`);
  return { itemId: Number(item.id), verdict: input.verdict, ...established, reasoning: input.reasoning };
};

// CPL-Interp art 100: a written application before the 举证期限 expires; one pending application per party at a time.
export const requestEvidenceExtension: EffectHandler = async (ctx) => {
  const { tx, case: c, input, actor, today, now } = ctx;
  const party = await partyOfCase(ctx, input.partyId);
  const dueOn = checkExtensionApplication(await latestPeriod(tx, c.id, 'evidence', null), today);
  const pending = await tx.execute(sql`select 1 from evidence_extension_requests where case_id = ${c.id} and party_id = ${party.id} and status = 'pending'`);
  if (pending.rows.length) throw new AppError(409, 'EVIDENCE_EXTENSION_PENDING', '该当事人已有待决定的延期申请。', 'This party already has an extension application awaiting a decision.');
  const r = await tx.execute<{ id: string }>(sql`
    insert into evidence_extension_requests (case_id, party_id, requested_days, reason, due_on_before, requested_at, requested_by)
    values (${c.id}, ${party.id}, ${input.days}, ${input.reason}, ${dueOn}, ${now}, ${actor.userId}) returning id`);
  return { requestId: Number(r.rows[0]!.id), partyId: party.id, name: party.name, days: input.days, reason: input.reason, dueOn };
};

// CPL-Interp art 100: a granted extension moves the one case-wide evidence period, so it applies to every party.
export const decideEvidenceExtension: EffectHandler = async ({ tx, case: c, input, actor, today, now }) => {
  const r = await tx.execute<{ id: string; status: string; requested_days: number; due_on_before: string }>(sql`
    select id, status, requested_days, due_on_before::text from evidence_extension_requests where id = ${input.requestId} and case_id = ${c.id} for update`);
  const req = r.rows[0];
  if (!req) throw new AppError(404, 'EVIDENCE_EXTENSION_NOT_FOUND', '本案没有该延期申请。', 'This case has no such extension application.');
  if (req.status !== 'pending') throw new AppError(409, 'EVIDENCE_EXTENSION_DECIDED', '该延期申请已经作出决定。', 'This extension application has already been decided.');
  let days: number | null = null;
  let newDueOn: string | null = null;
  if (input.granted) {
    days = checkGrantedDays(input.days ?? Number(req.requested_days), (await loadEvidenceSettings(tx)).maxExtensionDays);
    const current = await latestPeriod(tx, c.id, 'evidence', null);
    const env = await clockEnv(tx, c.courtId, today);
    const p = await startPeriod(tx, env, c, {
      kind: 'evidence',
      triggerOn: current?.dueOn ?? req.due_on_before,
      triggerFact: { 'zh-CN': '原举证期限届满（准许延长举证期限）', en: 'end of the previous evidence period (extension granted)' },
      triggerSource: 'CPL-Interp art 100',
      length: { length: { days }, source: 'CPL-Interp art 100' },
    });
    newDueOn = p.dueOn;
  }
  await tx.execute(sql`
    update evidence_extension_requests set status = ${input.granted ? 'granted' : 'refused'}, granted_days = ${days}, new_due_on = ${newDueOn},
           decision_reason = ${input.reason}, decided_at = ${now}, decided_by = ${actor.userId} where id = ${req.id}`);
  return { requestId: Number(req.id), granted: input.granted, days, dueOnBefore: req.due_on_before, newDueOn, reason: input.reason };
};
