// 恢复执行 (rules.md §5.4): when an execution case may be restored as a new linked 执恢 case, and when execution simply
// resumes in the same case.
import { refuse } from '../errors/domainError';
import { EXECUTION_CLOSING_RULES, type ExecutionClosingMethod } from './closing';
import type { DebtPayment } from './delayInterest';

export interface RestorationFacts {
  caseType: string;
  node: string;
  closingMethod: string | null;
  /** An open 执恢 case already opened from this case. */
  openRestoration: boolean;
}

/** The source of the restoration, or the refusal saying why there is none. */
export function checkRestoration(f: RestorationFacts): { basis: string } {
  if (f.caseType !== '执' && f.caseType !== '执恢') refuse('EXECUTION_NOT_RESTORABLE', 'invalid', '只有执行案件可以恢复执行。', 'Only an execution case can be restored.');
  // CPL-2023 art 267 para 2: a suspended execution resumes in the same case when the ground ends (resumeExecution).
  if (f.node === 'suspended') refuse('EXECUTION_RESUME_IN_CASE', 'conflict', '本案系中止执行，中止的情形消失后在本案中恢复执行，无需另立执恢案件。', 'The case is suspended: execution resumes in this case when the ground ends, with no new 执恢 case.');
  if (f.node !== 'closed' && f.node !== 'archived') refuse('EXECUTION_NOT_RESTORABLE', 'conflict', '执行案件尚未结案，不能申请恢复执行。', 'The execution case is not closed: there is nothing to restore.');
  const rule = f.closingMethod ? EXECUTION_CLOSING_RULES[f.closingMethod as ExecutionClosingMethod] : undefined;
  // CPL-Interp art 517: after 终本 the applicant may apply again at any time, with no 2-year limit; the court restores
  // on its own motion too (ZHONGBEN art 9 [S]). [U] restoration after an unperformed settlement (CPL-2023 art 241;
  // EXEC-SETTLE arts 9–10) needs a settlement closing that the case does not record yet.
  if (!rule?.restorable) {
    refuse('EXECUTION_NOT_RESTORABLE', 'invalid', `以“${rule?.label['zh-CN'] ?? f.closingMethod ?? '未知方式'}”结案的执行案件不能恢复执行（仅终结本次执行程序的案件可以恢复，《民事诉讼法解释》第五百一十七条）。`, `A case closed as "${rule?.label.en ?? f.closingMethod ?? 'unknown'}" cannot be restored (only a case whose current round ended can be, CPL-Interp art 517).`);
  }
  if (f.openRestoration) refuse('EXECUTION_RESTORATION_OPEN', 'conflict', '该案已有正在办理的恢复执行案件。', 'A restored execution of this case is already open.');
  return { basis: rule.source };
}

export interface FundArrival {
  on: string;
  amountFen: bigint;
}

/**
 * What the debtor has paid on the debt through the court before a restoration, for the doubled interest recomputed to
 * the restoration day: each receipt into the case's account counts on the day it arrived (DELAY-2014 art 3: a court
 * deduction counts to the day deducted); [U] the part taken as the execution fee (the debtor's own charge, FEE art 38)
 * is not a payment on the debt, and is taken from the latest arrivals.
 */
export function paymentsThroughCourt(arrivals: readonly FundArrival[], feesFen: bigint): DebtPayment[] {
  const sorted = [...arrivals].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let fees = feesFen;
  const out: DebtPayment[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const a = sorted[i]!;
    const taken = fees < a.amountFen ? fees : a.amountFen;
    fees -= taken;
    if (a.amountFen - taken > 0n) out.unshift({ on: a.on, amountFen: a.amountFen - taken });
  }
  return out;
}
