// Effects of the 民督 events (CPL-2023 arts 226–228): acceptance starts the 15 days to issue; service starts each
// debtor's 15 days to pay or object; a written objection lets the judge end the procedure, after which the applicant
// chooses litigation (a 民初 linked to this case) or not; without objection the order takes effect.
import { eq, sql } from 'drizzle-orm';
import { fenToYuan } from '../../../domain/money/yuan';
import { paymentOrderEffectiveOn } from '../../../domain/paymentOrder/paymentOrderApplication';
import { paymentOrders } from '../../db/schema';
import { AppError } from '../../http/appError';
import { appendCaseEvent, newCaseRow } from '../cases/caseRecord';
import type { EffectHandler } from '../cases/effects/effectContext';
import { registerBeforeSoleJudge } from '../cases/effects/soleJudgeRegistration';
import { copyPartiesWithAgents } from '../cases/linkedCaseParties';
import { endFilingReview, startFilingReview } from '../clock/filingReview';
import { clockEnv, endPeriods, startPeriod } from '../clock/periodStore';
import { claimAttachments } from '../filings/filingContent';

type Tx = Parameters<EffectHandler>[0]['tx'];

async function orderOf(tx: Tx, caseId: number) {
  const [o] = await tx.select().from(paymentOrders).where(eq(paymentOrders.caseId, caseId)).for('update');
  if (!o) throw new AppError(404, 'PAYMENT_ORDER_NOT_FOUND', '未找到该支付令申请。', 'No such payment-order application.');
  return o;
}

/** Each debtor's last day to pay or object (null before service), as the record and the effect read them. */
export async function objectionDues(q: Pick<Tx, 'execute'>, caseId: number): Promise<{ partyId: number; partyName: string; dueOn: string | null }[]> {
  const r = await q.execute<{ id: number; name: string; due_on: string | null }>(sql`
    select p.id, p.name, (select max(k.due_on)::text from case_periods k where k.case_id = p.case_id and k.party_id = p.id and k.kind = 'paymentOrderObjection' and k.status <> 'cancelled') as due_on
      from case_parties p where p.case_id = ${caseId} and p.standing = 'respondent' order by p.ordinal`);
  return r.rows.map((x) => ({ partyId: Number(x.id), partyName: x.name, dueOn: x.due_on }));
}

export const registerPaymentOrder: EffectHandler = async (ctx) => {
  const { tx, case: c, today } = ctx;
  const reg = await registerBeforeSoleJudge(ctx);
  await endFilingReview(tx, c.id, today, 'accepted');
  const env = await clockEnv(tx, c.courtId, today);
  const p = await startPeriod(tx, env, c, { kind: 'paymentOrderIssue', triggerOn: today, triggerFact: { 'zh-CN': '受理支付令申请', en: 'the application accepted' }, triggerSource: 'CPL-2023 art 227' });
  return { caseNumber: reg.caseNumber, judgeId: reg.judgeId, judgeName: reg.judgeName, issueDueOn: p.dueOn };
};

export const issuePaymentOrder: EffectHandler = async ({ tx, case: c, input, actor, today }) => {
  await orderOf(tx, c.id);
  if (input.documentId) await claimAttachments(tx, c.id, actor, [input.documentId], { category: 'other' });
  await tx.update(paymentOrders).set({ issuedOn: today }).where(eq(paymentOrders.caseId, c.id));
  await endPeriods(tx, c.id, ['paymentOrderIssue'], today, 'issued');
  return { issuedOn: today, documentId: input.documentId ?? null };
};

export const dismissPaymentOrder: EffectHandler = async ({ tx, case: c, input, today, updateCase }) => {
  await orderOf(tx, c.id);
  await tx.update(paymentOrders).set({ dismissedOn: today }).where(eq(paymentOrders.caseId, c.id));
  await endPeriods(tx, c.id, ['paymentOrderIssue'], today, 'dismissed');
  await updateCase({ closingMethod: 'ruling', rulingKind: 'other', closedOn: today, closingSummary: `裁定驳回支付令申请：${input.reasons}` });
  return { dismissedOn: today };
};

