// 质证: the other sides' written opinions on an exchanged item, given online within the period the exchange started.
import { refuse } from '../errors/domainError';
import type { EvidenceStatus, Side } from './exchange';

// [U] rules.md is silent on written cross-examination before the hearing (CPL-2023 art 71: evidence is examined by
// the parties; the online rules are not in rules.md): the period's length is a setting (default 7 days).
export const DEFAULT_CROSS_EXAMINATION_DAYS = 7;

/** 认可 / 不认可 / 部分认可 for each of 真实性, 合法性, 关联性. */
export const OPINION_VIEWS = ['accept', 'reject', 'partlyAccept'] as const;
export type OpinionView = (typeof OPINION_VIEWS)[number];
export const EVIDENCE_PROPERTIES = ['authenticity', 'legality', 'relevance'] as const;
export type EvidenceProperty = (typeof EVIDENCE_PROPERTIES)[number];

export interface OpinionTarget {
  side: Side;
  status: EvidenceStatus;
  opinionDueOn: string | null;
}

/** Whether the party (on `side`) may give or change its opinion on the item today; refuses with the reason if not. */
export function checkOpinionAllowed(item: OpinionTarget, side: Side, today: string): void {
  if (item.side === side) {
    refuse('EVIDENCE_OWN_SIDE', 'forbidden', '不能对本方提交的证据发表质证意见。', 'You cannot cross-examine evidence submitted by your own side.');
  }
  if (item.status !== 'exchanged' || item.opinionDueOn === null) {
    refuse('EVIDENCE_NOT_EXCHANGED', 'conflict', '该证据尚未交换，暂不能发表质证意见。', 'This item has not been exchanged yet; opinions can be given once it is.');
  }
  if (today > item.opinionDueOn) {
    refuse(
      'CROSS_EXAMINATION_CLOSED',
      'conflict',
      `质证意见期限已于${item.opinionDueOn}届满，不能再提交或修改书面质证意见；可在庭审中发表意见。`,
      `The period for written opinions ended on ${item.opinionDueOn}; they can no longer be given or changed. Opinions may still be stated at the hearing.`,
      { dueOn: item.opinionDueOn },
    );
  }
}

/** A reason is required whenever a property is not fully accepted. */
export function checkOpinionReasons(views: Record<EvidenceProperty, { view: OpinionView; reason?: string | undefined }>): void {
  for (const p of EVIDENCE_PROPERTIES) {
    const v = views[p];
    if (v.view !== 'accept' && !v.reason?.trim()) {
      refuse('OPINION_REASON_REQUIRED', 'invalid', '对证据的真实性、合法性或关联性不认可或部分认可的，请说明理由。', 'State the reason wherever you do not (fully) accept authenticity, legality or relevance.', { field: `/${p}/reason` });
    }
  }
}
