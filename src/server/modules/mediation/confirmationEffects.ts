// 司法确认: the parties' joint application opens a 民特 case (CPL-2023 art 205); the filing clerk registers it before
// a single judge or refuses it (CPL-Interp art 355); the judge confirms or dismisses it (CPL-2023 art 206).
import { sql } from 'drizzle-orm';
import { checkConfirmationApplication, checkConfirmationRuling, confirmationApplicationDue, CONFIRMATION_REFUSAL_GROUND_LABELS, inadmissibilityReason, type ConfirmationRefusalGround } from '../../../domain/mediation/judicialConfirmation';
import { chineseDate, type DocumentKind } from '../../../domain/documents/templates';
import { AppError } from '../../http/appError';
import { appendCaseEvent, newCaseRow } from '../cases/caseRecord';
import type { EffectHandler } from '../cases/effects/effectContext';
import { registerBeforeSoleJudge } from '../cases/effects/soleJudgeRegistration';
import { workCalendarFor } from '../clock/calendarStore';
import { loadClockSettings } from '../clock/clockSettings';
import { endFilingReview, startFilingReview } from '../clock/filingReview';
import { clockEnv, endPeriods } from '../clock/periodStore';
import { refreshTrialLimit } from '../clock/trialLimitStore';
import { caseFacts } from '../documents/caseFacts';
import { generateDocument } from '../documents/generateDocument';
import { copyDispute, disputeOf } from './disputeCopy';
import { casePartyIds } from './matterFacts';

export const CONFIRMATION_TYPE = '民特';

/** CPL-Interp art 353: the clerk records, for parties of the matter, an application made orally before the court. */
function oralApplicants(partyIds: readonly number[], named: readonly number[] | undefined): number[] {
  if (!named?.length || named.some((id) => !partyIds.includes(id))) {
    throw new AppError(422, 'CONFIRMATION_APPLICANTS_INVALID', '请选择当庭口头申请司法确认的本案当事人。', 'Choose the parties of this matter who applied orally before the court.', { field: 'partyIds' });
  }
  return [...named];
}

export const applyForConfirmation: EffectHandler = async ({ tx, case: c, actor, actorRole, actorPartyIds, input, today, now }) => {
  const e = (await tx.execute<{ ended_on: string; agreement_sha256: string }>(sql`select ended_on::text, agreement_sha256 from mediation_entrustments where case_id = ${c.id}`)).rows[0]!;
  const settings = await loadClockSettings(tx);
  const due = confirmationApplicationDue(e.ended_on, await workCalendarFor(tx, c.courtId), settings.weekendsAreRestDays);
  const partyIds = await casePartyIds(tx, c.id);
  const signed = (await tx.execute<{ party_id: number }>(sql`select party_id from mediation_signatures where case_id = ${c.id} and sha256 = ${e.agreement_sha256}`)).rows.map((r) => Number(r.party_id));
  const mine = actorRole === 'filingClerk' ? oralApplicants(partyIds, input.partyIds) : [...actorPartyIds];
  const before = (await tx.execute<{ party_id: number }>(sql`select party_id from mediation_confirmation_applicants where case_id = ${c.id}`)).rows.map((r) => Number(r.party_id));
  const applicants = [...new Set([...before, ...mine])];
  // Time and signatures are checked on every application; the joint one opens the case.
  checkConfirmationApplication({ appliedOn: today, agreementPartyIds: partyIds, signedPartyIds: signed, applicantPartyIds: partyIds, due });
  const opened = await tx.execute<{ id: number }>(sql`select id from cases where origin_case_id = ${c.id} and case_type = ${CONFIRMATION_TYPE}`);
  if (opened.rows[0]) {
    throw new AppError(409, 'CONFIRMATION_ALREADY_APPLIED', '已就该调解协议申请司法确认。', 'Judicial confirmation of this agreement has already been applied for.', { confirmationCaseId: Number(opened.rows[0].id) });
  }
  for (const partyId of mine) {
    await tx.execute(sql`insert into mediation_confirmation_applicants (case_id, party_id, user_id, applied_at) values (${c.id}, ${partyId}, ${actor.userId}, ${now}) on conflict do nothing`);
  }
  if (!mine.length) throw new AppError(403, 'CASE_EVENT_FORBIDDEN', '您不是本案当事人或其代理人。', 'You are not a party of this matter or their agent.');
  const waiting = partyIds.filter((id) => !applicants.includes(id));
  if (waiting.length) return { applicantPartyIds: applicants, waitingForPartyIds: waiting, applicationDueOn: due.due };

  // Every party has joined: the 民特 case at the court that entrusted the mediation, with the agreement and parties.
  const confirmation = await newCaseRow(tx, { caseType: CONFIRMATION_TYPE, courtId: c.courtId, node: 'submitted', ...disputeOf(c), filedBy: actor.userId, filedAt: now, receivedOn: today, originCaseId: c.id, nodeEnteredAt: now });
  await copyDispute(tx, c.id, confirmation.id);
  await tx.execute(sql`update case_parties set standing = 'applicant' where case_id = ${confirmation.id}`);
  await startFilingReview(tx, { id: confirmation.id, courtId: confirmation.courtId, caseType: CONFIRMATION_TYPE }, today, { trigger: { fact: { 'zh-CN': '收到司法确认申请', en: 'application for confirmation received' }, source: 'CPL-2023 art 205' } });
  await endPeriods(tx, c.id, ['confirmationApplication'], today, 'applied');
  await appendCaseEvent(tx, { caseId: confirmation.id, event: 'submit', actorId: actor.userId, actorRole, nodeBefore: null, nodeAfter: 'submitted', payload: { mediationCaseId: c.id, mediationCaseNumber: c.caseNumber, agreementSha256: e.agreement_sha256 }, at: now });
  return { applicantPartyIds: applicants, confirmationCaseId: confirmation.id };
};

