// Jurisdiction rules as data (rules.md §9.2: "implement as data, re-versioned on each SPC notice"): each rule has a key,
// a version and the days it is in force; a proposal names the rule and version that decided it.
import type { BilingualMessage } from '../errors/domainError';
import type { CourtLevel } from '../casetypes/caseModel';

export const JURISDICTION_RULE_KINDS = ['levelThreshold', 'designated', 'exclusive', 'territorial', 'adminTerritorial', 'adminLevel'] as const;
export type JurisdictionRuleKind = (typeof JURISDICTION_RULE_KINDS)[number];

/** LEVEL-2021 items 1–2: "all parties in (or all outside) the province" or "a party domiciled outside it". */
export type DomicileScope = 'sameProvince' | 'oneOutside';

export interface LevelThresholdParams {
  /** The court level that takes the case from this amount up. */
  readonly level: Exclude<CourtLevel, 'basic' | 'supreme'>;
  readonly domicileScope: DomicileScope;
  /** The smallest amount in dispute (fen, decimal string) the level takes. */
  readonly minAmountFen: string;
  /** Provinces (first two digits of GB/T 2260) the threshold holds in; empty: everywhere. */
  readonly provinces: readonly string[];
  /** Causes (catalogue keys, with all below them) the threshold does not cover (LEVEL-2021 item 5: IP, maritime). */
  readonly excludedCauseKeys: readonly string[];
  /** LEVEL-2021 item 5: not for foreign-related cases. */
  readonly excludesForeignRelated: boolean;
}

export interface DesignatedParams {
  readonly causeKeys: readonly string[];
  /** Division-code prefixes of the region whose cases go to the designated courts ('2201' = 长春). */
  readonly regions: readonly string[];
  /** The designated courts by 法院代字. */
  readonly courtCodes: readonly string[];
  /** How the designation is known, e.g. "1+10". */
  readonly pattern: string;
}

export interface ExclusiveParams {
  /** Causes that are disputes over real estate when the filing names the property's location. */
  readonly causeKeys: readonly string[];
}

export interface TerritorialParams {
  /** Contract causes: the place of performance is also competent (CPL-2023 art 24). */
  readonly contractCauseKeys: readonly string[];
}

/** Which place connects an administrative case to a court (ALL arts 18–20). */
export const ADMIN_PLACE_BASES = ['actingOrgan', 'reconsiderationOrgan', 'plaintiffForPersonalFreedom', 'realEstate'] as const;
export type AdminPlaceBasis = (typeof ADMIN_PLACE_BASES)[number];

export interface AdminTerritorialParams {
  readonly basis: AdminPlaceBasis;
}

/** What the defendant organ is, as far as ALL art 15 turns on it. */
export const ADMIN_ORGAN_KINDS = ['stateCouncilDepartment', 'countyOrAboveGovernment', 'customs', 'other'] as const;
export type AdminOrganKind = (typeof ADMIN_ORGAN_KINDS)[number];

export interface AdminLevelParams {
  readonly level: 'intermediate' | 'high';
  /** Cases against these organs go to `level` (ALL art 15(1)–(2)). */
  readonly organKinds: readonly AdminOrganKind[];
  /** Whether a case the filer or court marks as major and complex goes to `level` (ALL art 15(3), 16). */
  readonly majorComplex: boolean;
}

interface RuleCommon {
  readonly key: string;
  readonly version: number;
  readonly label: BilingualMessage;
  /** Citation key and article, e.g. "LEVEL-2021 item 1". */
  readonly source: string;
  readonly effectiveFrom: string;
  /** Last day in force; null: open-ended. */
  readonly effectiveTo: string | null;
}

export type JurisdictionRule =
  | (RuleCommon & { readonly kind: 'levelThreshold'; readonly params: LevelThresholdParams })
  | (RuleCommon & { readonly kind: 'designated'; readonly params: DesignatedParams })
  | (RuleCommon & { readonly kind: 'exclusive'; readonly params: ExclusiveParams })
  | (RuleCommon & { readonly kind: 'territorial'; readonly params: TerritorialParams })
  | (RuleCommon & { readonly kind: 'adminTerritorial'; readonly params: AdminTerritorialParams })
  | (RuleCommon & { readonly kind: 'adminLevel'; readonly params: AdminLevelParams });

export type RuleOfKind<K extends JurisdictionRuleKind> = Extract<JurisdictionRule, { kind: K }>;

/** Whether the rule is in force on `onDate` (both ends inclusive). */
export function inForce(rule: Pick<RuleCommon, 'effectiveFrom' | 'effectiveTo'>, onDate: string): boolean {
  return rule.effectiveFrom <= onDate && (rule.effectiveTo === null || onDate <= rule.effectiveTo);
}

/** The rules in force on the date; of several versions of one key, the latest in force. */
export function rulesInForce(rules: readonly JurisdictionRule[], onDate: string): JurisdictionRule[] {
  const byKey = new Map<string, JurisdictionRule>();
  for (const r of rules) {
    if (!inForce(r, onDate)) continue;
    const prior = byKey.get(r.key);
    if (!prior || prior.version < r.version) byKey.set(r.key, r);
  }
  return [...byKey.values()];
}

/** Whether a cause (its catalogue keys from the part down) falls under one of `keys`. */
export function causeUnder(causePath: readonly string[], keys: readonly string[]): boolean {
  return causePath.some((k) => keys.includes(k));
}
