// 自诉: grounds, the complainant's standing and the charges handled only upon complaint (CrPL arts 114, 210, 212).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../errors/refusalCode.fixture';
import { COMPLAINT_ONLY_CHARGES, PRIVATE_PROSECUTION_REVIEW, checkPrivateProsecution, isComplaintOnlyCharge, type PrivateProsecutionFacts } from './privateProsecution';

const base: PrivateProsecutionFacts = { ground: 'complaintOnly', chargeNames: ['侮辱罪'], capacity: 'victim' };

describe('who may prosecute and on which ground (CrPL arts 114, 210)', () => {
  test.each<[string, Partial<PrivateProsecutionFacts>, string | null]>([
    ['the victim, 侮辱罪 on complaint (CrL art 246)', {}, null],
    ['the victim, 诽谤罪 and 侵占罪 on complaint (CrL arts 246, 270)', { chargeNames: ['诽谤罪', '侵占罪'] }, null],
    ['the victim, 暴力干涉婚姻自由罪 (CrL art 257 para 1)', { chargeNames: ['暴力干涉婚姻自由罪'] }, null],
    ['the victim, 虐待罪 (CrL art 260 para 1)', { chargeNames: ['虐待罪'] }, null],
    ['故意伤害罪 is not on complaint only (CrPL art 210(1))', { chargeNames: ['故意伤害罪'] }, 'CHARGE_NOT_COMPLAINT_ONLY'],
    ['one charge of two not on complaint only', { chargeNames: ['侮辱罪', '故意伤害罪'] }, 'CHARGE_NOT_COMPLAINT_ONLY'],
    ['故意伤害罪 as a minor case with evidence (CrPL art 210(2))', { ground: 'minorWithEvidence', chargeNames: ['故意伤害罪'] }, null],
    ['declined by the police, decision stated (CrPL art 210(3))', { ground: 'authoritiesDeclined', chargeNames: ['盗窃罪'], authoritiesDecision: '长公（南）不立字〔2026〕12号' }, null],
    ['declined by the police, no decision stated', { ground: 'authoritiesDeclined', chargeNames: ['盗窃罪'] }, 'AUTHORITIES_DECISION_REQUIRED'],
    ['a near relative of a living, capable victim (CrPL art 114)', { capacity: 'nearRelative' }, 'PRIVATE_PROSECUTOR_NOT_VICTIM'],
    ['a near relative of a deceased victim (CrPL art 114)', { capacity: 'nearRelative', victimCondition: 'deceased' }, null],
    ['the legal representative of an incapacitated victim (CrPL art 114)', { capacity: 'legalRepresentative', victimCondition: 'incapacitated' }, null],
    ['a legal representative without a reason', { capacity: 'legalRepresentative' }, 'PRIVATE_PROSECUTOR_NOT_VICTIM'],
  ])('%s', (_, facts, code) => {
    expect(refusalCode(() => checkPrivateProsecution({ ...base, ...facts }))).toBe(code);
  });
});

describe('the charges handled only upon complaint are real catalogue names', () => {
  const catalogue = JSON.parse(readFileSync('reference/criminal-charges.json', 'utf8')) as { charges: { name: string }[] };
  const names = new Set(catalogue.charges.map((c) => c.name));
  test.each(COMPLAINT_ONLY_CHARGES.map((c) => [c.name, c.source]))('%s (%s)', (name) => {
    expect(names.has(name)).toBe(true);
    expect(isComplaintOnlyCharge(name)).toBe(true);
  });
  test('the court reviews a 自诉 within 15 days (CrPL-Interp art 320, [U])', () => {
    expect(PRIVATE_PROSECUTION_REVIEW).toEqual({ days: 15, source: 'CrPL-Interp art 320' });
  });
});
