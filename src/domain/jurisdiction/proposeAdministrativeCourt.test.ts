import { describe, expect, test } from 'vitest';
import { checkChosenCourt, proposeCourt, type AdministrativeFacts, type FilingFacts, type JurisdictionCourt } from './proposeCourt';
import { SEED_JURISDICTION_RULES } from './seedRules';

const COURTS: JurisdictionCourt[] = [
  { id: 1, code: '吉', name: '吉林省高级人民法院', level: 'high', divisionCode: '220000' },
  { id: 2, code: '吉01', name: '长春中院', level: 'intermediate', divisionCode: '220100' },
  { id: 3, code: '吉0102', name: '南关法院', level: 'basic', divisionCode: '220102' },
  { id: 4, code: '吉0103', name: '宽城法院', level: 'basic', divisionCode: '220103' },
  { id: 5, code: '吉0104', name: '朝阳法院', level: 'basic', divisionCode: '220104' },
  { id: 6, code: '吉02', name: '吉林中院', level: 'intermediate', divisionCode: '220200' },
  { id: 7, code: '吉0202', name: '昌邑法院', level: 'basic', divisionCode: '220202' },
];

const admin = (a: AdministrativeFacts, o: Partial<FilingFacts> = {}): FilingFacts => ({ causePath: [], amountFen: null, plaintiffDomiciles: ['220104'], defendantDomiciles: ['220102'], isForeignRelated: false, administrative: a, ...o });

// [filing, expected courts, the sources behind the first court]
const TABLE: [string, FilingFacts, string[], string[]][] = [
  ['a fine by a 南关 bureau: where the organ that first acted sits', admin({ actingOrganPlace: '220102' }), ['吉0102'], ['ALL art 18 para 1', 'ALL art 14']],
  ['no organ place given: the defendant’s domicile stands in', admin({}), ['吉0102'], ['ALL art 18 para 1', 'ALL art 14']],
  ['reconsidered by a 宽城 organ: both courts', admin({ actingOrganPlace: '220102', reconsiderationOrganPlace: '220103' }), ['吉0102', '吉0103'], ['ALL art 18 para 1', 'ALL art 14']],
  ['detention: the plaintiff’s place too', admin({ actingOrganPlace: '220102', restrictsPersonalFreedom: true }), ['吉0102', '吉0104'], ['ALL art 18 para 1', 'ALL art 14']],
  ['a land registration in 昌邑: only where the property lies', admin({ actingOrganPlace: '220102' }, { realEstateLocation: '220202' }), ['吉0202'], ['ALL art 20', 'ALL art 14']],
  ['against a district government: the intermediate court', admin({ actingOrganPlace: '220102', organKind: 'countyOrAboveGovernment' }), ['吉01'], ['ALL art 18 para 1', 'ALL art 15(1)']],
  ['against a State Council department sitting in 吉林市', admin({ actingOrganPlace: '220202', organKind: 'stateCouncilDepartment' }), ['吉02'], ['ALL art 18 para 1', 'ALL art 15(1)']],
  ['the customs: the intermediate court', admin({ actingOrganPlace: '220104', organKind: 'customs' }), ['吉01'], ['ALL art 18 para 1', 'ALL art 15(2)']],
  ['a major, complex case: the intermediate court', admin({ actingOrganPlace: '220102', isMajorComplex: true }), ['吉01'], ['ALL art 18 para 1', 'ALL art 15(3)']],
  ['a district government, reconsidered in 吉林市: two intermediate courts', admin({ actingOrganPlace: '220102', reconsiderationOrganPlace: '220202', organKind: 'countyOrAboveGovernment' }), ['吉01', '吉02'], ['ALL art 18 para 1', 'ALL art 15(1)']],
  ['a township bureau (other organ): the basic court', admin({ actingOrganPlace: '220103', organKind: 'other' }), ['吉0103'], ['ALL art 18 para 1', 'ALL art 14']],
];

describe('proposing the court for a 行政起诉 (ALL arts 14–20)', () => {
  test.each(TABLE)('%s', (_name, f, codes, sources) => {
    const p = proposeCourt(f, SEED_JURISDICTION_RULES, COURTS, '2026-03-02');
    expect(p.courts.map((c) => c.court.code)).toEqual(codes);
    expect(p.courts[0]!.reasons.map((r) => r.source)).toEqual(sources);
    expect(p.missing).toEqual([]);
  });

  test('without the organ’s place or the defendant’s domicile no court is named, and the missing fact is said', () => {
    const p = proposeCourt(admin({}, { defendantDomiciles: [] }), SEED_JURISDICTION_RULES, COURTS, '2026-03-02');
    expect(p).toMatchObject({ courts: [], missing: ['actingOrganPlace'] });
  });

  test('a rule ended before the filing day no longer applies (versioned like the civil rules)', () => {
    const rules = SEED_JURISDICTION_RULES.map((r) => (r.key === 'ALL-art-15-1-organs' ? { ...r, effectiveTo: '2025-12-31' } : r));
    const f = admin({ actingOrganPlace: '220102', organKind: 'countyOrAboveGovernment' });
    expect(proposeCourt(f, rules, COURTS, '2025-12-31').courts.map((c) => c.court.code)).toEqual(['吉01']);
    expect(proposeCourt(f, rules, COURTS, '2026-01-01').courts.map((c) => c.court.code)).toEqual(['吉0102']);
  });

  test('filing at the wrong court warns with the administrative articles', () => {
    const p = proposeCourt(admin({ actingOrganPlace: '220102' }, { realEstateLocation: '220202' }), SEED_JURISDICTION_RULES, COURTS, '2026-03-02');
    const [w] = checkChosenCourt(p, { id: 3, name: '南关法院' });
    expect(w).toMatchObject({ code: 'EXCLUSIVE_JURISDICTION', proposedCourtIds: [7] });
    expect(w!.message['zh-CN']).toContain('第二十条');
    const [w2] = checkChosenCourt(proposeCourt(admin({ actingOrganPlace: '220102' }), SEED_JURISDICTION_RULES, COURTS, '2026-03-02'), { id: 5, name: '朝阳法院' });
    expect(w2).toMatchObject({ code: 'COURT_NOT_COMPETENT' });
    expect(w2!.message['zh-CN']).toContain('第二十二条');
  });
});
