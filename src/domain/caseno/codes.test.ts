import { describe, expect, test } from 'vitest';
import caseTypeData from '../../../reference/case-type-codes.json';
import courtData from '../../../reference/court-codes.json';
import { DEFAULT_SPECIAL_CODES, DEFAULT_TYPE_CODES, isValidCourtCode, usesRandomSerial } from '.';

describe('法院代字 shapes (CASENO arts 4–5)', () => {
  test.each([
    ['最高法', true],
    ['吉', true],
    ['内', true],
    ['军', true],
    ['兵', true],
    ['吉01', true],
    ['京73', true],
    ['吉0102', true],
    ['粤0703', true],
    ['', false],
    ['最高', false],
    ['最高法01', false],
    ['吉0', false],
    ['吉010', false],
    ['吉01023', false],
    ['美01', false],
    ['港', false],
    ['01吉', false],
    ['吉０１', false],
    ['吉01 ', false],
  ])('%j is a court-code shape: %s', (code, ok) => {
    expect(isValidCourtCode(code)).toBe(ok);
  });

  test('every court code in reference/court-codes.json has a valid shape', () => {
    expect(courtData.courts.length).toBeGreaterThan(0);
    for (const c of courtData.courts) expect([c.code, isValidCourtCode(c.code)]).toEqual([c.code, true]);
  });
});

describe('类型代字 and 专门审判代字 defaults', () => {
  test('every 类型代字 of reference/case-type-codes.json is in the default set, and 民诉前调', () => {
    const fromTable = caseTypeData.codes.flatMap((c) => (c.typeCode ? [c.typeCode] : []));
    expect(fromTable.length).toBeGreaterThan(100);
    for (const t of [...fromTable, '民诉前调']) expect([t, DEFAULT_TYPE_CODES.has(t)]).toEqual([t, true]);
  });

  test('every default 类型代字 is 1–4 Chinese characters and none starts with a special code', () => {
    for (const t of DEFAULT_TYPE_CODES) {
      expect(t).toMatch(/^\p{Script=Han}{1,4}$/u);
      expect(DEFAULT_SPECIAL_CODES.has([...t][0]!)).toBe(false);
    }
  });

  test('the default special codes are 知 only (CASENO-2018)', () => {
    expect([...DEFAULT_SPECIAL_CODES]).toEqual(['知']);
  });

  test.each([
    ['刑核', true],
    ['刑初', false],
    ['刑止核', false],
    ['民初', false],
  ])('%s numbers are drawn at random: %s (CASENO art 10 para 2)', (typeCode, random) => {
    expect(usesRandomSerial(typeCode)).toBe(random);
  });
});
