// A plain 民初 case for guard tests: registered on 2026-03-02 at a basic court, nothing running, nothing booked.
import type { CaseSnapshot } from './caseModel';

export function caseSnapshotFixture(over: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    caseType: '民初',
    node: 'accepted',
    courtLevel: 'basic',
    procedure: 'ordinary',
    closingMethod: null,
    rulingKind: null,
    acceptedOn: '2026-03-02',
    hasHeldHearing: false,
    isTransferredIn: false,
    actorPartyIds: [],
    scheduledHearingStartsAt: null,
    runningDeductions: 0,
    runningPartyPeriods: [],
    hasElementComplaint: false,
    ...over,
  };
}
