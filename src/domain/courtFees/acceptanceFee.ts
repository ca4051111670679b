// What a first-instance complaint is charged at registration (FEE arts 13, 16; CPL-Interp art 201).
import { fenToYuan } from '../money/yuan';
import type { FeeRequest } from './calculateFee';

// CPL-Interp art 199: a simple case converted to ordinary pays the balance within 7 days of the notice.
export const BALANCE_DAYS = 7;

// FEE art 16: simple procedure pays half; [U] small claims counts as simple procedure (rules.md §4.4).
const HALF_FEE_PROCEDURES = new Set(['simple', 'smallClaims']);

/**
 * The property schedule on the claimed amount (in fen), else a non-property case ([U] the cause's kind is not yet
 * used). An appeal case carries the appealed part as its amount, on which it is charged (FEE art 17).
 */
export function acceptanceFeeRequest(c: { caseType?: string; amountFen: number | null; procedure: string | null }): FeeRequest {
  const amount = c.amountFen && c.amountFen > 0 ? fenToYuan(BigInt(c.amountFen)) : null;
  if (c.caseType === '民终') return amount ? { kind: 'appeal', amount } : { kind: 'other_non_property' };
  // FEE art 13(5): an administrative case pays per case, whatever the amount ([U] trademark, patent and maritime cases,
  // 100 yuan, are not told apart at filing); FEE art 17: an appeal pays as at first instance.
  const base: FeeRequest = c.caseType?.startsWith('行') ? { kind: 'administrative' } : amount ? { kind: 'property', amount } : { kind: 'other_non_property' };
  return c.procedure && HALF_FEE_PROCEDURES.has(c.procedure) ? { ...base, reduction: 'simple' } : base;
}

/**
 * A counterclaim tried with the case pays half the fee on its own claim (FEE art 18), prepaid by the counterclaiming
 * defendant (art 20); with simple procedure too it is halved only once (CPL-Interp art 206).
 */
export function counterclaimFeeRequest(c: { amountFen: number | null; procedure: string | null }): FeeRequest {
  return { ...acceptanceFeeRequest({ caseType: '民初', ...c }), counterclaim: true };
}
