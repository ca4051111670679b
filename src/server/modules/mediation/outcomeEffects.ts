// Effects that end a mediation: the agreement drafted, signed and concluded; failure (the dispute goes to
// registration as a 民初 filing, ONLINE-MED art 21); withdrawal.
import { sql } from 'drizzle-orm';
import { preFilingMediation } from '../../../domain/casetypes/preFilingMediation';
import { checkAgreementSignedByAll, checkSignsCurrentDraft } from '../../../domain/mediation/agreement';
import type { MediationEndGround } from '../../../domain/mediation/termination';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { appendCaseEvent, lockCase, newCaseRow, updateCaseRow, type CaseRow } from '../cases/caseRecord';
import type { EffectContext, EffectHandler } from '../cases/effects/effectContext';
import { startFilingReview } from '../clock/filingReview';
import { clockEnv, endPeriods, startPeriod } from '../clock/periodStore';
import { draftAgreementDocument } from './agreementDocument';
import { copyDispute, disputeOf } from './disputeCopy';
import { claimAttachments } from '../filings/filingContent';
import { casePartyIds } from './matterFacts';

const MEDIATION_PERIODS = ['mediatorDesignation', 'mediatorChoice', 'entrustmentConfirmation', 'preFilingMediation'] as const;

async function currentAgreement(tx: Tx, caseId: number): Promise<string | null> {
  const r = await tx.execute<{ agreement_sha256: string | null }>(sql`select agreement_sha256 from mediation_entrustments where case_id = ${caseId}`);
  return r.rows[0]?.agreement_sha256 ?? null;
}

export const draftAgreement: EffectHandler = async ({ tx, deps, case: c, actor, input, today }) => {
  const doc = await draftAgreementDocument(tx, deps, c, { terms: input.terms, performance: input.performance, by: actor.userId, today });
  await tx.execute(sql`update mediation_entrustments set agreement_attachment_id = ${doc.attachmentId}, agreement_sha256 = ${doc.sha256} where case_id = ${c.id}`);
  return { agreementAttachmentId: doc.attachmentId, agreementSha256: doc.sha256, fileName: doc.fileName };
};

// ONLINE-MED art 20: the signature records the account, the time and the SHA-256 of the text signed (also in the
// transparency log, through this event's entry).
export const signAgreement: EffectHandler = async ({ tx, case: c, actor, actorPartyIds: partyIds, input, now }) => {
  checkSignsCurrentDraft(await currentAgreement(tx, c.id), input.sha256);
  for (const partyId of partyIds) {
    await tx.execute(sql`
      insert into mediation_signatures (case_id, party_id, user_id, sha256, signed_at)
      values (${c.id}, ${partyId}, ${actor.userId}, ${input.sha256}, ${now}) on conflict do nothing`);
  }
  return { signedPartyIds: partyIds, sha256: input.sha256, signedAt: now.toISOString() };
};

export const recordSignature: EffectHandler = async ({ tx, case: c, actor, input, now }) => {
  checkSignsCurrentDraft(await currentAgreement(tx, c.id), input.sha256);
  if (!(await casePartyIds(tx, c.id)).includes(input.partyId)) {
    throw new AppError(422, 'PARTY_NOT_OF_CASE', '所选当事人不是本案当事人。', 'The party is not a party of this matter.', { field: 'partyId' });
  }
  // The scan joins the matter's files (and the transparency log) like any claimed upload.
  await claimAttachments(tx, c.id, actor, [input.signedCopyId], { category: 'signedAgreement' });
  await tx.execute(sql`
    insert into mediation_signatures (case_id, party_id, user_id, sha256, signed_at, method, signed_copy_id)
    values (${c.id}, ${input.partyId}, ${actor.userId}, ${input.sha256}, ${now}, 'inPerson', ${input.signedCopyId}) on conflict do nothing`);
  return { partyId: input.partyId, sha256: input.sha256, signedCopyId: input.signedCopyId, method: 'inPerson' };
};

async function endEntrustment(tx: Tx, c: CaseRow, ground: MediationEndGround, today: string) {
  await tx.execute(sql`update mediation_entrustments set end_ground = ${ground}, ended_on = ${today} where case_id = ${c.id}`);
  await endPeriods(tx, c.id, MEDIATION_PERIODS, today, ground);
}

/** Moves the 民初 filing the matter came from (waiting in `inMediation`) on, with its own timeline entry. */
async function moveOriginFiling(ctx: EffectContext, to: 'submitted' | 'withdrawn', event: string, payload: Record<string, unknown>): Promise<CaseRow | undefined> {
  const { tx, case: c, actor, actorRole, now } = ctx;
  if (c.originCaseId === null) return undefined;
  const filing = await lockCase(tx, c.originCaseId);
  if (!filing || filing.node !== 'inMediation') return undefined;
  await updateCaseRow(tx, filing.id, { node: to, version: filing.version + 1, updatedAt: now, nodeEnteredAt: now });
  await appendCaseEvent(tx, { caseId: filing.id, event, actorId: actor.userId, actorRole, nodeBefore: filing.node, nodeAfter: to, payload: { mediationCaseId: c.id, mediationCaseNumber: c.caseNumber, ...payload }, at: now });
  return { ...filing, node: to };
}

