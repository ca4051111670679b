// What an application case is charged when the court registers it (FEE art 14): the applicant prepays (FEE arts 20, 22).
import { fenToYuan } from '../money/yuan';
import type { FeeRequest } from './calculateFee';

export interface ApplicationFee {
  request: FeeRequest;
  /** The citation of the schedule applied. */
  source: string;
  /** The fee's name on the notice and the ledger. */
  label: string;
}

/**
 * 财保 by the amount applied for (FEE art 14(2); [U] the fee on the amount actually preserved is not re-settled after
 * the ruling), 民督 one third of the property schedule on the amount claimed (FEE art 14(3)); other types: none.
 */
export function applicationFeeFor(c: { caseType: string; amountFen: number | null }): ApplicationFee | null {
  const amount = c.amountFen !== null && c.amountFen > 0 ? fenToYuan(BigInt(c.amountFen)) : undefined;
  if (c.caseType === '财保') return { request: amount ? { kind: 'preservation', amount } : { kind: 'preservation' }, source: 'FEE art 14(2)', label: '申请费（财产保全）' };
  if (c.caseType === '民督' && amount) return { request: { kind: 'payment_order', amount }, source: 'FEE art 14(3)', label: '申请费（支付令）' };
  return null;
}
