// Small-claims thresholds as shares of the province's previous-year average wage, by filing date (rules.md §2.9, §8.2).
import type { PlainDate } from '../calendar/plainDate';
import { refuse } from '../errors/domainError';

export interface SmallClaimsCeiling {
  /** Amounts up to this share must be heard as small claims. */
  mandatoryShare: number;
  /** Amounts above the mandatory share and up to this one may be, if both parties agree; null = no opt-in. */
  optInShare: number | null;
  source: string;
}

const CEILINGS: readonly (SmallClaimsCeiling & { from: PlainDate })[] = [
  // CPL-2017 art 162 [U text not re-read]: ≤30%, no opt-in; the procedure exists since the 2012 CPL (2013-01-01).
  { from: '2013-01-01', mandatoryShare: 0.3, optInShare: null, source: 'CPL-2017 art 162' },
  // CPL-2021 art 165: ≤50% mandatory, opt-in up to 200%.
  { from: '2022-01-01', mandatoryShare: 0.5, optInShare: 2, source: 'CPL-2021 art 165' },
  // CPL-2023 art 165: unchanged.
  { from: '2024-01-01', mandatoryShare: 0.5, optInShare: 2, source: 'CPL-2023 art 165' },
];

export function smallClaimsCeiling(filedOn: PlainDate): SmallClaimsCeiling {
  const hit = CEILINGS.filter((c) => c.from <= filedOn).at(-1);
  if (!hit) {
    refuse(
      'SMALL_CLAIMS_NOT_IN_FORCE',
      'invalid',
      `小额诉讼程序自2013-01-01起施行，${filedOn}起诉的案件不适用。`,
      `The small-claims procedure applies from 2013-01-01; a case filed on ${filedOn} cannot use it.`,
      { filedOn },
    );
  }
  return { mandatoryShare: hit.mandatoryShare, optInShare: hit.optInShare, source: hit.source };
}
