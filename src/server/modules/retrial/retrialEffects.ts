// Effects of the 民申 events: registration before a panel of the higher court starts the 3 months (CPL-2023 art 215);
// the copy to the respondents (5 days) starts their 15 days to answer (art 214); the ruling ends the review and, when
// retrial is ordered, opens the 民再 at the same court, registered that day, with its own 审限 (CPL-Interp art 128).
import { eq, sql } from 'drizzle-orm';
import { casePanel, retrialApplications } from '../../db/schema';
import { AppError } from '../../http/appError';
import { allocateCaseNumber } from '../cases/caseNumbers';
import { appendCaseEvent, newCaseRow } from '../cases/caseRecord';
import { eligibleJudges } from '../cases/effects/assignment';
import type { EffectHandler } from '../cases/effects/effectContext';
import { copyPartiesWithAgents } from '../cases/linkedCaseParties';
import { clockEnv, endPeriods, startPeriod } from '../clock/periodStore';
import { claimAttachments } from '../filings/filingContent';
import { refreshTrialLimit, TRIAL_LIMIT } from '../clock/trialLimitStore';

type Tx = Parameters<EffectHandler>[0]['tx'];

async function partiesOf(tx: Tx, caseId: number, standing: string): Promise<number[]> {
  const r = await tx.execute<{ id: number }>(sql`select id from case_parties where case_id = ${caseId} and standing = ${standing} order by ordinal`);
  return r.rows.map((x) => Number(x.id));
}

export const registerRetrialReview: EffectHandler = async ({ tx, case: c, input, actor, today, updateCase, current }) => {
  const d = (await tx.execute<{ id: number; kind: string; court_code: string }>(sql`
    select d.id, d.kind, ct.code as court_code from divisions d join courts ct on ct.id = d.court_id
     where d.id = ${input.divisionId} and d.court_id = ${c.courtId} and d.is_active`)).rows[0];
  if (!d || d.kind !== 'civil') throw new AppError(422, 'DIVISION_INVALID', '请选择本院的民事审判庭。', 'Choose a civil division of this court.');
  const ids: number[] = [input.presidingJudgeId, ...input.memberIds];
  if (new Set(ids).size !== ids.length) throw new AppError(422, 'PANEL_INVALID', '合议庭成员不能重复。', 'The panel members must be three different judges.', { judgeIds: ids });
  // Judges who sat in another procedure of the chain may not review it (eligibleJudges leaves them out).
  const eligible = await eligibleJudges(tx, { ...c, divisionId: d.id });
  const barred = ids.filter((id) => !eligible.some((j) => j.judgeId === id));
  if (barred.length) throw new AppError(422, 'JUDGE_NOT_ELIGIBLE', '所选法官不属于该庭，或曾参与本案其他程序（须回避）。', 'A chosen judge is not in the division or sat in another procedure of this case.', { judgeIds: barred });
  const number = await allocateCaseNumber(tx, { id: c.courtId, code: d.court_code }, c.caseType, today);
  await tx.insert(casePanel).values(ids.map((userId, i) => ({ caseId: c.id, userId, role: i === 0 ? ('presiding' as const) : ('member' as const) })));
  await updateCase({ caseNumber: number.caseNumber, numberYear: number.year, numberSerial: number.serial, divisionId: d.id, acceptedOn: today, acceptedBy: actor.userId, judgeId: input.presidingJudgeId, organization: 'panel' });
  // CPL-2023 art 215: 3 months ([U] from registration, which stands for receipt of the application).
  const limit = await refreshTrialLimit(tx, await clockEnv(tx, c.courtId, today), current());
  return { caseNumber: number.caseNumber, panel: ids, trialLimitDueOn: limit.after };
};

export const serveRetrialCopy: EffectHandler = async ({ tx, case: c, input, today }) => {
  if (input.servedOn > today) throw new AppError(422, 'DATE_IN_FUTURE', '送达日期不能晚于今天。', 'The date of service cannot be in the future.', { field: 'servedOn' });
  const respondents = await partiesOf(tx, c.id, 'respondent');
  if ((input.partyIds as number[]).some((id) => !respondents.includes(id))) throw new AppError(422, 'RETRIAL_PARTY_INVALID', '再审申请书副本发送给被申请人。', 'The copy goes to the respondents.', { field: 'partyIds' });
  await endPeriods(tx, c.id, ['retrialCopyService'], input.servedOn, 'served');
  const env = await clockEnv(tx, c.courtId, today);
  const due: { partyId: number; dueOn: string }[] = [];
  for (const partyId of input.partyIds as number[]) {
    const p = await startPeriod(tx, env, c, { kind: 'retrialOpinion', partyId, triggerOn: input.servedOn, triggerFact: { 'zh-CN': '收到再审申请书副本', en: 'the copy received' }, triggerSource: 'CPL-2023 art 214' });
    due.push({ partyId, dueOn: p.dueOn });
  }
  return { servedOn: input.servedOn, opinionDue: due };
};

