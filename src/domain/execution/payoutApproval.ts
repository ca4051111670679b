// 案款发放 approvals (rules.md §5.7 [S FUNDS]; issue 17: "办案人员摸不到钱"): the case's officer only proposes; finance
// approves, and above the court's threshold [U local rule] the 执行局长 (or the president) approves after finance.
// Only the last approval moves money.
import { refuse } from '../errors/domainError';

export type PayoutStatus = 'proposed' | 'awaitingDirector' | 'paid' | 'rejected' | 'withdrawn';
export type PayoutApprover = 'finance' | 'director';

/** Whether a payout of this amount needs the 执行局长 as well as finance (strictly above the threshold). */
export function needsDirectorApproval(amountFen: number, thresholdFen: number): boolean {
  return amountFen > thresholdFen;
}

export interface PayoutDecision {
  /** The status after this approval. */
  next: PayoutStatus;
  /** Whether this approval pays the money out. */
  pays: boolean;
}

const decided = (status: PayoutStatus): never =>
  refuse('PAYOUT_ALREADY_DECIDED', 'conflict', `该发放申请已${status === 'paid' ? '发放' : status === 'rejected' ? '被退回' : '撤回'}，不能再审批。`, `This payout has already been ${status === 'paid' ? 'paid' : status}; it cannot be approved again.`, { status });

const wrongApprover = (waitingFor: PayoutApprover): never =>
  refuse(
    'PAYOUT_APPROVER_WRONG',
    'forbidden',
    waitingFor === 'finance' ? '该发放申请待财务部门审核，执行局长在财务审核后审批。' : '该发放申请已经财务审核，待执行局长（或院长）审批。',
    waitingFor === 'finance' ? 'This payout waits for finance; the head of execution approves after finance.' : 'Finance has approved this payout; it waits for the head of execution (or the president).',
    { waitingFor },
  );

/** The next step of a payout approved by `by`, or a refusal: decided already, or not this approver's turn. */
export function approvePayout(status: PayoutStatus, needsDirector: boolean, by: PayoutApprover): PayoutDecision {
  if (status === 'paid' || status === 'rejected' || status === 'withdrawn') return decided(status);
  const waitingFor: PayoutApprover = status === 'proposed' ? 'finance' : 'director';
  if (by !== waitingFor) return wrongApprover(waitingFor);
  if (status === 'proposed' && needsDirector) return { next: 'awaitingDirector', pays: false };
  return { next: 'paid', pays: true };
}

/** Rejecting (退回) is for whoever's turn it is; an officer withdraws their own proposal before any approval. */
export function rejectPayout(status: PayoutStatus, by: PayoutApprover): PayoutStatus {
  if (status === 'paid' || status === 'rejected' || status === 'withdrawn') return decided(status);
  const waitingFor: PayoutApprover = status === 'proposed' ? 'finance' : 'director';
  if (by !== waitingFor) return wrongApprover(waitingFor);
  return 'rejected';
}
