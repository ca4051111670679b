// The rules a new installation starts with (rules.md §9.2; CPL-2023 arts 22–24, 34); administrators add versions and
// end rules from there. Amounts in fen.
import type { AdminPlaceBasis, JurisdictionRule, RuleOfKind } from './rules';

const YI_FEN = 100_000_000n * 100n;

// LEVEL-2021 items 1–2 and 5 (法发〔2021〕27号, in force 2021-10-01): intermediate courts from 5亿 (parties all in or all
// outside the province) or 1亿 (one party outside); not for IP, maritime or foreign-related cases. The HPC threshold is
// [U] (rules.md §9.2) and is not seeded: an administrator adds it as a levelThreshold rule of level "high".
const levelCommon = { kind: 'levelThreshold', version: 1, effectiveFrom: '2021-10-01', effectiveTo: null } as const;
const notCovered = { provinces: ['22'], excludedCauseKeys: ['P5', 'P7'], excludesForeignRelated: true } as const;

export const LEVEL_2021_RULES: readonly JurisdictionRule[] = [
  {
    ...levelCommon,
    key: 'LEVEL-2021-intermediate-same-province',
    label: { 'zh-CN': '中级法院管辖第一审民事案件标准（当事人住所地均在或均不在省内）', en: 'Intermediate court threshold (parties all in or all outside the province)' },
    source: 'LEVEL-2021 item 1',
    params: { level: 'intermediate', domicileScope: 'sameProvince', minAmountFen: (5n * YI_FEN).toString(), ...notCovered },
  },
  {
    ...levelCommon,
    key: 'LEVEL-2021-intermediate-one-outside',
    label: { 'zh-CN': '中级法院管辖第一审民事案件标准（一方当事人住所地不在省内）', en: 'Intermediate court threshold (a party domiciled outside the province)' },
    source: 'LEVEL-2021 item 2',
    params: { level: 'intermediate', domicileScope: 'oneOutside', minAmountFen: YI_FEN.toString(), ...notCovered },
  },
];

// CPL-2023 art 34(1): real-estate disputes → where the property lies. Which causes count as real-estate disputes when the
// filing names the property's location: the 物权 part (P3), and 房屋租赁 (111-2), 建设工程施工 (115-3), 房屋买卖 (91) and
// 土地承包经营权 (61) contracts — the list beyond P3 follows CPL-Interp art 28 and is [U] (not in rules.md): data, editable.
export const EXCLUSIVE_REAL_ESTATE_RULE: JurisdictionRule = {
  kind: 'exclusive',
  key: 'CPL-2023-art-34-real-estate',
  version: 1,
  label: { 'zh-CN': '不动产纠纷专属管辖', en: 'Exclusive jurisdiction over real-estate disputes' },
  source: 'CPL-2023 art 34(1)',
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  params: { causeKeys: ['P3', '111-2', '115-3', '91', '61'] },
};

// CPL-2023 arts 22 and 24: the defendant's domicile; for contracts also the place of performance (合同纠纷, P4-10).
export const TERRITORIAL_RULE: JurisdictionRule = {
  kind: 'territorial',
  key: 'CPL-2023-art-22-24-territorial',
  version: 1,
  label: { 'zh-CN': '一般地域管辖（被告住所地；合同履行地）', en: "Territorial jurisdiction (defendant's domicile; place of performance)" },
  source: 'CPL-2023 arts 22, 24',
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  params: { contractCauseKeys: ['P4-10'] },
};

// Demo (吉林 "1+10"): environmental and resource causes of the 长春 region (2201) go to 朝阳法院 (吉0104). The designation
// itself is [U] — the court's own notice decides; this row shows the pattern.
export const DEMO_DESIGNATED_ENVIRONMENT_RULE: RuleOfKind<'designated'> = {
  kind: 'designated',
  key: 'JL-environment-1+10-changchun',
  version: 1,
  label: { 'zh-CN': '环境资源案件集中管辖（长春地区 → 朝阳区人民法院）', en: 'Environmental and resource cases of the 长春 region → 朝阳 court' },
  source: '吉林 "1+10" designation [U]',
  effectiveFrom: '2021-01-01',
  effectiveTo: null,
  params: { causeKeys: ['377', '378', '466'], regions: ['2201'], courtCodes: ['吉0104'], pattern: '1+10' },
};

// 行政诉讼法 (2017; the articles unchanged since the 2014 amendment in force 2015-05-01): arts 18–20 places, art 15 level.
const adminCommon = { version: 1, effectiveFrom: '2015-05-01', effectiveTo: null } as const;
const placeRule = (key: string, basis: AdminPlaceBasis, source: string, zh: string, en: string): JurisdictionRule => ({ ...adminCommon, kind: 'adminTerritorial', key, source, label: { 'zh-CN': zh, en }, params: { basis } });
export const ADMINISTRATIVE_RULES: readonly JurisdictionRule[] = [
  placeRule('ALL-art-18-acting-organ', 'actingOrgan', 'ALL art 18 para 1', '行政案件由最初作出行政行为的行政机关所在地法院管辖', 'The court where the organ that first acted sits'),
  placeRule('ALL-art-18-reconsideration-organ', 'reconsiderationOrgan', 'ALL art 18 para 1', '经复议的案件，也可以由复议机关所在地法院管辖', "After reconsideration, also the reconsideration organ's court"),
  placeRule('ALL-art-19-personal-freedom', 'plaintiffForPersonalFreedom', 'ALL art 19', '限制人身自由的行政强制措施：被告所在地或者原告所在地法院', "Restriction of personal freedom: the defendant's or the plaintiff's court"),
  placeRule('ALL-art-20-real-estate', 'realEstate', 'ALL art 20', '因不动产提起的行政诉讼由不动产所在地法院管辖', 'Real estate: the court where it lies'),
  { ...adminCommon, kind: 'adminLevel', key: 'ALL-art-15-1-organs', source: 'ALL art 15(1)', label: { 'zh-CN': '对国务院部门或者县级以上地方人民政府所作的行政行为提起诉讼的案件', en: 'Suits against a State Council department or a government at or above county level' }, params: { level: 'intermediate', organKinds: ['stateCouncilDepartment', 'countyOrAboveGovernment'], majorComplex: false } },
  { ...adminCommon, kind: 'adminLevel', key: 'ALL-art-15-2-customs', source: 'ALL art 15(2)', label: { 'zh-CN': '海关处理的案件', en: 'Cases handled by the customs' }, params: { level: 'intermediate', organKinds: ['customs'], majorComplex: false } },
  { ...adminCommon, kind: 'adminLevel', key: 'ALL-art-15-3-major', source: 'ALL art 15(3)', label: { 'zh-CN': '本辖区内重大、复杂的案件', en: 'Major, complex cases of the region' }, params: { level: 'intermediate', organKinds: [], majorComplex: true } },
];

export const SEED_JURISDICTION_RULES: readonly JurisdictionRule[] = [...LEVEL_2021_RULES, EXCLUSIVE_REAL_ESTATE_RULE, TERRITORIAL_RULE, ...ADMINISTRATIVE_RULES];
