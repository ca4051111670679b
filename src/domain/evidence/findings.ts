// 认证: the court's finding on each item after cross-examination — the facts the judgment will rest on.
import { refuse } from '../errors/domainError';
import type { EvidenceStatus } from './exchange';

// [U] CPL-Interp arts 104–105 (审核认定证据) are not in rules.md: the finding records the judge's view of each of
// authenticity, legality and relevance and whether the item is accepted, with reasons.
export const FINDING_VERDICTS = ['accepted', 'rejected', 'partlyAccepted'] as const;
export type FindingVerdict = (typeof FINDING_VERDICTS)[number];

/** Only exchanged evidence is found on: it must have been open to cross-examination first. */
export function checkFindingAllowed(status: EvidenceStatus): void {
  if (status !== 'exchanged') {
    refuse(
      'EVIDENCE_NOT_EXAMINED',
      'conflict',
      status === 'excluded' ? '该证据已因逾期不予采纳，无需认证。' : '证据须先交换、经对方质证后才能认证。',
      status === 'excluded' ? 'This item was excluded as late; there is nothing to find on.' : 'Evidence is found on only after it has been exchanged and open to cross-examination.',
      { status },
    );
  }
}

/** An accepted item must be established on all three properties; a rejected one fails on at least one. */
export function checkFindingConsistent(verdict: FindingVerdict, established: { authenticity: boolean; legality: boolean; relevance: boolean }): void {
  const all = established.authenticity && established.legality && established.relevance;
  if (verdict === 'accepted' && !all) {
    refuse('FINDING_INCONSISTENT', 'invalid', '采信的证据应当同时具备真实性、合法性和关联性。', 'An accepted item must be authentic, lawful and relevant.');
  }
  if (verdict === 'rejected' && all) {
    refuse('FINDING_INCONSISTENT', 'invalid', '三性均成立的证据不应认定为不采信；请说明并选择“部分采信”或调整三性认定。', 'An item established on all three properties should not be rejected; choose partly accepted or revise the properties.');
  }
}
