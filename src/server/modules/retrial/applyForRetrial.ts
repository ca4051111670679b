// 民申: a party of an effective 民初/民终 judgment (or its lawyer) applies for retrial at the next-higher court (CPL-2023
// art 210) on grounds of art 211, within 6 months (art 216); a divorce is not retried (art 213). The 民申 case takes the
// parties as they stood (applicant / respondent) and the 5 days to serve the copy start (art 214).
import { eq, sql } from 'drizzle-orm';
import type { RetrialApplication } from '../../../contracts/retrial';
import { civilRetrialReview } from '../../../domain/casetypes/civilRetrialReview';
import { DomainError } from '../../../domain/errors/domainError';
import { titleEffect } from '../../../domain/execution/titleEffect';
import { checkRetrialInTime, checkRetrialSubject, retrialCourtLevel, retrialPeriodTrigger } from '../../../domain/retrial/retrialApplication';
import { hasRole, type Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import { causes, retrialApplications } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { appendCaseEvent, loadCase, newCaseRow, type CaseRow } from '../cases/caseRecord';
import { copyPartiesWithAgents } from '../cases/linkedCaseParties';
import { clockEnv, dueDateFor, startPeriod } from '../clock/periodStore';
import { titleFacts } from '../execution/applyForExecution';
import { claimAttachments } from '../filings/filingContent';

export async function applyForRetrial(deps: Deps, actor: Actor, originalId: number, a: RetrialApplication): Promise<CaseRow> {
  return deps.db.transaction(async (tx) => {
    const original = await loadCase(tx, originalId);
    if (!original || (original.caseType !== '民初' && original.caseType !== '民终')) throw caseNotFound();
    const relation = await relationToCase(tx, actor, original);
    if (!relation.canView) throw caseNotFound();
    if (!hasRole(actor, 'party', 'lawyer') || !relation.partyIds.length) throw new AppError(403, 'RETRIAL_FORBIDDEN', '只有原审当事人（或其代理人）可以申请再审。', 'Only a party of the judgment (or its agent) may apply for retrial.');
    const today = deps.clock.today();
    const now = deps.clock.now();
    const cause = original.causeId ? (await tx.select({ name: causes.name }).from(causes).where(eq(causes.id, original.causeId)))[0]?.name ?? null : null;
    checkRetrialSubject({ closingMethod: original.closingMethod, causeName: cause, grounds: a.grounds });
    let effectiveOn: string;
    try {
      effectiveOn = titleEffect(await titleFacts(tx, original), today).effectiveOn;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      throw new AppError(422, 'RETRIAL_JUDGMENT_NOT_EFFECTIVE', `判决尚未发生法律效力，不能申请再审：${e.messages['zh-CN']}`, `The judgment has not taken effect; no retrial yet: ${e.messages.en}`);
    }
    const trigger = retrialPeriodTrigger(a.grounds, effectiveOn, a.knownOn);
    const env = await clockEnv(tx, original.courtId, today);
    const dueOn = dueDateFor(env, 'retrialApplication', trigger.from, trigger.fact);
    checkRetrialInTime(dueOn, today);
    // CPL-2023 art 210: to the court at the next level above the court whose judgment it is (small claims: that court).
    const parent = await tx.execute<{ id: number }>(sql`select p.id from courts c join courts p on p.id = c.parent_id where c.id = ${original.courtId} and p.is_active`);
    const courtId = retrialCourtLevel(original.procedure) === 'original' ? original.courtId : parent.rows[0]?.id;
    if (!courtId) throw new AppError(422, 'RETRIAL_NO_HIGHER_COURT', '原审法院没有上一级法院。', 'The court has no higher court.');
    const row = await newCaseRow(tx, {
      caseType: civilRetrialReview.code,
      courtId: Number(courtId),
      node: civilRetrialReview.initial,
      causeId: original.causeId,
      claims: [a.requests],
      facts: a.facts,
      filedBy: actor.userId,
      filedAt: now,
      receivedOn: today,
      originCaseId: original.id,
      chainId: original.chainId ?? original.id,
      nodeEnteredAt: now,
    });
    const ids = await copyPartiesWithAgents(tx, original.id, row.id, { linkOrigin: true });
    const applicants = relation.partyIds.map((id) => ids.get(id)).filter((x): x is number => x !== undefined);
    await tx.execute(sql`update case_parties set standing = case when id = any(${sql.param(applicants)}::bigint[]) then 'applicant' else 'respondent' end where case_id = ${row.id}`);
    await claimAttachments(tx, row.id, actor, a.attachmentIds);
    await tx.insert(retrialApplications).values({ caseId: row.id, originalCaseId: original.id, grounds: [...a.grounds], knownOn: a.knownOn ?? null, judgmentEffectiveOn: effectiveOn, applicationDueOn: dueOn });
    const copy = await startPeriod(tx, await clockEnv(tx, row.courtId, today), row, { kind: 'retrialCopyService', triggerOn: today, triggerFact: { 'zh-CN': '收到再审申请书', en: 'the retrial application received' }, triggerSource: 'CPL-2023 art 214' });
    const role = relation.roles[0] ?? 'party';
    await appendCaseEvent(tx, { caseId: row.id, event: 'submit', actorId: actor.userId, actorRole: role, nodeBefore: null, nodeAfter: row.node, payload: { originalCaseId: original.id, originalCaseNumber: original.caseNumber, grounds: a.grounds, judgmentEffectiveOn: effectiveOn, applicationDueOn: dueOn, copyDueOn: copy.dueOn }, at: now });
    await appendCaseEvent(tx, { caseId: original.id, event: 'retrialApplied', actorId: actor.userId, actorRole: role, nodeBefore: original.node, nodeAfter: original.node, payload: { retrialReviewCaseId: row.id, source: 'CPL-2023 art 210' }, at: now });
    return row;
  });
}
