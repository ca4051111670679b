// An appeal against a 民初 (行初) case opens (or joins) the linked 民终 (行终) case at the parent court's filing queue; other first
// instances (刑初: modules/criminal/criminalAppeal.ts) bring their own AppealSpec to the same opening and joining.
import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { appealedPartFen, type SideAppeal } from '../../../../domain/appeal/appealedPart';
import { appealStandings, type FirstInstanceStanding } from '../../../../domain/appeal/appealStanding';
import { APPEAL_CASE_TYPE } from '../../../../domain/appeal/appealCaseTypes';
import type { ClosingMethod, RulingKind } from '../../../../domain/casetypes/caseModel';
import { APPEAL_AUTHORIZATION_HINT, checkRequiredMaterials, requiredAppealMaterials } from '../../../../domain/filing/materials';
import { fenToYuan, yuanToFen } from '../../../../domain/money/yuan';
import type { Tx } from '../../../db/database';
import { attachments, caseAgents, caseParties, cases } from '../../../db/schema';
import { AppError } from '../../../http/appError';
import { startFilingReview } from '../../clock/filingReview';
import { claimAttachments } from '../../filings/filingContent';
import { chargeJoiningAppellants } from '../../payments/appealJoinFee';
import { appendCaseEvent } from '../caseRecord';
import type { EffectContext, EffectHandler } from './effectContext';

/** What an appeal of one kind of case brings to the shared opening and joining of the appeal case. */
export interface AppealSpec {
  /** The 类型代字 of the appeal case. */
  appealType: string;
  /** Parties below who appeal (none for a procuratorate's protest). */
  appellants: number[];
  appealedFen: bigint | null;
  /** The appeal standings (诉讼地位) of the parties below, from who appealed. */
  standings(origin: readonly { id: number; standing: string }[], appellantIds: readonly number[]): Map<number, string>;
  /** Civil appeals carry the lawyer's own authorisation and charge a joining side its fee (FEE art 17). */
  isCivil: boolean;
  /** After the appeal case is opened, with the parties below mapped to the appeal's parties. */
  afterOpen?(ctx: EffectContext, appealId: number, partyIds: ReadonlyMap<number, number>): Promise<void>;
  /** On joining an open appeal case: records what the appeal brings beyond appellants; true when it brought something new. */
  onJoin?(ctx: EffectContext, appealId: number): Promise<boolean>;
}

const civilStandings: AppealSpec['standings'] = (origin, appellantIds) =>
  appealStandings(origin.map((p) => ({ partyId: p.id, standing: p.standing as FirstInstanceStanding })), appellantIds);

export const openOrJoinAppeal: EffectHandler = async (ctx) =>
  openOrJoinAppealCase(ctx, {
    appealType: APPEAL_CASE_TYPE[ctx.case.caseType]!,
    appellants: ctx.input.partyIds as number[],
    appealedFen: appealedPartFen(ctx.case.amountFen, ctx.input.appealedAmount as string | undefined),
    standings: civilStandings,
    isCivil: true,
  });

