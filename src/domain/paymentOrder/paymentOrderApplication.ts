// 民督 (督促程序, CPL-2023 arts 225–228): who may apply for a payment order, its fee (FEE art 14(3)), and when the order
// takes effect as a title for execution (art 227).
import { addDays, type PlainDate } from '../calendar/plainDate';
import { calculateFee, type FeeResult } from '../courtFees/calculateFee';
import { refuse } from '../errors/domainError';
import { fenToYuan } from '../money/yuan';

/** CPL-2023 art 225: money or negotiable securities only. */
export const PAYMENT_ORDER_CLAIMS = ['money', 'securities'] as const;
export type PaymentOrderClaim = (typeof PAYMENT_ORDER_CLAIMS)[number];

export interface PaymentOrderApplicationFacts {
  claim: PaymentOrderClaim;
  amountFen: bigint;
  /** The day the debt fell due. */
  debtDueOn: PlainDate;
  /** The creditor owes the debtor something in return (对待给付). */
  hasCounterObligation: boolean;
  /** The debtor has no domicile in the PRC (the order could not be served on it). */
  debtorAbroad: boolean;
  courtLevel: string;
  today: PlainDate;
}

// CPL-2023 art 225: to the competent basic court; money or securities, due, fixed in amount; no dispute over a
// counter-obligation; the order can be served on the debtor (CPL-Interp art 427: not a debtor outside the PRC).
export function checkPaymentOrderApplication(f: PaymentOrderApplicationFacts): void {
  if (f.courtLevel !== 'basic') refuse('PAYMENT_ORDER_COURT_NOT_BASIC', 'invalid', '支付令应当向有管辖权的基层人民法院申请（《民事诉讼法》第二百二十五条）。', 'A payment order is applied for at the competent basic court (Civil Procedure Law, art. 225).', { field: 'courtId' });
  if (f.amountFen <= 0n) refuse('PAYMENT_ORDER_AMOUNT_INVALID', 'invalid', '请填写请求给付的金钱或者有价证券的数额（大于零）。', 'Give the amount of money or securities claimed (more than zero).', { field: 'amount' });
  if (f.debtDueOn > f.today) refuse('PAYMENT_ORDER_DEBT_NOT_DUE', 'invalid', `债务于${f.debtDueOn}到期，到期前不能申请支付令（《民事诉讼法》第二百二十五条）。`, `The debt falls due on ${f.debtDueOn}: no payment order before then (Civil Procedure Law, art. 225).`, { field: 'debtDueOn' });
  if (f.hasCounterObligation) refuse('PAYMENT_ORDER_COUNTER_OBLIGATION', 'invalid', '债权人与债务人有其他债务纠纷（对待给付）的，不能申请支付令（《民事诉讼法》第二百二十五条）。', 'A creditor who owes the debtor in return cannot apply for a payment order (Civil Procedure Law, art. 225).', { field: 'hasCounterObligation' });
  if (f.debtorAbroad) refuse('PAYMENT_ORDER_NOT_SERVABLE', 'invalid', '债务人不在我国境内的，支付令不能送达，不予受理（《民诉法解释》第四百二十七条）。', 'A debtor outside the PRC cannot be served with the order: the application is not accepted (CPL-Interp art 427).', { field: 'parties' });
}

/** FEE art 14(3): one third of the property-case fee on the amount claimed. */
export function paymentOrderFee(amountFen: bigint): FeeResult {
  return calculateFee({ kind: 'payment_order', amount: fenToYuan(amountFen) });
}

/**
 * CPL-2023 art 227: without a written objection within 15 days of service the order takes effect, the day after the
 * last debtor's period ends; null while any period runs (or a debtor is not served).
 */
export function paymentOrderEffectiveOn(objectionDueOn: readonly (PlainDate | null)[], objected: boolean, today: PlainDate): PlainDate | null {
  if (objected || objectionDueOn.length === 0 || objectionDueOn.some((d) => d === null)) return null;
  const last = [...(objectionDueOn as PlainDate[])].sort().at(-1)!;
  return last < today ? addDays(last, 1) : null;
}