export const servePaymentOrder: EffectHandler = async ({ tx, case: c, input, today }) => {
  if (input.servedOn > today) throw new AppError(422, 'DATE_IN_FUTURE', '送达日期不能晚于今天。', 'The date of service cannot be in the future.', { field: 'servedOn' });
  const debtors = await objectionDues(tx, c.id);
  const ids = input.partyIds as number[];
  if (ids.some((id) => !debtors.some((d) => d.partyId === id))) throw new AppError(422, 'PAYMENT_ORDER_PARTY_INVALID', '支付令送达给债务人（被申请人）。', 'The order is served on the debtor (respondent).', { field: 'partyIds' });
  const env = await clockEnv(tx, c.courtId, today);
  const due: { partyId: number; dueOn: string }[] = [];
  for (const partyId of ids) {
    const p = await startPeriod(tx, env, c, { kind: 'paymentOrderObjection', partyId, triggerOn: input.servedOn, triggerFact: { 'zh-CN': '支付令送达', en: 'the payment order served' }, triggerSource: 'CPL-2023 art 227' });
    due.push({ partyId, dueOn: p.dueOn });
  }
  return { servedOn: input.servedOn, method: input.method, objectionDue: due };
};

export const recordPaymentOrderObjection: EffectHandler = async ({ tx, case: c, input, actorRole, actorPartyIds, today }) => {
  const o = await orderOf(tx, c.id);
  const debtors = await objectionDues(tx, c.id);
  const byClerk = actorRole === 'filingClerk';
  const partyId: number | undefined = byClerk ? input.partyId : (input.partyId ?? actorPartyIds.find((id) => debtors.some((d) => d.partyId === id)));
  const debtor = debtors.find((d) => d.partyId === partyId);
  if (!debtor || (!byClerk && !actorPartyIds.includes(debtor.partyId))) throw new AppError(403, 'PAYMENT_ORDER_OBJECTION_FORBIDDEN', '只有债务人（或其代理人）可以对支付令提出异议；书面异议由立案人员代为登记时须指明债务人。', 'Only the debtor (or its agent) objects to the order; a clerk recording a written objection names the debtor.', { field: 'partyId' });
  const receivedOn: string = byClerk && input.receivedOn ? input.receivedOn : today;
  // CPL-2023 art 227: the objection must come within the debtor's 15 days from service.
  if (!debtor.dueOn) throw new AppError(409, 'PAYMENT_ORDER_NOT_SERVED', '支付令尚未向该债务人送达。', 'The order has not been served on this debtor.');
  if (receivedOn > debtor.dueOn) throw new AppError(409, 'PAYMENT_ORDER_OBJECTION_LATE', `异议期间已于${debtor.dueOn}届满（《民事诉讼法》第二百二十七条）。`, `The 15 days ended on ${debtor.dueOn} (Civil Procedure Law, art. 227).`, { dueOn: debtor.dueOn });
  if (o.objectedOn) throw new AppError(409, 'PAYMENT_ORDER_ALREADY_OBJECTED', '已收到债务人的书面异议。', 'A written objection has already been received.');
  await tx.update(paymentOrders).set({ objectedOn: receivedOn, objectionReasons: input.reasons }).where(eq(paymentOrders.caseId, c.id));
  await tx.execute(sql`update case_periods set status = 'completed', completed_on = ${receivedOn}, completed_reason = 'objected', alert_on = null, updated_at = now() where case_id = ${c.id} and kind = 'paymentOrderObjection' and party_id = ${debtor.partyId} and status = 'running'`);
  return { partyId: debtor.partyId, objectedOn: receivedOn };
};

export const terminatePaymentOrder: EffectHandler = async ({ tx, case: c, today }) => {
  const o = await orderOf(tx, c.id);
  if (!o.objectedOn) throw new AppError(409, 'PAYMENT_ORDER_NO_OBJECTION', '债务人未提出书面异议，不能裁定终结督促程序。', 'The debtor has not objected in writing: the procedure cannot be ended.');
  await tx.update(paymentOrders).set({ terminatedOn: today }).where(eq(paymentOrders.caseId, c.id));
  await endPeriods(tx, c.id, ['paymentOrderObjection'], today, 'terminated', 'cancelled');
  return { terminatedOn: today, source: 'CPL-2023 art 228' };
};

