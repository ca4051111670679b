// Which court is competent for a filing, from the rules in force on the filing day (rules.md §9.2; CPL-2023 arts 18–24,
// 34), with the rule and version behind each step, and the warning when the chosen court is not among them.
import type { CourtLevel } from '../casetypes/caseModel';
import type { BilingualMessage } from '../errors/domainError';
import { causeUnder, rulesInForce, type JurisdictionRule } from './rules';
import { proposeAdministrativeCourt } from './proposeAdministrativeCourt';
import { courtCovers, reasonOf, type CourtProposal, type FilingFacts, type JurisdictionCourt, type JurisdictionReason, type ProposedCourt } from './proposalModel';

export * from './proposalModel';

const sameProvince = (a: string, b: string) => a.slice(0, 2) === b.slice(0, 2);
const LEVEL_RANK: Record<CourtLevel, number> = { basic: 0, intermediate: 1, high: 2, supreme: 3 };

/** The places connecting the case to a court: the real estate's (exclusive), else the defendants' domiciles and, for contracts, the place of performance. */
function placesOf(facts: FilingFacts, rules: readonly JurisdictionRule[]): { places: string[]; reasons: JurisdictionReason[] } {
  for (const r of rules) {
    if (r.kind === 'exclusive' && facts.realEstateLocation && causeUnder(facts.causePath, r.params.causeKeys)) {
      return { places: [facts.realEstateLocation], reasons: [reasonOf(r, '不动产纠纷由不动产所在地法院专属管辖', 'A real-estate dispute belongs exclusively to the court where the property lies')] };
    }
  }
  const territorial = rules.find((r) => r.kind === 'territorial');
  if (!territorial || territorial.kind !== 'territorial') return { places: [], reasons: [] };
  const reasons = [reasonOf(territorial, '由被告住所地法院管辖', "The court of the defendant's domicile is competent")];
  const places = [...facts.defendantDomiciles];
  if (facts.performancePlace && causeUnder(facts.causePath, territorial.params.contractCauseKeys)) {
    places.push(facts.performancePlace);
    reasons.push(reasonOf(territorial, '合同纠纷，合同履行地法院也有管辖权', 'A contract dispute: the court of the place of performance is also competent'));
  }
  return { places: [...new Set(places)], reasons };
}

/** The level that tries the case at first instance where `place` connects it (LEVEL-2021; CPL-2023 art 18 by default). */
export function levelFor(facts: FilingFacts, place: string, rules: readonly JurisdictionRule[]): { level: CourtLevel; reason: JurisdictionReason } {
  const domiciles = [...facts.plaintiffDomiciles, ...facts.defendantDomiciles];
  const inside = domiciles.filter((d) => sameProvince(d, place)).length;
  const scope = inside === 0 || inside === domiciles.length ? 'sameProvince' : 'oneOutside';
  let best: { level: CourtLevel; reason: JurisdictionReason } = {
    level: 'basic',
    reason: { ruleKey: null, version: null, kind: 'statute', source: 'CPL-2023 art 18', explanation: { 'zh-CN': '基层人民法院管辖第一审民事案件', en: 'Basic courts try civil cases at first instance' } },
  };
  for (const r of rules) {
    if (r.kind !== 'levelThreshold') continue;
    const p = r.params;
    if (p.domicileScope !== scope || (p.provinces.length && !p.provinces.includes(place.slice(0, 2)))) continue;
    if (causeUnder(facts.causePath, p.excludedCauseKeys) || (p.excludesForeignRelated && facts.isForeignRelated)) continue;
    if (facts.amountFen === null || facts.amountFen < BigInt(p.minAmountFen) || LEVEL_RANK[p.level] <= LEVEL_RANK[best.level]) continue;
    const yi = Number(BigInt(p.minAmountFen) / 100n) / 1e8;
    const who = scope === 'sameProvince' ? '当事人住所地均在（或均不在）省内' : '一方当事人住所地不在省内';
    const whoEn = scope === 'sameProvince' ? 'all parties domiciled in (or all outside) the province' : 'a party domiciled outside the province';
    best = { level: p.level, reason: reasonOf(r, `${who}，诉讼标的额${yi}亿元以上，由${p.level === 'high' ? '高级' : '中级'}人民法院管辖`, `${whoEn}, amount of ${yi * 100} million yuan or more: the ${p.level} court`) };
  }
  return best;
}

