// The parties' own filings on a registered case: the defence within the 答辩期, evidence lists, supplementary
// materials and a counterclaim with its fee. The domain decides timeliness and the fee; these record it.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { counterclaimFeeRequest } from '../../../../domain/courtFees/acceptanceFee';
import { calculateFee } from '../../../../domain/courtFees/calculateFee';
import { refuse } from '../../../../domain/errors/domainError';
import { checkRequiredMaterials, type MaterialCategory } from '../../../../domain/filing/materials';
import { yuanToFen } from '../../../../domain/money/yuan';
import { fenFromText } from '../../../../domain/payments/moneyText';
import { defenceTiming, evidenceTiming, type PeriodState } from '../../../../domain/pleadings/timeliness';
import { attachments, caseParties } from '../../../db/schema';
import type { Queryable } from '../../../db/database';
import { clockEnv, startPeriod } from '../../clock/periodStore';
import { claimAttachments } from '../../filings/filingContent';
import { insertEvidenceItems, type SubmittedItem } from '../../evidenceExchange/evidenceItems';
import { issueChargeNotice } from '../../payments/caseFees';
import { loadFeeScheduleSettings } from '../../payments/feeSettings';
import type { EffectContext, EffectHandler } from './effectContext';

export async function partyOfCase(ctx: EffectContext, partyId: number, standings?: readonly string[]) {
  const rows = await ctx.tx.select().from(caseParties).where(and(eq(caseParties.caseId, ctx.case.id), eq(caseParties.id, partyId)));
  const p = rows[0];
  if (!p) refuse('PARTY_UNKNOWN', 'invalid', '该当事人不是本案当事人。', 'This person is not a party to the case.');
  if (standings && !standings.includes(p.standing)) {
    refuse('PARTY_STANDING_NOT_ALLOWED', 'invalid', `“${p.name}”在本案中的诉讼地位不能提交该材料（答辩、反诉由被告提出）。`, `"${p.name}" cannot file this in the case's standing (the defence and a counterclaim are the defendant's).`);
  }
  return p;
}

