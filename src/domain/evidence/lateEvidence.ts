// The court's decision on evidence submitted after the 举证期限.
import { citeEn } from '../citations/citations';
import { refuse } from '../errors/domainError';
import type { EvidenceStatus } from './exchange';

// CPL-2023 art 68 (rules.md §2.3): the court requires an explanation and may exclude late evidence, or admit it with
// an admonition (训诫) or a fine. [U] CPL-Interp arts 101–102 (which reasons excuse the delay, when late evidence is
// admitted anyway because it concerns basic facts) are not in rules.md: the judge's reasons carry that weight. A fine
// is decided by its own 罚款决定书 and is not modelled here.
export const LATE_DECISIONS = ['admit', 'admitWithAdmonition', 'exclude'] as const;
export type LateDecision = (typeof LATE_DECISIONS)[number];

/** The status the decision leaves the item in: admitted evidence is exchanged at once; excluded evidence never is. */
export function decideLateEvidence(status: EvidenceStatus, decision: LateDecision): EvidenceStatus {
  if (status !== 'latePending') {
    refuse(
      'EVIDENCE_NOT_PENDING_LATE',
      'conflict',
      '该证据不是待决定的逾期证据，无需再作决定。',
      `This item is not late evidence awaiting a decision (${citeEn('CPL-2023 art 68')}).`,
      { status },
    );
  }
  return decision === 'exclude' ? 'excluded' : 'exchanged';
}