/** The competent court(s) on `onDate` for the filing, each with the rules (and their versions) that name it. */
export function proposeCourt(facts: FilingFacts, rules: readonly JurisdictionRule[], courts: readonly JurisdictionCourt[], onDate: string): CourtProposal {
  const active = rulesInForce(rules, onDate);
  if (facts.administrative) return proposeAdministrativeCourt(facts, facts.administrative, active, courts, onDate);
  const missing: CourtProposal['missing'][number][] = [];
  if (!facts.causePath.length) missing.push('causePath');
  const { places, reasons: placeReasons } = placesOf(facts, active);
  if (!places.length && !facts.defendantDomiciles.length) missing.push('defendantDomicile');
  const found = new Map<number, ProposedCourt>();
  for (const place of places) {
    const { level, reason: levelReason } = levelFor(facts, place, active);
    const designated = active.flatMap((r) => (r.kind === 'designated' && causeUnder(facts.causePath, r.params.causeKeys) && r.params.regions.some((g) => place.startsWith(g)) ? [r] : []));
    let picked: ProposedCourt[] = [];
    for (const r of designated) {
      if (r.kind !== 'designated') continue;
      const reason = reasonOf(r, `本区域该类案件由指定法院集中管辖（${r.params.pattern}）`, `Cases of this kind from the region go to the designated court (${r.params.pattern})`);
      picked.push(...courts.filter((c) => c.level === level && r.params.courtCodes.includes(c.code)).map((court) => ({ court, place, reasons: [...placeReasons, levelReason, reason] })));
    }
    if (!picked.length) picked = courts.filter((c) => courtCovers(c, level, place)).map((court) => ({ court, place, reasons: [...placeReasons, levelReason] }));
    for (const p of picked) if (!found.has(p.court.id)) found.set(p.court.id, p);
  }
  return { onDate, courts: [...found.values()], missing };
}

export interface JurisdictionWarning {
  readonly code: 'COURT_NOT_COMPETENT' | 'EXCLUSIVE_JURISDICTION';
  readonly message: BilingualMessage;
  readonly proposedCourtIds: readonly number[];
}

/** A warning when the chosen court is not among the proposed ones; none when the proposal names no court. */
export function checkChosenCourt(proposal: CourtProposal, chosen: Pick<JurisdictionCourt, 'id' | 'name'>): JurisdictionWarning[] {
  if (!proposal.courts.length || proposal.courts.some((p) => p.court.id === chosen.id)) return [];
  const names = proposal.courts.map((p) => p.court.name).join('、');
  const ids = proposal.courts.map((p) => p.court.id);
  if (proposal.courts.some((p) => p.reasons.some((r) => r.source.startsWith('ALL')))) return administrativeWarning(proposal, chosen, names, ids);
  // CPL-2023 art 130: level and exclusive jurisdiction are not cured by the defendant answering without objection.
  if (proposal.courts.some((p) => p.reasons.some((r) => r.kind === 'exclusive'))) {
    return [{ code: 'EXCLUSIVE_JURISDICTION', proposedCourtIds: ids, message: { 'zh-CN': `不动产纠纷由不动产所在地法院专属管辖（《民事诉讼法》第三十四条），${chosen.name}没有管辖权；建议向${names}起诉。法院仍会接收您的材料。`, en: `A real-estate dispute belongs exclusively to the court where the property lies (CPL art 34); ${chosen.name} is not competent. File with ${names}. The court still receives your filing.` } }];
  }
  return [{ code: 'COURT_NOT_COMPETENT', proposedCourtIds: ids, message: { 'zh-CN': `按管辖规则，本案应由${names}管辖，${chosen.name}可能没有管辖权；受理后可能移送管辖（《民事诉讼法》第三十七条）。法院仍会接收您的材料。`, en: `By the jurisdiction rules ${names} is competent; ${chosen.name} may not be, and may transfer the case (CPL art 37). The court still receives your filing.` } }];
}

// ALL art 20: real estate → only where it lies; ALL art 22: a court that is not competent transfers the case.
function administrativeWarning(proposal: CourtProposal, chosen: Pick<JurisdictionCourt, 'name'>, names: string, ids: number[]): JurisdictionWarning[] {
  if (proposal.courts.some((p) => p.reasons.some((r) => r.kind === 'adminTerritorial' && r.source === 'ALL art 20'))) {
    return [{ code: 'EXCLUSIVE_JURISDICTION', proposedCourtIds: ids, message: { 'zh-CN': `因不动产提起的行政诉讼由不动产所在地法院管辖（《行政诉讼法》第二十条），${chosen.name}没有管辖权；建议向${names}起诉。法院仍会接收您的材料。`, en: `An administrative suit over real estate belongs to the court where the property lies (ALL art 20); ${chosen.name} is not competent. File with ${names}. The court still receives your filing.` } }];
  }
  return [{ code: 'COURT_NOT_COMPETENT', proposedCourtIds: ids, message: { 'zh-CN': `按管辖规则，本案应由${names}管辖，${chosen.name}可能没有管辖权；受理后可能移送管辖（《行政诉讼法》第二十二条）。法院仍会接收您的材料。`, en: `By the jurisdiction rules ${names} is competent; ${chosen.name} may not be, and may transfer the case (ALL art 22). The court still receives your filing.` } }];
}