/** Opens the appeal case at the parent court's filing queue, or joins the one already open. */
export async function openOrJoinAppealCase(ctx: EffectContext, spec: AppealSpec): Promise<Record<string, unknown>> {
  const { tx, case: c, input } = ctx;
  const appealType = spec.appealType;
  const { appellants, appealedFen } = spec;
  const attachmentIds = (input.attachmentIds as number[] | undefined) ?? [];
  if (spec.isCivil) await checkAppealMaterials(ctx, attachmentIds);
  const parent = await tx.execute<{ id: number; name: string; level: string }>(sql`
    select p.id, p.name, p.level from courts c join courts p on p.id = c.parent_id where c.id = ${c.courtId} and p.is_active`);
  const court = parent.rows[0];
  if (!court) {
    throw new AppError(422, 'APPEAL_COURT_UNKNOWN', '未配置本院的上一级法院，无法提交上诉，请联系法院。', "This court's next-higher court is not configured; contact the court.");
  }
  const existing = await tx
    .select({ id: cases.id, node: cases.node, courtId: cases.courtId })
    .from(cases)
    .where(and(eq(cases.originCaseId, c.id), eq(cases.caseType, appealType), notInArray(cases.node, ['rejected', 'withdrawn'])))
    .for('update');
  const appeal = existing[0];
  const origin = await tx.select().from(caseParties).where(eq(caseParties.caseId, c.id)).orderBy(caseParties.ordinal);
  if (appeal) {
    const joined = await joinAppeal(ctx, spec, appeal, origin);
    await claimAttachments(tx, appeal.id, ctx.actor, attachmentIds);
    return { ...joined, appealedAmount: appealedFen === null ? null : fenToYuan(appealedFen) };
  }

  const inserted = await tx
    .insert(cases)
    .values({
      caseType: appealType,
      courtId: court.id,
      node: 'submitted',
      causeId: c.causeId,
      amountFen: appealedFen,
      claims: (input.requests as string[] | undefined) ?? [],
      facts: input.reasons,
      filedBy: ctx.actor.userId,
      filedAt: ctx.now,
      receivedOn: ctx.today,
      originCaseId: c.id,
      chainId: c.chainId ?? c.id,
      nodeEnteredAt: ctx.now,
    })
    .returning({ id: cases.id });
  const appealId = inserted[0]!.id;
  await claimAttachments(tx, appealId, ctx.actor, attachmentIds);
  await startFilingReview(tx, { id: appealId, courtId: court.id, caseType: appealType }, ctx.today);
  const standings = spec.standings(origin, appellants);
  const newIds = new Map<number, number>();
  for (const p of origin) {
    const { id: originPartyId, caseId: _caseId, standing: _s, ...rest } = p;
    const row = await tx
      .insert(caseParties)
      .values({ ...rest, caseId: appealId, standing: standings.get(originPartyId)!, originPartyId })
      .returning({ id: caseParties.id });
    newIds.set(originPartyId, row[0]!.id);
  }
  // Agents carry over with their parties (a lawyer's power of attorney for the appeal came with it, checked above).
  const agents = await tx.select().from(caseAgents).where(eq(caseAgents.caseId, c.id));
  for (const a of agents) {
    await tx.insert(caseAgents).values({ caseId: appealId, partyId: newIds.get(a.partyId)!, userId: a.userId, kind: a.kind });
  }
  await spec.afterOpen?.(ctx, appealId, newIds);
  await appendCaseEvent(tx, {
    caseId: appealId,
    event: 'submit',
    actorId: ctx.actor.userId,
    actorRole: ctx.actorRole,
    nodeBefore: null,
    nodeAfter: 'submitted',
    payload: { originCaseId: c.id, originCaseNumber: c.caseNumber, appellantPartyIds: appellants.map((id) => newIds.get(id)), appealedAmount: appealedFen === null ? null : fenToYuan(appealedFen), attachmentIds },
    at: ctx.now,
  });
  return { appealCaseId: appealId, appealCourtId: court.id, appealCourtName: court.name, appellantPartyIds: appellants, appealedAmount: appealedFen === null ? null : fenToYuan(appealedFen) };
}

/** A lawyer's appeal carries its own 授权委托书 among the fresh uploads filed with it (a first-instance one is on that case). */
async function checkAppealMaterials(ctx: EffectContext, attachmentIds: readonly number[]): Promise<void> {
  const required = requiredAppealMaterials(ctx.actorRole === 'lawyer' ? 'lawyer' : 'party');
  if (!required.length) return;
  const rows = attachmentIds.length
    ? await ctx.tx.select({ category: attachments.category }).from(attachments).where(and(inArray(attachments.id, [...attachmentIds]), eq(attachments.uploadedBy, ctx.actor.userId), isNull(attachments.caseId)))
    : [];
  checkRequiredMaterials(required, rows.map((r) => r.category), 'APPEAL_MATERIAL_MISSING', APPEAL_AUTHORIZATION_HINT);
}

