import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkChosenCourt, proposeCourt, type FilingFacts, type JurisdictionCourt } from './proposeCourt';
import { inForce, rulesInForce, type JurisdictionRule } from './rules';
import { DEMO_DESIGNATED_ENVIRONMENT_RULE, SEED_JURISDICTION_RULES } from './seedRules';

const COURTS: JurisdictionCourt[] = [
  { id: 1, code: '吉', name: '吉林省高级人民法院', level: 'high', divisionCode: '220000' },
  { id: 2, code: '吉01', name: '长春中院', level: 'intermediate', divisionCode: '220100' },
  { id: 3, code: '吉0102', name: '南关法院', level: 'basic', divisionCode: '220102' },
  { id: 4, code: '吉0103', name: '宽城法院', level: 'basic', divisionCode: '220103' },
  { id: 5, code: '吉0104', name: '朝阳法院', level: 'basic', divisionCode: '220104' },
];
const RULES = [...SEED_JURISDICTION_RULES, DEMO_DESIGNATED_ENVIRONMENT_RULE];
const YI = 10_000_000_000n; // 1亿 yuan in fen

const LOAN = ['P4', 'P4-10', '103', '103-2'];
const RENT = ['P4', 'P4-10', '111', '111-2'];
const WATER = ['P9', 'P9-31', '377', '377-2'];
const PATENT = ['P5', 'P5-14', '165'];
const facts = (o: Partial<FilingFacts>): FilingFacts => ({ causePath: LOAN, amountFen: 10_000_000n, plaintiffDomiciles: ['220102'], defendantDomiciles: ['220102'], isForeignRelated: false, ...o });

// [filing, expected courts, rule keys behind the first court]
const TABLE: [string, FilingFacts, string[], (string | null)[]][] = [
  ['a loan: the defendant’s district', facts({}), ['吉0102'], ['CPL-2023-art-22-24-territorial', null]],
  ['a loan: the defendant in 宽城', facts({ defendantDomiciles: ['220103'] }), ['吉0103'], ['CPL-2023-art-22-24-territorial', null]],
  ['a contract: the place of performance too', facts({ performancePlace: '220104' }), ['吉0102', '吉0104'], ['CPL-2023-art-22-24-territorial', 'CPL-2023-art-22-24-territorial', null]],
  ['6亿, all in the province: the intermediate court', facts({ amountFen: 6n * YI }), ['吉01'], ['CPL-2023-art-22-24-territorial', 'LEVEL-2021-intermediate-same-province']],
  ['exactly 5亿 all in the province', facts({ amountFen: 5n * YI }), ['吉01'], ['CPL-2023-art-22-24-territorial', 'LEVEL-2021-intermediate-same-province']],
  ['2亿 with the plaintiff in Beijing', facts({ amountFen: 2n * YI, plaintiffDomiciles: ['110105'] }), ['吉01'], ['CPL-2023-art-22-24-territorial', 'LEVEL-2021-intermediate-one-outside']],
  ['2亿 all in the province stays at the basic court', facts({ amountFen: 2n * YI }), ['吉0102'], ['CPL-2023-art-22-24-territorial', null]],
  ['6亿 foreign-related: LEVEL-2021 does not apply', facts({ amountFen: 6n * YI, isForeignRelated: true }), ['吉0102'], ['CPL-2023-art-22-24-territorial', null]],
  ['6亿 patent: LEVEL-2021 does not apply', facts({ causePath: PATENT, amountFen: 6n * YI }), ['吉0102'], ['CPL-2023-art-22-24-territorial', null]],
  ['a house lease: where the house is', facts({ causePath: RENT, realEstateLocation: '220104' }), ['吉0104'], ['CPL-2023-art-34-real-estate', null]],
  ['a loan naming a property location is not a real-estate dispute', facts({ realEstateLocation: '220104' }), ['吉0102'], ['CPL-2023-art-22-24-territorial', null]],
  ['water pollution in 宽城: the designated 朝阳 court', facts({ causePath: WATER, defendantDomiciles: ['220103'] }), ['吉0104'], ['CPL-2023-art-22-24-territorial', null, 'JL-environment-1+10-changchun']],
  ['water pollution of 6亿: no designated intermediate court, 长春中院', facts({ causePath: WATER, amountFen: 6n * YI }), ['吉01'], ['CPL-2023-art-22-24-territorial', 'LEVEL-2021-intermediate-same-province']],
  ['water pollution in 吉林市 (outside the region, no court of the table seated there): none named', facts({ causePath: WATER, defendantDomiciles: ['220201'] }), [], []],
];