export const registerConfirmation: EffectHandler = async (ctx) => {
  const { tx, case: c, today } = ctx;
  const reg = await registerBeforeSoleJudge(ctx);
  await endFilingReview(tx, c.id, today, 'accepted');
  // CPL-2023 art 187: 30 days from registration; no fee (FEE art 8).
  const limit = await refreshTrialLimit(tx, await clockEnv(tx, c.courtId, today), { ...c, acceptedOn: today, divisionId: reg.divisionId });
  return { caseNumber: reg.caseNumber, judgeId: reg.judgeId, judgeName: reg.judgeName, trialLimitDueOn: limit.after };
};

export const rejectConfirmation: EffectHandler = async ({ tx, case: c, input, actor, today, updateCase }) => {
  const reason = inadmissibilityReason(input.subjects);
  await updateCase({ rejection: { reason: reason['zh-CN'], basis: 'CPL-Interp art 355', rejectedOn: today, rejectedBy: actor.userId } });
  await endFilingReview(tx, c.id, today, 'rejected');
  return { subjects: input.subjects, reason: reason['zh-CN'], note: input.note ?? null };
};

export const ruleOnConfirmation: EffectHandler = async ({ tx, deps, case: c, input, actor, today, updateCase }) => {
  checkConfirmationRuling(input.decision, input.grounds);
  const grounds = (input.grounds ?? []) as ConfirmationRefusalGround[];
  const groundText = grounds.map((g) => CONFIRMATION_REFUSAL_GROUND_LABELS[g]['zh-CN']).join('；');
  const summary = input.decision === 'confirm' ? '确认调解协议有效' : `驳回申请：${groundText}`;
  await updateCase({ closingMethod: 'ruling', rulingKind: 'other', closedOn: today, closingSummary: [summary, input.reasons].filter(Boolean).join('。') });
  await endPeriods(tx, c.id, ['trialLimit'], today, 'closed');
  const terms = await tx.execute<{ terms: string[] | null; organisation: string | null }>(sql`
    select (select ev.payload->'input'->'terms' from case_events ev where ev.case_id = ${c.originCaseId} and ev.event = 'draftAgreement' order by ev.seq desc limit 1) as terms,
           (select o.name from mediation_entrustments e join mediation_organisations o on o.id = e.organisation_id where e.case_id = ${c.originCaseId}) as organisation`);
  const t = terms.rows[0];
  const { parties, ...facts } = await caseFacts(tx, c, today);
  const kind: DocumentKind = input.decision === 'confirm' ? 'confirmationRuling' : 'confirmationDismissal';
  const judgeName = (await tx.execute<{ name: string }>(sql`select display_name as name from users where id = ${c.judgeId}`)).rows[0]?.name ?? '';
  const doc = await generateDocument(tx, deps, {
    case: c,
    kind,
    facts: {
      ...facts,
      partiesList: parties.map((p) => p.name).join('、'),
      organisationName: t?.organisation ?? '____',
      agreementTerms: (t?.terms ?? []).map((x, i) => `${i + 1}. ${x}`).join('\n'),
      rulingReason: input.decision === 'confirm' ? (input.reasons ?? '') : [groundText, input.reasons].filter(Boolean).join('；'),
      judges: `审判员 ${judgeName}`,
      issuedOn: chineseDate(today),
    },
    partyId: null,
    by: actor.userId,
  });
  return { decision: input.decision, grounds, rulingAttachmentId: doc.attachmentId, enforceable: input.decision === 'confirm' };
};
