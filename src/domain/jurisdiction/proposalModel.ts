// The facts a court proposal reads and what it answers (rules.md §9.2), shared by the civil and administrative proposals.
import type { CourtLevel } from '../casetypes/caseModel';
import type { BilingualMessage } from '../errors/domainError';
import type { AdminOrganKind, JurisdictionRule, JurisdictionRuleKind } from './rules';

export interface JurisdictionCourt {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly level: CourtLevel;
  /** GB/T 2260 code of the seat: a basic court's district, an intermediate court's city, a high court's province. */
  readonly divisionCode: string | null;
}

/** What the filing says that jurisdiction turns on; places are GB/T 2260 division codes. */
export interface FilingFacts {
  /** The cause's catalogue keys from its part down to it, e.g. ['P9', 'P9-31', '377', '377-1']. */
  readonly causePath: readonly string[];
  readonly amountFen: bigint | null;
  readonly plaintiffDomiciles: readonly string[];
  readonly defendantDomiciles: readonly string[];
  readonly performancePlace?: string | null;
  /** Where the real estate in dispute lies, when the dispute is over real estate. */
  readonly realEstateLocation?: string | null;
  readonly isForeignRelated: boolean;
  /** 行政起诉: the facts of ALL arts 15 and 18–20 (then the cause path is empty). */
  readonly administrative?: AdministrativeFacts | null;
}

export interface AdministrativeFacts {
  /** Where the organ that first made the act sits (ALL art 18); else the defendants' domiciles stand in. */
  readonly actingOrganPlace?: string | null;
  readonly reconsiderationOrganPlace?: string | null;
  readonly restrictsPersonalFreedom?: boolean;
  readonly organKind?: AdminOrganKind | null;
  readonly isMajorComplex?: boolean;
}

export interface JurisdictionReason {
  /** The rule applied; null for the statute's default (basic courts, CPL-2023 art 18). */
  readonly ruleKey: string | null;
  readonly version: number | null;
  readonly kind: JurisdictionRuleKind | 'statute';
  readonly source: string;
  readonly explanation: BilingualMessage;
}

export interface ProposedCourt {
  readonly court: JurisdictionCourt;
  /** The place that connects the case to this court. */
  readonly place: string;
  readonly reasons: readonly JurisdictionReason[];
}

export interface CourtProposal {
  readonly onDate: string;
  readonly courts: readonly ProposedCourt[];
  /** Facts the proposal lacks (a competent court cannot be named without them). */
  readonly missing: readonly ('defendantDomicile' | 'causePath' | 'actingOrganPlace')[];
}

export function reasonOf(rule: JurisdictionRule, zh: string, en: string): JurisdictionReason {
  return { ruleKey: rule.key, version: rule.version, kind: rule.kind, source: rule.source, explanation: { 'zh-CN': zh, en } };
}

/** Whether a court of `level` sits where `place` is (a district for basic courts, a city for intermediate, a province for high). */
export function courtCovers(court: JurisdictionCourt, level: CourtLevel, place: string): boolean {
  if (court.level !== level || !court.divisionCode) return false;
  const digits = level === 'basic' ? 6 : level === 'intermediate' ? 4 : 2;
  return level === 'basic' ? court.divisionCode === place : court.divisionCode.slice(0, digits) === place.slice(0, digits);
}
