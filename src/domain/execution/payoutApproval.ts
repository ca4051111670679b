// 案款发放 approvals (rules.md §5.7 [S FUNDS]; issue 17: "办案人员摸不到钱"): the case's officer only proposes; finance
// approves, and above the court's threshold [U local rule] the 执行局长 (or the president) approves after finance.
// Only the last approval moves money. The same chain approves a postponement of the payout deadline (issue 17: "unless a
// postponement with a reason is approved"), whose last approval moves the deadline.
import { refuse } from '../errors/domainError';

export type PayoutStatus = 'proposed' | 'awaitingDirector' | 'paid' | 'rejected' | 'withdrawn';
export type PostponementStatus = 'proposed' | 'awaitingDirector' | 'approved' | 'rejected' | 'withdrawn';
export type PayoutApprover = 'finance' | 'director';

/** What goes through the chain: a payout (its last approval pays) or a postponement (its last approval moves the deadline). */
export type ApprovalSubject = 'payout' | 'postponement';

const SUBJECTS = {
  payout: { prefix: 'PAYOUT', zh: '发放申请', en: 'payout', doneZh: '发放' },
  postponement: { prefix: 'POSTPONEMENT', zh: '延期发放申请', en: 'postponement', doneZh: '批准' },
} as const;

/** Whether an amount needs the 执行局长 as well as finance (strictly above the threshold): a payout's amount, a postponement's held funds. */
export function needsDirectorApproval(amountFen: number | bigint, thresholdFen: number): boolean {
  return BigInt(amountFen) > BigInt(thresholdFen);
}

/** FUNDS [S→U]: a payout goes to an account in the applicant's own name; an account in another name needs a procedure not modelled. */
export function checkPayeeAccountName(accountName: string, applicantName: string): void {
  if (accountName.trim() !== applicantName.trim()) {
    refuse('PAYOUT_ACCOUNT_NAME_MISMATCH', 'invalid', `收款账户户名应与申请执行人“${applicantName}”一致。`, `The account must be in the applicant's own name ("${applicantName}").`);
  }
}

export interface PayoutDecision {
  /** The status after this approval. */
  next: PayoutStatus;
  /** Whether this approval pays the money out. */
  pays: boolean;
}

type Status = PayoutStatus | PostponementStatus;
const isDecided = (status: Status) => status === 'paid' || status === 'approved' || status === 'rejected' || status === 'withdrawn';

const decided = (subject: ApprovalSubject, status: Status): never => {
  const s = SUBJECTS[subject];
  const zh = status === 'rejected' ? '被退回' : status === 'withdrawn' ? '撤回' : s.doneZh;
  return refuse(`${s.prefix}_ALREADY_DECIDED`, 'conflict', `该${s.zh}已${zh}，不能再审批。`, `This ${s.en} has already been ${status}; it cannot be approved again.`, { status });
};

const wrongApprover = (subject: ApprovalSubject, waitingFor: PayoutApprover): never => {
  const s = SUBJECTS[subject];
  return refuse(
    `${s.prefix}_APPROVER_WRONG`,
    'forbidden',
    waitingFor === 'finance' ? `该${s.zh}待财务部门审核，执行局长在财务审核后审批。` : `该${s.zh}已经财务审核，待执行局长（或院长）审批。`,
    waitingFor === 'finance' ? `This ${s.en} waits for finance; the head of execution approves after finance.` : `Finance has approved this ${s.en}; it waits for the head of execution (or the president).`,
    { waitingFor },
  );
};

/** The chain itself, for either subject: whose turn it is, and whether this approval is the last. */
function approvalStep(subject: ApprovalSubject, status: Status, needsDirector: boolean, by: PayoutApprover): { last: boolean } {
  if (isDecided(status)) return decided(subject, status);
  const waitingFor: PayoutApprover = status === 'proposed' ? 'finance' : 'director';
  if (by !== waitingFor) return wrongApprover(subject, waitingFor);
  return { last: !(status === 'proposed' && needsDirector) };
}

function rejectionStep(subject: ApprovalSubject, status: Status, by: PayoutApprover): 'rejected' {
  if (isDecided(status)) return decided(subject, status);
  const waitingFor: PayoutApprover = status === 'proposed' ? 'finance' : 'director';
  if (by !== waitingFor) return wrongApprover(subject, waitingFor);
  return 'rejected';
}

/** The next step of a payout approved by `by`, or a refusal: decided already, or not this approver's turn. */
export function approvePayout(status: PayoutStatus, needsDirector: boolean, by: PayoutApprover): PayoutDecision {
  const { last } = approvalStep('payout', status, needsDirector, by);
  return last ? { next: 'paid', pays: true } : { next: 'awaitingDirector', pays: false };
}

/** Rejecting (退回) is for whoever's turn it is; an officer withdraws their own proposal before any approval. */
export function rejectPayout(status: PayoutStatus, by: PayoutApprover): PayoutStatus {
  return rejectionStep('payout', status, by);
}

/** The next status of a postponement approved by `by` (the same chain as a payout's); `approved` moves the deadline. */
export function approvePostponement(status: PostponementStatus, needsDirector: boolean, by: PayoutApprover): PostponementStatus {
  return approvalStep('postponement', status, needsDirector, by).last ? 'approved' : 'awaitingDirector';
}

export function rejectPostponement(status: PostponementStatus, by: PayoutApprover): PostponementStatus {
  return rejectionStep('postponement', status, by);
}
