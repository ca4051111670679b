// 交纳申请费通知 on the registration of an application case (财保, 民督): the fee by the engine (FEE art 14), the case's
// own account, the applicant's period to pay and the charge on the ledger — as 民初's acceptance fee (feeNoticeEffects.ts).
// rules.md states no consequence of an unpaid application fee (按撤诉处理 is the plaintiff's, FEE art 22): the period
// lapses on the clock and the judge is reminded, nothing else.
import { sql } from 'drizzle-orm';
import { applicationFeeFor } from '../../../domain/courtFees/applicationFee';
import { calculateFee } from '../../../domain/courtFees/calculateFee';
import { retrialFeeFor } from '../../../domain/courtFees/retrialFee';
import { yuanToFen } from '../../../domain/money/yuan';
import { fenFromText, fenToYuanText } from '../../../domain/payments/moneyText';
import type { EffectHandler } from '../cases/effects/effectContext';
import { clockEnv, startPeriod } from '../clock/periodStore';
import { addLedgerEntry, caseAccountNumberOf, issueChargeNotice, settleFeePeriod } from './caseFees';
import { loadFeeScheduleSettings } from './feeSettings';

export const issueApplicationFeeNotice: EffectHandler = async ({ tx, current, actor, today }) => {
  const c = current();
  const charged = applicationFeeFor({ caseType: c.caseType, amountFen: c.amountFen === null ? null : Number(c.amountFen) });
  if (!charged) return {};
  const fee = calculateFee(charged.request, await loadFeeScheduleSettings(tx));
  const env = await clockEnv(tx, c.courtId, today);
  // FEE arts 20, 22: the applicant prepays; [U] the court's term for it is the kind's 7 days.
  const period = await startPeriod(tx, env, c, { kind: 'feePayment', triggerOn: today, triggerFact: { 'zh-CN': '申请立案并发出交纳申请费通知', en: 'application registered and the fee notice issued' }, triggerSource: 'FEE arts 20, 22' });
  const accountNo = await caseAccountNumberOf(tx, c.id);
  const notice = await issueChargeNotice(tx, {
    caseId: c.id,
    basis: 'application',
    amountFen: fenFromText(fee.total)!,
    breakdown: fee.breakdown as unknown as Record<string, unknown>[],
    issuedOn: today,
    dueOn: period.dueOn,
    issuedBy: actor.userId,
    note: charged.label,
    accountNo,
  });
  return { fee: fee.total, feeDueOn: notice.dueOn, feeSource: charged.source, feeLabel: charged.label, accountNo };
};

// FEE arts 9, 19: a retrial ordered on new evidence, or sought against an unappealed first-instance judgment, is charged
// in the 民再 the ruling opened (ruleOnRetrialApplication runs first); otherwise it is free and nothing is noticed.
export const chargeRetrialFee: EffectHandler = async ({ tx, case: c, actor, today }) => {
  const r = await tx.execute<{ grounds: string[]; retrial_case_id: string | null; case_type: string; amount_fen: string | null }>(sql`
    select ra.grounds, ra.retrial_case_id, o.case_type, o.amount_fen from retrial_applications ra join cases o on o.id = ra.original_case_id
     where ra.case_id = ${c.id} and ra.decision = 'retry'`);
  const row = r.rows[0];
  if (!row?.retrial_case_id) return {};
  const charged = retrialFeeFor({ grounds: row.grounds, originalCaseType: row.case_type, amountFen: row.amount_fen === null ? null : Number(row.amount_fen) });
  if (!charged) return { retrialFee: '0.00', retrialFeeSource: 'FEE art 9' };
  const retrial = { id: Number(row.retrial_case_id), courtId: c.courtId };
  const fee = calculateFee(charged.request, await loadFeeScheduleSettings(tx));
  const period = await startPeriod(tx, await clockEnv(tx, c.courtId, today), retrial, { kind: 'feePayment', triggerOn: today, triggerFact: { 'zh-CN': '裁定再审并发出交纳诉讼费用通知', en: 'retrial ordered and the fee notice issued' }, triggerSource: 'FEE arts 9, 22' });
  const accountNo = await caseAccountNumberOf(tx, retrial.id);
  await issueChargeNotice(tx, { caseId: retrial.id, basis: 'retrial', amountFen: fenFromText(fee.total)!, breakdown: fee.breakdown as unknown as Record<string, unknown>[], issuedOn: today, dueOn: period.dueOn, issuedBy: actor.userId, note: '再审案件受理费', accountNo });
  return { retrialFee: fee.total, retrialFeeSource: charged.source, retrialFeeDueOn: period.dueOn };
};

// FEE art 14(2): the preservation fee is by the amount actually preserved. Charged at registration on the amount
// applied for, it is re-settled on the grant: a smaller grant relieves the difference (refundable if already paid).
export const settlePreservationFee: EffectHandler = async ({ tx, case: c, input, actor, today }) => {
  const notice = (await tx.execute<{ id: string; amount_fen: string }>(sql`select id, amount_fen from fee_notices where case_id = ${c.id} and basis = 'application'`)).rows[0];
  const charged = applicationFeeFor({ caseType: c.caseType, amountFen: Number(yuanToFen(String(input.amount))) });
  if (!notice || !charged) return {};
  const fee = calculateFee(charged.request, await loadFeeScheduleSettings(tx));
  const reliefFen = Number(notice.amount_fen) - fenFromText(fee.total)!;
  if (reliefFen <= 0) return {};
  await addLedgerEntry(tx, { caseId: c.id, kind: 'relief', amountFen: reliefFen, entryOn: today, source: 'notice', sourceId: Number(notice.id), note: '按实际保全数额核定申请费', createdBy: actor.userId });
  await settleFeePeriod(tx, c.id, today);
  return { feeSettled: fee.total, feeRelief: fenToYuanText(reliefFen), feeSettledSource: 'FEE art 14(2)' };
};