export const submitRetrialOpinion: EffectHandler = async ({ tx, case: c, input, actorPartyIds, today }) => {
  const respondents = await partiesOf(tx, c.id, 'respondent');
  const partyId = input.partyId ?? actorPartyIds.find((id) => respondents.includes(id));
  if (partyId === undefined || !respondents.includes(partyId) || !actorPartyIds.includes(partyId)) {
    throw new AppError(403, 'RETRIAL_OPINION_FORBIDDEN', '书面意见由被申请人（或其代理人）提交。', 'The written opinion comes from a respondent (or its agent).', { field: 'partyId' });
  }
  await tx.execute(sql`update case_periods set status = 'completed', completed_on = ${today}, completed_reason = 'answered', alert_on = null, updated_at = now() where case_id = ${c.id} and kind = 'retrialOpinion' and party_id = ${partyId} and status = 'running'`);
  return { partyId, opinion: input.opinion };
};

// CPL-2023 art 215: 驳回 or 裁定再审. CPL-2023 art 218: the higher court trying the case itself (提审) tries it under
// the second-instance procedure; [U] 指令下级法院再审 is not modelled. Art 217: the ruling suspends the original
// judgment's execution — recorded on the original case's timeline.
export const ruleOnRetrialApplication: EffectHandler = async ({ tx, case: c, input, actor, actorRole, today, now, updateCase }) => {
  const [app] = await tx.select().from(retrialApplications).where(eq(retrialApplications.caseId, c.id)).for('update');
  if (!app) throw new AppError(404, 'RETRIAL_NOT_FOUND', '未找到该再审申请。', 'No such retrial application.');
  if (input.documentId) await claimAttachments(tx, c.id, actor, [input.documentId], { category: 'other' });
  await endPeriods(tx, c.id, [TRIAL_LIMIT, 'retrialCopyService', 'retrialOpinion'], today, 'ruled');
  const retry = input.decision === 'retry';
  await updateCase({ closedOn: today, closingMethod: 'ruling', rulingKind: 'other', closingSummary: `${retry ? '裁定再审' : '裁定驳回再审申请'}：${input.reasons}` });
  if (!retry) {
    await tx.update(retrialApplications).set({ decision: 'dismiss', ruledOn: today }).where(eq(retrialApplications.caseId, c.id));
    return { decision: 'dismiss' };
  }
  const code = (await tx.execute<{ code: string }>(sql`select code from courts where id = ${c.courtId}`)).rows[0]!.code;
  const number = await allocateCaseNumber(tx, { id: c.courtId, code }, '民再', today);
  const retrial = await newCaseRow(tx, {
    caseType: '民再',
    courtId: c.courtId,
    node: 'accepted',
    caseNumber: number.caseNumber,
    numberYear: number.year,
    numberSerial: number.serial,
    procedure: 'secondInstance',
    divisionId: c.divisionId,
    causeId: c.causeId,
    claims: c.claims,
    facts: c.facts,
    filedBy: c.filedBy,
    filedAt: now,
    receivedOn: today,
    acceptedOn: today,
    acceptedBy: actor.userId,
    originCaseId: c.id,
    chainId: c.chainId ?? c.id,
    nodeEnteredAt: now,
  });
  await copyPartiesWithAgents(tx, c.id, retrial.id, { linkOrigin: true });
  // CPL-Interp art 128: the second-instance limit, from the day after 再审立案.
  const limit = await refreshTrialLimit(tx, await clockEnv(tx, c.courtId, today), retrial);
  await tx.update(retrialApplications).set({ decision: 'retry', ruledOn: today, retrialCaseId: retrial.id }).where(eq(retrialApplications.caseId, c.id));
  await appendCaseEvent(tx, { caseId: retrial.id, event: 'retrialOrdered', actorId: actor.userId, actorRole, nodeBefore: null, nodeAfter: 'accepted', payload: { retrialReviewCaseId: c.id, caseNumber: number.caseNumber, trialLimitDueOn: limit.after, source: 'CPL-2023 art 215; CPL-Interp art 128' }, at: now });
  const original = (await tx.execute<{ node: string }>(sql`select node from cases where id = ${app.originalCaseId}`)).rows[0];
  if (original) {
    await appendCaseEvent(tx, { caseId: app.originalCaseId, event: 'retrialOrdered', actorId: actor.userId, actorRole, nodeBefore: original.node, nodeAfter: original.node, payload: { retrialReviewCaseId: c.id, retrialCaseId: retrial.id, caseNumber: number.caseNumber, executionSuspended: true, source: 'CPL-2023 art 217' }, at: now });
  }
  return { decision: 'retry', retrialCaseId: retrial.id, retrialCaseNumber: number.caseNumber, trialLimitDueOn: limit.after };
};