export const concludeAgreement: EffectHandler = async (ctx) => {
  const { tx, case: c, today } = ctx;
  const sha = await currentAgreement(tx, c.id);
  const signed = await tx.execute<{ party_id: number }>(sql`select party_id from mediation_signatures where case_id = ${c.id} and sha256 = ${sha}`);
  checkAgreementSignedByAll(await casePartyIds(tx, c.id), signed.rows.map((r) => Number(r.party_id)));
  await endEntrustment(tx, c, 'agreement', today);
  // The end date is the entrustment's (ended_on): a matter is no registered case, so no closed_on (court_month_stats).
  await ctx.updateCase({ closingMethod: 'mediation' });
  const filing = await moveOriginFiling(ctx, 'withdrawn', 'mediationSettled', { agreementSha256: sha });
  // 执前调: the title is enforceable already, so no judicial confirmation; the execution application is withdrawn.
  if (c.caseType !== preFilingMediation.code) return { agreementSha256: sha, effectiveOn: today, ...(filing ? { filingCaseId: filing.id } : {}) };
  // CPL-2023 art 205: the parties may apply for judicial confirmation within 30 days of the agreement's effect.
  const confirmation = await startPeriod(tx, await clockEnv(tx, c.courtId, today), c, {
    kind: 'confirmationApplication',
    triggerOn: today,
    triggerFact: { 'zh-CN': '调解协议生效', en: 'the agreement took effect' },
    triggerSource: 'CPL-2023 art 205',
  });
  return { agreementSha256: sha, effectiveOn: today, confirmationDueOn: confirmation.dueOn, ...(filing ? { filingCaseId: filing.id } : {}) };
};

// ONLINE-MED arts 21, 25: the dispute goes to registration — the waiting filing, or a new one made from the matter.
export const endMediation: EffectHandler = async (ctx) => {
  const { tx, case: c, actor, actorRole, input, today, now } = ctx;
  await endEntrustment(tx, c, input.ground, today);
  const trigger = { fact: { 'zh-CN': '诉前调解不成', en: 'pre-litigation mediation failed' }, source: 'ONLINE-MED art 21' };
  const waiting = await moveOriginFiling(ctx, 'submitted', 'mediationFailed', { ground: input.ground, note: input.note ?? null });
  if (waiting) {
    // Materials added during mediation follow the dispute; those it already had are not filed twice.
    await copyDispute(tx, c.id, waiting.id, { materialsOnly: true });
    // 执前调: the execution application is back at `submitted` for 立案, as it was entered (it has no filing-review period).
    if (c.caseType !== preFilingMediation.code) return { ground: input.ground, filingCaseId: waiting.id };
    await startFilingReview(tx, { id: waiting.id, courtId: waiting.courtId, caseType: waiting.caseType }, today, { trigger });
    return { ground: input.ground, filingCaseId: waiting.id };
  }
  const filing = await newCaseRow(tx, { caseType: '民初', courtId: c.courtId, node: 'submitted', ...disputeOf(c), filedAt: now, receivedOn: today, originCaseId: c.id, nodeEnteredAt: now });
  await copyDispute(tx, c.id, filing.id);
  await startFilingReview(tx, { id: filing.id, courtId: filing.courtId, caseType: filing.caseType }, today, { trigger });
  await appendCaseEvent(tx, { caseId: filing.id, event: 'submit', actorId: actor.userId, actorRole, nodeBefore: null, nodeAfter: 'submitted', payload: { mediationCaseId: c.id, mediationCaseNumber: c.caseNumber, ground: input.ground }, at: now });
  return { ground: input.ground, filingCaseId: filing.id };
};

export const withdrawMediation: EffectHandler = async (ctx) => {
  const { tx, case: c, input, today } = ctx;
  const ground: MediationEndGround = input.settled ? 'settledAndWithdrawn' : 'withdrawn';
  const entrusted = await tx.execute(sql`select 1 from mediation_entrustments where case_id = ${c.id}`);
  if (entrusted.rows.length) await endEntrustment(tx, c, ground, today);
  else await endPeriods(tx, c.id, MEDIATION_PERIODS, today, ground, 'cancelled');
  const filing = await moveOriginFiling(ctx, 'withdrawn', 'mediationWithdrawn', { ground, reason: input.reason ?? null });
  return { ground, ...(filing ? { filingCaseId: filing.id } : {}) };
};

