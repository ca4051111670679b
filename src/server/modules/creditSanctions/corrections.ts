// 纠正申请 (DISHONEST arts 11–12 [S]): the listed person applies to the executing court, which reviews within 15 days and,
// if justified, corrects within 3 working days; a rejection may go to the higher court for reconsideration within 10
// days, decided within 15 — each a period on the case's clock. Meanwhile the listing stands (no suspension).
import { sql } from 'drizzle-orm';
import type { Actor } from '../../access/actor';
import { relationToCase } from '../../access/casePolicy';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { lockCase, type CaseRow } from '../cases/caseRecord';
import { claimAttachments } from '../filings/filingContent';
import { clockEnv, startPeriod, type NewPeriod } from '../clock/periodStore';
import { endPartyPeriod, lockExecutionCase, notifyOfficer, requireOfficer, timeline, type Clock } from './creditCase';
import { deleteListing } from './deletion';

const notFound = () => new AppError(404, 'CORRECTION_NOT_FOUND', '纠正申请不存在。', 'No such correction application.');

const PERIODS = {
  review: { kind: 'dishonestCorrectionReview', zh: '收到纠正申请', en: 'correction application received' },
  correct: { kind: 'dishonestCorrection', zh: '纠正申请成立', en: 'application found justified' },
  apply: { kind: 'dishonestReconsiderationApplication', zh: '驳回纠正申请', en: 'application rejected' },
  decide: { kind: 'dishonestReconsiderationDecision', zh: '收到复议申请', en: 'reconsideration received' },
} as const;

async function start(tx: Tx, c: CaseRow, partyId: number, which: keyof typeof PERIODS, today: string) {
  const p = PERIODS[which];
  const np: NewPeriod = { kind: p.kind, partyId, triggerOn: today, triggerFact: { 'zh-CN': p.zh, en: p.en } };
  return startPeriod(tx, await clockEnv(tx, c.courtId, today), c, np);
}
const end = endPartyPeriod;

/** The listed person (or their agent) applies; 404 for anyone else, as for a case one may not see. */
export async function applyForCorrection(tx: Tx, actor: Actor, listingId: number, reason: string, clock: Clock, attachmentIds: number[] = []): Promise<number> {
  const r = await tx.execute<{ case_id: string; party_id: string; status: string }>(sql`select case_id, party_id, status from dishonest_listings where id = ${listingId}`);
  const l = r.rows[0];
  const c = l ? await lockCase(tx, Number(l.case_id)) : undefined;
  if (!l || !c || !(await relationToCase(tx, actor, c)).partyIds.includes(Number(l.party_id))) throw new AppError(404, 'LISTING_NOT_FOUND', '失信名单记录不存在。', 'No such listing.');
  if (l.status !== 'listed' && l.status !== 'forewarned') throw new AppError(409, 'LISTING_NOT_OPEN', '该记录不在失信名单中（未签发或已删除）。', 'This entry is not on the list (not signed, or already deleted).');
  const open = await tx.execute(sql`select 1 from dishonest_corrections where listing_id = ${listingId} and status in ('pending', 'justified', 'reconsidering')`);
  if (open.rows.length) throw new AppError(409, 'CORRECTION_PENDING', '已有正在处理的纠正申请。', 'A correction application is already being handled.');
  const ins = await tx.execute<{ id: string }>(sql`
    insert into dishonest_corrections (listing_id, reason, applied_by, applied_on, status) values (${listingId}, ${reason.trim()}, ${actor.userId}, ${clock.today}::date, 'pending') returning id`);
  const id = Number(ins.rows[0]!.id);
  await claimAttachments(tx, c.id, actor, attachmentIds, { category: 'other' });
  const p = await start(tx, c, Number(l.party_id), 'review', clock.today);
  await timeline(tx, c, 'applyDishonestCorrection', actor, 'party', { correctionId: id, listingId, reason: reason.trim(), reviewDueOn: p.dueOn, ...(attachmentIds.length ? { attachmentIds } : {}) }, clock.now);
  await notifyOfficer(tx, c, `correction:${id}`, { 'zh-CN': '收到失信纠正申请', en: 'A correction application was received' }, { 'zh-CN': `应于${p.dueOn}前审查`, en: `Review by ${p.dueOn}` });
  return id;
}

async function lockedCorrection(tx: Tx, actor: Actor, id: number) {
  const r = await tx.execute<{ case_id: string; court_id: number }>(sql`select l.case_id, l.court_id from dishonest_corrections k join dishonest_listings l on l.id = k.listing_id where k.id = ${id}`);
  if (!r.rows[0] || r.rows[0].court_id !== actor.courtId) throw notFound();
  const c = await lockExecutionCase(tx, actor, Number(r.rows[0].case_id));
  const row = (await tx.execute<{ status: string; listing_id: string; party_id: string }>(sql`
    select k.status, k.listing_id, l.party_id from dishonest_corrections k join dishonest_listings l on l.id = k.listing_id where k.id = ${id} for update of k`)).rows[0]!;
  return { c, row, partyId: Number(row.party_id) };
}