/** Attaches the actor's uploads to the case and checks that the required kinds are among them. */
export async function attachMaterials(ctx: EffectContext, ids: readonly number[], required: readonly MaterialCategory[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  await claimAttachments(ctx.tx, ctx.case.id, ctx.actor, unique);
  if (required.length) {
    const rows = unique.length ? await ctx.tx.select({ category: attachments.category }).from(attachments).where(inArray(attachments.id, unique)) : [];
    checkRequiredMaterials(required, rows.map((r) => r.category), 'MATERIAL_MISSING');
  }
  return unique;
}

/** The latest period of a kind: the party's own, or the case's (party_id null) when the kind runs for everyone. */
export async function latestPeriod(tx: Queryable, caseId: number, kind: string, partyId: number | null): Promise<PeriodState | undefined> {
  const r = await tx.execute<{ due_on: string | null; status: PeriodState['status']; completed_reason: string | null }>(sql`
    select due_on::text, status, completed_reason from case_periods
     where case_id = ${caseId} and kind = ${kind} and ${partyId === null ? sql`party_id is null` : sql`party_id = ${partyId}`}
     order by id desc limit 1`);
  const p = r.rows[0];
  return p && { dueOn: p.due_on, status: p.status, completedReason: p.completed_reason };
}

// CPL-2023 art 128: the 答辩状 within the defence period; filing it ends that party's period.
export const recordDefence: EffectHandler = async (ctx) => {
  const { tx, input, today } = ctx;
  const party = await partyOfCase(ctx, input.partyId, ['defendant', 'thirdParty']);
  const period = await latestPeriod(tx, ctx.case.id, 'defence', party.id);
  const filed = await tx.execute(sql`select 1 from case_events where case_id = ${ctx.case.id} and event = 'fileDefence' and payload->>'partyId' = ${String(party.id)} limit 1`);
  const timing = defenceTiming(period, today, filed.rows.length > 0);
  const ids = await attachMaterials(ctx, input.attachmentIds, ['defence']);
  if (timing === 'inTime') {
    await tx.execute(sql`
      update case_periods set status = 'completed', completed_on = ${today}, completed_reason = 'defenceFiled', alert_on = null, updated_at = now()
       where case_id = ${ctx.case.id} and party_id = ${party.id} and kind = 'defence' and status = 'running'`);
  }
  return { partyId: party.id, name: party.name, timing, defenceDueOn: period?.dueOn ?? null, attachmentIds: ids, summary: input.summary ?? null };
};

// CPL-2023 arts 67, 68: a 证据清单 (name, source, purpose, pages); after the evidence period with the reason for delay.
export const recordEvidence: EffectHandler = async (ctx) => {
  const { input, today } = ctx;
  const party = await partyOfCase(ctx, input.partyId);
  const timing = evidenceTiming(await latestPeriod(ctx.tx, ctx.case.id, 'evidence', null), today, input.lateReason);
  const items = input.items as SubmittedItem[];
  const ids = await attachMaterials(ctx, items.flatMap((i) => i.attachmentIds ?? []), []);
  // Each line becomes an evidence item for exchange and cross-examination (modules/evidenceExchange).
  const itemIds = await insertEvidenceItems(ctx.tx, { caseId: ctx.case.id, caseType: ctx.case.caseType, party, items, isLate: timing.isLate, lateReason: input.lateReason ?? null, submittedBy: ctx.actor.userId, now: ctx.now });
  return { partyId: party.id, name: party.name, items, itemIds, isLate: timing.isLate, evidenceDueOn: timing.dueOn, attachmentIds: ids, ...(timing.isLate ? { lateReason: input.lateReason } : {}) };
};

export const recordMaterials: EffectHandler = async (ctx) => {
  const party = await partyOfCase(ctx, ctx.input.partyId);
  const ids = await attachMaterials(ctx, ctx.input.attachmentIds, []);
  return { partyId: party.id, name: party.name, description: ctx.input.description, attachmentIds: ids };
};

// CPL-2023 art 143: the defendant's counterclaim, tried with the case; FEE arts 18, 20, 22: half the fee on its
// amount, prepaid by the counterclaimant within 7 days of the notice.
export const recordCounterclaim: EffectHandler = async (ctx) => {
  const { tx, input, today, actor } = ctx;
  const c = ctx.current();
  const party = await partyOfCase(ctx, input.partyId, ['defendant']);
  const existing = await tx.execute(sql`select 1 from fee_notices where case_id = ${c.id} and basis = 'counterclaim'`);
  if (existing.rows.length) refuse('COUNTERCLAIM_ALREADY_FILED', 'conflict', '本案已有反诉；新的反诉请求请以补充材料提交，由法院决定是否合并审理。', 'This case already has a counterclaim; send further requests as supplementary materials for the court to decide.');
  const ids = await attachMaterials(ctx, input.attachmentIds, ['counterclaim']);
  const amountFen = input.amount !== undefined ? Number(yuanToFen(input.amount)) : null;
  const fee = calculateFee(counterclaimFeeRequest({ amountFen, procedure: c.procedure }), await loadFeeScheduleSettings(tx));
  const env = await clockEnv(tx, c.courtId, today);
  const period = await startPeriod(tx, env, c, { kind: 'feePayment', partyId: party.id, triggerOn: today, triggerFact: { 'zh-CN': `反诉并发出交纳诉讼费用通知（${party.name}）`, en: `counterclaim filed and the fee notice issued (${party.name})` }, triggerSource: 'FEE arts 20, 22' });
  const notice = await issueChargeNotice(tx, { caseId: c.id, basis: 'counterclaim', amountFen: fenFromText(fee.total)!, breakdown: fee.breakdown as unknown as Record<string, unknown>[], issuedOn: today, dueOn: period.dueOn, issuedBy: actor.userId, note: `反诉案件受理费（${party.name}）` });
  return { partyId: party.id, name: party.name, claims: input.claims, facts: input.facts, amount: input.amount ?? null, fee: fee.total, feeDueOn: notice.dueOn, attachmentIds: ids };
};
