// Postponing the payout of held execution funds (issue 17: "disbursed within 30 days of arrival … unless a postponement
// with a reason is approved"; rules.md §5.7 [S FUNDS]). The reasons are court practice [U]: 参与分配待定, 案外人异议,
// 申请执行人账户待核实, or another reason written out. Approval: the payout chain (payoutApproval.ts), with the threshold
// applied to the funds held when it is requested — the money whose payout waits.
import type { BilingualMessage } from '../errors/domainError';
import { refuse } from '../errors/domainError';

/** [U court practice] Why a payout may wait past its deadline. */
export const POSTPONEMENT_REASONS = {
  allocationPending: { 'zh-CN': '参与分配待定', en: 'Allocation among creditors pending' },
  thirdPartyObjection: { 'zh-CN': '案外人异议', en: "A third party's objection" },
  applicantAccountUnverified: { 'zh-CN': '申请执行人账户待核实', en: "The applicant's account awaits verification" },
  other: { 'zh-CN': '其他', en: 'Other' },
} as const satisfies Record<string, BilingualMessage>;

export type PostponementReason = keyof typeof POSTPONEMENT_REASONS;
export const POSTPONEMENT_REASON_CODES = Object.keys(POSTPONEMENT_REASONS) as PostponementReason[];

export interface PostponementRequest {
  reason: PostponementReason;
  /** The reason written out: required for `other`, optional otherwise. */
  reasonText: string | null;
  /** The requested new deadline. */
  untilOn: string;
}

/** The request checked against what the case holds now: funds held, a date after the current deadline, a reason. */
export function checkPostponementRequest(req: PostponementRequest, held: { heldFen: bigint; dueOn: string | null }): void {
  if (held.heldFen <= 0n || held.dueOn === null) {
    refuse('POSTPONEMENT_NO_FUNDS', 'conflict', '本案没有待发放的执行款，无需延期发放。', 'This case holds no funds awaiting payout; there is nothing to postpone.');
  }
  if (!(req.reason in POSTPONEMENT_REASONS)) {
    refuse('POSTPONEMENT_REASON_INVALID', 'invalid', '请选择延期发放的理由。', 'Choose a reason for the postponement.', { field: '/reason' });
  }
  if (req.reason === 'other' && !req.reasonText?.trim()) {
    refuse('POSTPONEMENT_REASON_REQUIRED', 'invalid', '理由为“其他”时应写明具体理由。', 'Write the reason out when it is "other".', { field: '/reasonText' });
  }
  if (req.untilOn <= held.dueOn) {
    refuse('POSTPONEMENT_DATE_NOT_LATER', 'invalid', `延期后的发放期限应晚于当前期限（${held.dueOn}）。`, `The new deadline must be after the current one (${held.dueOn}).`, { field: '/untilOn', currentDueOn: held.dueOn });
  }
}