const wrongStep = (status: string) => new AppError(409, 'CORRECTION_WRONG_STEP', '纠正申请当前状态不允许此操作。', 'The application is not at that step.', { status });

/** The officer's review (DISHONEST art 11): justified → correct within 3 working days; rejected → reconsideration may follow. */
export async function decideCorrection(tx: Tx, actor: Actor, id: number, d: { justified: boolean; note: string | null }, clock: Clock): Promise<void> {
  const { c, row, partyId } = await lockedCorrection(tx, actor, id);
  requireOfficer(c, actor);
  if (row.status !== 'pending') throw wrongStep(row.status);
  await end(tx, c.id, partyId, 'dishonestCorrectionReview', clock.today, 'decided');
  const status = d.justified ? 'justified' : 'rejected';
  const p = await start(tx, c, partyId, d.justified ? 'correct' : 'apply', clock.today);
  await tx.execute(sql`update dishonest_corrections set status = ${status}, decided_on = ${clock.today}::date, decision_note = ${d.note} where id = ${id}`);
  await timeline(tx, c, 'decideDishonestCorrection', actor, 'judge', { correctionId: id, status, note: d.note, dueOn: p.dueOn }, clock.now);
}

/** The correction made: the entry deleted as listed in error (DISHONEST art 11), off the public page at once. */
export async function completeCorrection(tx: Tx, actor: Actor, id: number, clock: Clock): Promise<void> {
  const { c, row, partyId } = await lockedCorrection(tx, actor, id);
  requireOfficer(c, actor);
  if (row.status !== 'justified') throw wrongStep(row.status);
  await deleteListing(tx, actor, Number(row.listing_id), 'corrected', clock.today, clock);
  await end(tx, c.id, partyId, 'dishonestCorrection', clock.today, 'corrected');
  await tx.execute(sql`update dishonest_corrections set status = 'corrected', corrected_on = ${clock.today}::date where id = ${id}`);
  await timeline(tx, c, 'correctDishonestListing', actor, 'judge', { correctionId: id, listingId: Number(row.listing_id) }, clock.now);
}

/** The listed person asks the higher court to reconsider within 10 days (DISHONEST art 12); late → refused. */
export async function applyForReconsideration(tx: Tx, actor: Actor, id: number, reason: string, clock: Clock): Promise<void> {
  const r = await tx.execute<{ case_id: string; party_id: string }>(sql`select l.case_id, l.party_id from dishonest_corrections k join dishonest_listings l on l.id = k.listing_id where k.id = ${id}`);
  const c = r.rows[0] ? await lockCase(tx, Number(r.rows[0].case_id)) : undefined;
  const partyId = Number(r.rows[0]?.party_id);
  if (!c || !(await relationToCase(tx, actor, c)).partyIds.includes(partyId)) throw notFound();
  const k = (await tx.execute<{ status: string }>(sql`select status from dishonest_corrections where id = ${id} for update`)).rows[0]!;
  if (k.status !== 'rejected') throw wrongStep(k.status);
  const period = await tx.execute<{ due_on: string }>(sql`select due_on::text as due_on from case_periods where case_id = ${c.id} and kind = 'dishonestReconsiderationApplication' and party_id = ${partyId} and status = 'running'`);
  const dueOn = period.rows[0]?.due_on;
  if (!dueOn || clock.today > dueOn) throw new AppError(422, 'RECONSIDERATION_LATE', `申请复议的期限（10日）已于${dueOn ?? ''}届满。`, `The 10 days to apply for reconsideration ended on ${dueOn ?? ''}.`, { dueOn: dueOn ?? null });
  await end(tx, c.id, partyId, 'dishonestReconsiderationApplication', clock.today, 'applied');
  const p = await start(tx, c, partyId, 'decide', clock.today);
  await tx.execute(sql`update dishonest_corrections set status = 'reconsidering', reconsideration_on = ${clock.today}::date, reconsideration_reason = ${reason.trim()} where id = ${id}`);
  await timeline(tx, c, 'applyDishonestReconsideration', actor, 'party', { correctionId: id, reason: reason.trim(), decisionDueOn: p.dueOn }, clock.now);
}

/** The officer records the higher court's decision: upheld → the correction is due within 3 working days. */
export async function recordReconsiderationDecision(tx: Tx, actor: Actor, id: number, d: { upheld: boolean; note: string | null }, clock: Clock): Promise<void> {
  const { c, row, partyId } = await lockedCorrection(tx, actor, id);
  requireOfficer(c, actor);
  if (row.status !== 'reconsidering') throw wrongStep(row.status);
  await end(tx, c.id, partyId, 'dishonestReconsiderationDecision', clock.today, 'decided');
  const status = d.upheld ? 'justified' : 'reconsiderationDismissed';
  if (d.upheld) await start(tx, c, partyId, 'correct', clock.today);
  await tx.execute(sql`update dishonest_corrections set status = ${status}, reconsideration_decided_on = ${clock.today}::date, decision_note = coalesce(${d.note}, decision_note) where id = ${id}`);
  await timeline(tx, c, 'recordDishonestReconsideration', actor, 'judge', { correctionId: id, upheld: d.upheld, note: d.note }, clock.now);
}

