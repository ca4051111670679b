// 交纳诉讼费用通知 on registration: the fee by the engine, the case's own account, the deadline of the fee period,
// and the charge on the ledger (FEE arts 13, 16, 20, 22).
import { sql } from 'drizzle-orm';
import { addDays } from '../../../domain/calendar/plainDate';
import { acceptanceFeeRequest, BALANCE_DAYS } from '../../../domain/courtFees/acceptanceFee';
import { appealFeeBases } from '../../../domain/appeal/appealedPart';
import { isSecondInstanceType } from '../../../domain/appeal/appealCaseTypes';
import { appealFee } from '../../../domain/courtFees/appealFee';
import { calculateFee } from '../../../domain/courtFees/calculateFee';
import { appealFeeExemption } from '../../../domain/courtFees/feeExemptions';
import type { ClosingMethod, RulingKind } from '../../../domain/casetypes/caseModel';
import { endPeriods } from '../clock/periodStore';
import { TRANSFER_CLOSING_METHOD } from '../../../domain/jurisdiction/transferEvents';
import { fenFromText, fenToYuanText } from '../../../domain/payments/moneyText';
import { appealSidesOf } from '../cases/effects/appeal';
import type { EffectHandler } from '../cases/effects/effectContext';
import { caseAccountNumberOf, issueChargeNotice } from './caseFees';
import { loadFeeScheduleSettings } from './feeSettings';

export const issueFeeNotice: EffectHandler = async ({ tx, current, actor, today }) => {
  const c = current();
  // 移送, 提级, 指定管辖: the case fee was charged where the case was filed and goes with it [U: the transfer of the fee itself].
  if ((c.caseType === '民初' || c.caseType === '行初') && c.originCaseId !== null) {
    const origin = await tx.execute<{ closing_method: string | null }>(sql`select closing_method from cases where id = ${c.originCaseId}`);
    if (origin.rows[0]?.closing_method === TRANSFER_CLOSING_METHOD) {
      await endPeriods(tx, c.id, ['feePayment'], today, 'feeChargedBeforeTransfer', 'cancelled');
      return { fee: '0.00', feeChargedAtCaseId: c.originCaseId };
    }
  }
  if (isSecondInstanceType(c.caseType) && c.originCaseId !== null) {
    const origin = await tx.execute<{ closing_method: ClosingMethod | null; ruling_kind: RulingKind | null }>(sql`select closing_method, ruling_kind from cases where id = ${c.originCaseId}`);
    const exempt = origin.rows[0] ? appealFeeExemption({ closingMethod: origin.rows[0].closing_method, rulingKind: origin.rows[0].ruling_kind }) : null;
    // No fee, no notice and nothing to pay by a deadline.
    if (exempt) {
      await endPeriods(tx, c.id, ['feePayment'], today, 'feeExempt', 'cancelled');
      return { fee: '0.00', feeExemptBy: exempt.source };
    }
  }
  const settings = await loadFeeScheduleSettings(tx);
  // FEE arts 17, 22; CPL-Interp art 202: an appeal case is charged per appealing side on its appealed part.
  const sides = c.caseType === '民终' ? await appealSidesOf(tx, c.id) : [];
  const fee = sides.length ? appealFee(appealFeeBases(sides), settings) : calculateFee(acceptanceFeeRequest({ caseType: c.caseType, amountFen: c.amountFen === null ? null : Number(c.amountFen), procedure: c.procedure }), settings);
  const amountFen = fenFromText(fee.total)!;
  const accountNo = await caseAccountNumberOf(tx, c.id);
  // A deferral granted before registration (judicial aid) moves the deadline; otherwise the fee period's due date.
  const dueOn = sql<string | null>`greatest(
    (select max(due_on) from case_periods where case_id = ${c.id} and kind = 'feePayment' and status = 'running'),
    (select max(due_on) from fee_decisions where case_id = ${c.id} and kind = 'deferral'))`;
  const notice = await issueChargeNotice(tx, {
    caseId: c.id,
    basis: isSecondInstanceType(c.caseType) ? 'appeal' : 'acceptance',
    amountFen,
    breakdown: fee.breakdown as unknown as Record<string, unknown>[],
    issuedOn: today,
    dueOn,
    issuedBy: actor.userId,
    note: isSecondInstanceType(c.caseType) ? '上诉案件受理费' : '案件受理费',
    accountNo,
  });
  return { fee: fee.total, feeDueOn: notice.dueOn, accountNo };
};

// CPL-Interp art 199: converted from simple to ordinary procedure, the case owes the rest of the full fee within 7 days.
export const chargeFeeBalance: EffectHandler = async ({ tx, current, actor, today }) => {
  const c = current();
  const charged = await tx.execute<{ n: string }>(sql`select coalesce(sum(amount_fen), 0) as n from fee_notices where case_id = ${c.id}`);
  if (Number(charged.rows[0]!.n) === 0) return {};
  const fee = calculateFee(acceptanceFeeRequest({ caseType: c.caseType, amountFen: c.amountFen === null ? null : Number(c.amountFen), procedure: c.procedure }), await loadFeeScheduleSettings(tx));
  const balanceFen = fenFromText(fee.total)! - Number(charged.rows[0]!.n);
  if (balanceFen <= 0) return {};
  const dueOn = addDays(today, BALANCE_DAYS);
  await issueChargeNotice(tx, { caseId: c.id, basis: 'procedureChange', amountFen: balanceFen, breakdown: fee.breakdown as unknown as Record<string, unknown>[], issuedOn: today, dueOn, issuedBy: actor.userId, note: '转为普通程序补交案件受理费' });
  return { feeBalance: fenToYuanText(balanceFen), feeBalanceDueOn: dueOn };
};