describe('proposing the competent court', () => {
  test.each(TABLE)('%s', (_name, f, codes, ruleKeys) => {
    const p = proposeCourt(f, RULES, COURTS, '2026-03-02');
    expect(p.courts.map((c) => c.court.code)).toEqual(codes);
    if (codes.length) expect(p.courts[0]!.reasons.map((r) => r.ruleKey)).toEqual(ruleKeys);
  });

  test('each reason names its rule, version and article', () => {
    const p = proposeCourt(facts({ amountFen: 6n * YI }), RULES, COURTS, '2026-03-02');
    expect(p.courts[0]!.reasons[1]).toMatchObject({ ruleKey: 'LEVEL-2021-intermediate-same-province', version: 1, kind: 'levelThreshold', source: 'LEVEL-2021 item 1' });
    expect(p.courts[0]!.reasons[1]!.explanation['zh-CN']).toContain('5亿元以上');
  });

  test('without the defendant’s domicile no court is named, and the missing fact is said', () => {
    const p = proposeCourt(facts({ defendantDomiciles: [] }), RULES, COURTS, '2026-03-02');
    expect(p).toMatchObject({ courts: [], missing: ['defendantDomicile'] });
  });

  test('a designation ended before the filing day no longer applies; the latest version in force does', () => {
    const ended = { ...DEMO_DESIGNATED_ENVIRONMENT_RULE, effectiveTo: '2025-12-31' };
    const f = facts({ causePath: WATER, defendantDomiciles: ['220103'] });
    expect(proposeCourt(f, [...SEED_JURISDICTION_RULES, ended], COURTS, '2026-03-02').courts.map((c) => c.court.code)).toEqual(['吉0103']);
    expect(proposeCourt(f, [...SEED_JURISDICTION_RULES, ended], COURTS, '2025-12-31').courts.map((c) => c.court.code)).toEqual(['吉0104']);
    const v2 = { ...DEMO_DESIGNATED_ENVIRONMENT_RULE, version: 2, effectiveFrom: '2026-01-01', params: { ...DEMO_DESIGNATED_ENVIRONMENT_RULE.params, courtCodes: ['吉0102'] } };
    const both = [...SEED_JURISDICTION_RULES, ended, v2];
    expect(proposeCourt(f, both, COURTS, '2026-03-02').courts[0]).toMatchObject({ court: { code: '吉0102' } });
    expect(proposeCourt(f, both, COURTS, '2026-03-02').courts[0]!.reasons.at(-1)).toMatchObject({ version: 2 });
  });
});

describe('checking the chosen court', () => {
  const court = (code: string) => COURTS.find((c) => c.code === code)!;
  test('a competent court: no warning', () => {
    expect(checkChosenCourt(proposeCourt(facts({}), RULES, COURTS, '2026-03-02'), court('吉0102'))).toEqual([]);
  });
  test('another court: a warning naming the competent one (CPL-2023 art 37)', () => {
    const w = checkChosenCourt(proposeCourt(facts({ causePath: WATER }), RULES, COURTS, '2026-03-02'), court('吉0102'));
    expect(w).toEqual([expect.objectContaining({ code: 'COURT_NOT_COMPETENT', proposedCourtIds: [5] })]);
    expect(w[0]!.message['zh-CN']).toContain('朝阳法院');
  });
  test('a real-estate dispute at another court: the exclusive-jurisdiction warning (CPL-2023 art 34)', () => {
    const w = checkChosenCourt(proposeCourt(facts({ causePath: RENT, realEstateLocation: '220104' }), RULES, COURTS, '2026-03-02'), court('吉0102'));
    expect(w[0]).toMatchObject({ code: 'EXCLUSIVE_JURISDICTION', proposedCourtIds: [5] });
  });
  test('no proposal, no warning', () => {
    expect(checkChosenCourt(proposeCourt(facts({ defendantDomiciles: [] }), RULES, COURTS, '2026-03-02'), court('吉0103'))).toEqual([]);
  });
});

const day = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const place = fc.constantFrom('220102', '220103', '220104', '220201', '110105');
const filing = fc.record({
  causePath: fc.constantFrom(LOAN, RENT, WATER, PATENT),
  amountFen: fc.option(fc.bigInt({ min: 0n, max: 20n * YI }), { nil: null }),
  plaintiffDomiciles: fc.array(place, { minLength: 1, maxLength: 3 }),
  defendantDomiciles: fc.array(place, { minLength: 0, maxLength: 3 }),
  performancePlace: fc.option(place, { nil: null }),
  realEstateLocation: fc.option(place, { nil: null }),
  isForeignRelated: fc.boolean(),
});

describe('properties', () => {
  test('a rule ending before the date never applies', () => {
    fc.assert(
      fc.property(filing, day, day, (f, onDate, endOn) => {
        fc.pre(endOn < onDate);
        const ended = RULES.map((r) => ({ ...r, effectiveFrom: '2000-01-01', effectiveTo: endOn }) as JurisdictionRule);
        expect(rulesInForce(ended, onDate)).toEqual([]);
        expect(ended.some((r) => inForce(r, onDate))).toBe(false);
        for (const p of proposeCourt(f, ended, COURTS, onDate).courts) expect(p.reasons.every((r) => r.ruleKey === null)).toBe(true);
      }),
    );
  });

  test('a proposal is always a court of the level its reasons give', () => {
    fc.assert(
      fc.property(filing, (f) => {
        for (const p of proposeCourt(f, RULES, COURTS, '2026-03-02').courts) {
          const level = p.reasons.find((r) => r.kind === 'levelThreshold') ? 'intermediate' : 'basic';
          expect(p.court.level).toBe(level);
          if (f.amountFen === null || f.amountFen < YI) expect(p.court.level).toBe('basic');
          if (f.amountFen !== null && f.amountFen >= 5n * YI && !f.isForeignRelated && f.causePath !== PATENT && p.place.startsWith('22')) expect(p.court.level).toBe('intermediate');
        }
      }),
    );
  });
});
