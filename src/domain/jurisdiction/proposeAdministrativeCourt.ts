// 行政起诉: the competent court from the rules in force (ALL arts 14–20): where the organ that first acted sits, also
// the reconsideration organ's place, the plaintiff's for a restriction of personal freedom, only the property's for real
// estate; the intermediate court for the organs of ALL art 15 and for major, complex cases.
import type { CourtLevel } from '../casetypes/caseModel';
import { courtCovers, reasonOf, type AdministrativeFacts, type CourtProposal, type FilingFacts, type JurisdictionCourt, type JurisdictionReason, type ProposedCourt } from './proposalModel';
import type { AdminOrganKind, AdminPlaceBasis, JurisdictionRule, RuleOfKind } from './rules';

const EXPLAIN: Record<AdminPlaceBasis, [string, string]> = {
  actingOrgan: ['由最初作出行政行为的行政机关所在地法院管辖', 'The court where the organ that first made the act sits'],
  reconsiderationOrgan: ['经复议的案件，复议机关所在地法院也有管辖权', 'After reconsideration, the court where the reconsideration organ sits is also competent'],
  plaintiffForPersonalFreedom: ['对限制人身自由的行政强制措施不服的，原告所在地法院也有管辖权', "Against a measure restricting personal freedom, the court of the plaintiff's place is also competent"],
  realEstate: ['因不动产提起的行政诉讼，由不动产所在地法院管辖', 'A suit over real estate goes to the court where the property lies'],
};

function placeRule(active: readonly JurisdictionRule[], basis: AdminPlaceBasis): RuleOfKind<'adminTerritorial'> | undefined {
  return active.find((r): r is RuleOfKind<'adminTerritorial'> => r.kind === 'adminTerritorial' && r.params.basis === basis);
}

/** The places connecting the case to a court, each with the rule that makes it so. */
export function administrativePlaces(facts: FilingFacts, a: AdministrativeFacts, active: readonly JurisdictionRule[]): { place: string; reason: JurisdictionReason }[] {
  const out: { place: string; reason: JurisdictionReason }[] = [];
  const add = (basis: AdminPlaceBasis, places: readonly (string | null | undefined)[]) => {
    const rule = placeRule(active, basis);
    if (!rule) return;
    for (const place of places) if (place && !out.some((o) => o.place === place)) out.push({ place, reason: reasonOf(rule, ...EXPLAIN[basis]) });
  };
  if (facts.realEstateLocation && placeRule(active, 'realEstate')) {
    add('realEstate', [facts.realEstateLocation]);
    return out;
  }
  add('actingOrgan', a.actingOrganPlace ? [a.actingOrganPlace] : facts.defendantDomiciles);
  add('reconsiderationOrgan', [a.reconsiderationOrganPlace]);
  if (a.restrictsPersonalFreedom) add('plaintiffForPersonalFreedom', facts.plaintiffDomiciles);
  return out;
}

const ORGAN: Record<AdminOrganKind, [string, string]> = {
  stateCouncilDepartment: ['国务院部门', 'a State Council department'],
  countyOrAboveGovernment: ['县级以上地方人民政府', 'a local people’s government at or above county level'],
  customs: ['海关', 'the customs'],
  other: ['其他行政机关', 'another organ'],
};

const RANK: Record<CourtLevel, number> = { basic: 0, intermediate: 1, high: 2, supreme: 3 };

/** The first-instance level (ALL art 14 basic courts by default; art 15 intermediate for the organs and cases it names). */
export function administrativeLevel(a: AdministrativeFacts, active: readonly JurisdictionRule[]): { level: CourtLevel; reason: JurisdictionReason } {
  let best: { level: CourtLevel; reason: JurisdictionReason } = {
    level: 'basic',
    reason: { ruleKey: null, version: null, kind: 'statute', source: 'ALL art 14', explanation: { 'zh-CN': '基层人民法院管辖第一审行政案件', en: 'Basic courts try administrative cases at first instance' } },
  };
  for (const r of active) {
    if (r.kind !== 'adminLevel' || RANK[r.params.level] <= RANK[best.level]) continue;
    const organ = a.organKind && r.params.organKinds.includes(a.organKind) ? ORGAN[a.organKind] : null;
    const byWeight = r.params.majorComplex && !!a.isMajorComplex;
    if (!organ && !byWeight) continue;
    const court = r.params.level === 'high' ? '高级' : '中级';
    best = { level: r.params.level, reason: reasonOf(r, organ ? `被告为${organ[0]}，由${court}人民法院管辖第一审` : `本辖区内重大、复杂的案件，由${court}人民法院管辖第一审`, organ ? `Against ${organ[1]}: the ${r.params.level} court` : `A major, complex case: the ${r.params.level} court`) };
  }
  return best;
}

export function proposeAdministrativeCourt(facts: FilingFacts, a: AdministrativeFacts, active: readonly JurisdictionRule[], courts: readonly JurisdictionCourt[], onDate: string): CourtProposal {
  const places = administrativePlaces(facts, a, active);
  const { level, reason: levelReason } = administrativeLevel(a, active);
  const found = new Map<number, ProposedCourt>();
  for (const { place, reason } of places) {
    for (const court of courts.filter((c) => courtCovers(c, level, place))) if (!found.has(court.id)) found.set(court.id, { court, place, reasons: [reason, levelReason] });
  }
  return { onDate, courts: [...found.values()], missing: places.length ? [] : ['actingOrganPlace'] };
}