async function joinAppeal(ctx: EffectContext, spec: AppealSpec, appeal: { id: number; node: string; courtId: number }, origin: { id: number; standing: string }[]) {
  const { tx } = ctx;
  const { appellants, appealedFen } = spec;
  const appealId = appeal.id;
  // Registered, a civil appeal was charged on the sides that had appealed then: a joining side gets its own notice.
  const isRegistered = appeal.node !== 'submitted' && spec.isCivil;
  const before = isRegistered ? await appealSidesOf(tx, appealId) : [];
  const parties = await tx.select().from(caseParties).where(eq(caseParties.caseId, appealId));
  const already = new Set(parties.filter((p) => p.standing === 'appellant').map((p) => p.originPartyId));
  const broughtMore = (await spec.onJoin?.(ctx, appealId)) ?? false;
  if (appellants.every((id) => already.has(id)) && !broughtMore) {
    throw new AppError(409, 'APPEAL_ALREADY_FILED', '该当事人已经提起上诉。', 'This party has already appealed.');
  }
  const all = [...new Set([...already].filter((x): x is number => x !== null).concat(appellants))];
  const standings = spec.standings(origin, all);
  for (const p of parties) {
    const s = p.originPartyId !== null ? standings.get(p.originPartyId) : undefined;
    if (s && s !== p.standing) await tx.update(caseParties).set({ standing: s }).where(eq(caseParties.id, p.id));
  }
  const joinedIds = parties.filter((p) => p.originPartyId !== null && appellants.includes(p.originPartyId)).map((p) => p.id);
  await tx.update(cases).set({ version: sql`${cases.version} + 1`, updatedAt: ctx.now }).where(inArray(cases.id, [appealId]));
  const payload = { appellantPartyIds: joinedIds, reasons: ctx.input.reasons, appealedAmount: appealedFen === null ? null : fenToYuan(appealedFen) };
  const event = { caseId: appealId, event: 'joinAppeal', actorId: ctx.actor.userId, actorRole: ctx.actorRole, nodeBefore: appeal.node, nodeAfter: appeal.node, at: ctx.now };
  if (!isRegistered) {
    await appendCaseEvent(tx, { ...event, payload });
    return { appealCaseId: appealId, joined: true, appellantPartyIds: appellants };
  }
  // The sides with the joining appeal (its own part beside those charged at registration); the event records its notice.
  const sideOf = new Map(origin.map((p) => [p.id, p.standing]));
  const after = [...before, ...appellants.filter((id) => !already.has(id)).map((id) => ({ side: sideOf.get(id)!, partFen: appealedFen }))];
  const joining = parties.filter((p) => joinedIds.includes(p.id) && !already.has(p.originPartyId)).map((p) => ({ partyId: p.id, name: p.name, side: sideOf.get(p.originPartyId!)! }));
  const fees = await chargeJoiningAppellants(tx, { appealCase: { id: appealId, courtId: appeal.courtId }, appealed: { closingMethod: ctx.case.closingMethod as ClosingMethod | null, rulingKind: ctx.case.rulingKind as RulingKind | null }, before, after, appellants: joining, today: ctx.today, issuedBy: ctx.actor.userId });
  await appendCaseEvent(tx, { ...event, payload: { ...payload, ...fees } });
  return { appealCaseId: appealId, joined: true, appellantPartyIds: appellants, ...fees };
}

/**
 * Each appellant's side below and appealed part, read from the appeal's own timeline (its submission and every joining
 * appeal); an appeal that stated no part contests the whole claim below.
 */
export async function appealSidesOf(tx: Tx, appealCaseId: number): Promise<SideAppeal[]> {
  const r = await tx.execute<{ standing: string; amount: string | null; origin_amount: string | null }>(sql`
    select o.standing, e.payload->>'appealedAmount' as amount, oc.amount_fen::text as origin_amount
      from case_events e
      cross join lateral jsonb_array_elements_text(e.payload->'appellantPartyIds') as a(party_id)
      join case_parties p on p.id = a.party_id::bigint and p.case_id = e.case_id
      join case_parties o on o.id = p.origin_party_id
      join cases oc on oc.id = o.case_id
     where e.case_id = ${appealCaseId} and e.event in ('submit', 'joinAppeal')
     order by e.seq`);
  return r.rows.map((row) => ({ side: row.standing, partFen: row.amount ? yuanToFen(row.amount) : row.origin_amount === null ? null : BigInt(row.origin_amount) }));
}