// CPL-2023 art 228: the case turns to litigation at the same court unless the applicant does not agree: a 民初 filing
// with the applicant as plaintiff and the debtor as defendant, linked to this case, waits for the filing clerk.
export const choosePaymentOrderLitigation: EffectHandler = async ({ tx, case: c, input, actor, actorRole, actorPartyIds, today, now, updateCase }) => {
  const o = await orderOf(tx, c.id);
  if (actorRole !== 'filingClerk') {
    const own = await tx.execute(sql`select 1 from case_parties where case_id = ${c.id} and standing = 'applicant' and id = any(${sql.param([...actorPartyIds])}::bigint[])`);
    if (!own.rows.length) throw new AppError(403, 'CASE_EVENT_FORBIDDEN', '由申请支付令的一方当事人表明是否起诉。', 'The applicant chooses whether to litigate.');
  }
  await updateCase({ closedOn: today, closingMethod: 'ruling', rulingKind: 'other', closingSummary: input.litigate ? '督促程序终结，转入诉讼程序' : '督促程序终结，申请人不同意提起诉讼' });
  if (!input.litigate) {
    await tx.update(paymentOrders).set({ applicantChoice: 'decline' }).where(eq(paymentOrders.caseId, c.id));
    return { litigate: false };
  }
  const suit = await newCaseRow(tx, {
    caseType: '民初',
    courtId: c.courtId,
    node: 'submitted',
    causeId: c.causeId,
    claims: [`判令被告给付${fenToYuan(o.amountFen)}元`],
    facts: c.facts,
    amountFen: o.amountFen,
    filedBy: c.filedBy,
    filedAt: now,
    receivedOn: today,
    originCaseId: c.id,
    chainId: c.chainId ?? c.id,
    nodeEnteredAt: now,
  });
  await copyPartiesWithAgents(tx, c.id, suit.id, { linkOrigin: true });
  await tx.execute(sql`update case_parties set standing = case standing when 'applicant' then 'plaintiff' when 'respondent' then 'defendant' else standing end where case_id = ${suit.id}`);
  await startFilingReview(tx, { id: suit.id, courtId: suit.courtId, caseType: '民初' }, today, { trigger: { fact: { 'zh-CN': '督促程序终结，转入诉讼', en: 'the payment-order procedure ended and turned to litigation' }, source: 'CPL-2023 art 228' } });
  await tx.update(paymentOrders).set({ applicantChoice: 'litigate', litigationCaseId: suit.id }).where(eq(paymentOrders.caseId, c.id));
  await appendCaseEvent(tx, { caseId: suit.id, event: 'submit', actorId: actor.userId, actorRole, nodeBefore: null, nodeAfter: 'submitted', payload: { paymentOrderCaseId: c.id, paymentOrderCaseNumber: c.caseNumber, source: 'CPL-2023 art 228' }, at: now });
  return { litigate: true, litigationCaseId: suit.id };
};

export const recordPaymentOrderEffect: EffectHandler = async ({ tx, case: c, today, updateCase }) => {
  const o = await orderOf(tx, c.id);
  const dues = await objectionDues(tx, c.id);
  const effectiveOn = paymentOrderEffectiveOn(dues.map((d) => d.dueOn), o.objectedOn !== null, today);
  if (!effectiveOn) {
    throw new AppError(409, 'PAYMENT_ORDER_NOT_EFFECTIVE', '支付令尚未向全部债务人送达、异议期间尚未届满，或债务人已提出书面异议。', 'The order is not served on every debtor, the 15 days have not passed, or a debtor objected.', { objectionDue: dues });
  }
  await tx.update(paymentOrders).set({ effectiveOn }).where(eq(paymentOrders.caseId, c.id));
  await endPeriods(tx, c.id, ['paymentOrderObjection'], today, 'elapsed');
  await updateCase({ closedOn: effectiveOn, closingMethod: 'ruling', rulingKind: 'other', closingSummary: '支付令生效，可以申请强制执行' });
  return { effectiveOn, source: 'CPL-2023 art 227', enforceable: true };
};
