// Who sees which evidence item, and when (证据交换). The rule (docs/evidence.md):
// - the court's own staff see every item at once;
// - a party (or its agent) sees at once the items of its own side (co-plaintiffs, co-defendants…);
// - the other sides see an item only once the court has released it: by organising the exchange (交换证据), which
//   releases every item in time not yet exchanged, or — for evidence submitted after the 举证期限 — by admitting it
//   (CPL-2023 art 68: the court decides whether late evidence is admitted; until then it is not exchanged).
// [U] rules.md §2.3 is silent on how exchange is organised; CPL-Interp arts 224–225 (证据交换) are not in rules.md.

/** An item's state: submitted in time and not yet exchanged, late and awaiting the court, exchanged, or excluded. */
export const EVIDENCE_STATUSES = ['submitted', 'latePending', 'exchanged', 'excluded'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** The sides of a case: the claimant's, the respondent's, and every other party on its own (e.g. a third party). */
export type Side = 'claimant' | 'respondent' | `party:${number}`;

const CLAIMANT = new Set(['plaintiff', 'appellant', 'applicant', 'privateProsecutor', 'executionApplicant', 'objector']);
const RESPONDENT = new Set(['defendant', 'appellee', 'respondent', 'executionDebtor']);

/** The side a party stands on, from its standing (诉讼地位). */
export function sideOf(standing: string, partyId: number): Side {
  if (CLAIMANT.has(standing)) return 'claimant';
  if (RESPONDENT.has(standing)) return 'respondent';
  return `party:${partyId}`;
}

export interface EvidenceViewer {
  isStaffOfCourt: boolean;
  /** The sides of the parties the viewer is or represents. */
  sides: readonly Side[];
}

export interface EvidenceItemFacts {
  side: Side;
  status: EvidenceStatus;
}

/** Whether the viewer may see the item (its particulars, its files, its entry on the timeline). */
export function canSeeItem(viewer: EvidenceViewer, item: EvidenceItemFacts): boolean {
  if (viewer.isStaffOfCourt) return true;
  if (viewer.sides.includes(item.side)) return true;
  return item.status === 'exchanged';
}

/** The status a newly submitted item starts in: late evidence waits for the court's decision (CPL-2023 art 68). */
export function initialStatus(isLate: boolean): EvidenceStatus {
  return isLate ? 'latePending' : 'submitted';
}

/** The items an exchange releases: those submitted in time and not yet exchanged. */
export function releasedByExchange<T extends { status: EvidenceStatus }>(items: readonly T[]): T[] {
  return items.filter((i) => i.status === 'submitted');
}
