import { describe, expect, test } from 'vitest';
import { DEFAULT_TYPE_CODES, formatCaseNumber, parseCaseNumber, validateCaseNumber, type CaseNumber } from '.';
import { splitLegacyHead } from './legacy';

// rules.md §1.1 (CJO): pre-2016 numbers "（年）法院简称 + 类型 + 字第 + 编号 + 号" must still be readable.
describe('pre-2016 字第 numbers', () => {
  test.each<[string, CaseNumber]>([
    ['（2015）朝民初字第12345号', { year: 2015, courtCode: '', specialCode: '', typeCode: '民初', serial: 12345, legacy: { prefix: '朝' } }],
    ['(2010)长民一初字第1234号', { year: 2010, courtCode: '', specialCode: '', typeCode: '民一初', serial: 1234, legacy: { prefix: '长' } }],
  ])('%s', (text, value) => {
    expect(parseCaseNumber(text)).toStrictEqual({ ok: true, value, normalized: formatCaseNumber(value) });
  });

  test('half-width input is normalised, brackets inside the type too', () => {
    expect(parseCaseNumber(' (2013)沪一中民四(商)终字第1234号 ')).toMatchObject({
      ok: true,
      value: { typeCode: '民四（商）终', legacy: { prefix: '沪一中' } },
      normalized: '（2013）沪一中民四（商）终字第1234号',
    });
  });

  test.each([
    ['（2015）字第1号', 'CASE_NUMBER_MALFORMED'],
    ['（2015）朝民初字第号', 'CASE_NUMBER_MALFORMED'],
    ['（2015）朝1民初字第1号', 'CASE_NUMBER_MALFORMED'],
    ['（15）朝民初字第1号', 'CASE_NUMBER_BAD_YEAR'],
    ['（2015）朝民初字第012号', 'CASE_NUMBER_BAD_SERIAL'],
    ['（2015）朝民初字第0号', 'CASE_NUMBER_BAD_SERIAL'],
  ])('%s → %s', (text, code) => {
    expect(parseCaseNumber(text)).toMatchObject({ ok: false, code });
  });
});

describe('splitting the legacy court abbreviation from the type (a documented heuristic)', () => {
  test.each([
    // Step 1: the longest known 类型代字 ending the text.
    ['朝民初', '朝', '民初'],
    ['京知民初', '京知', '民初'],
    ['一中民终', '一中', '民终'],
    ['沪一中执复', '沪一中', '执复'],
    ['行唐民初', '行唐', '民初'],
    ['民申', '', '民申'],
    ['法赔', '', '法赔'],
    // Step 2: the type starts at the first of 民 刑 行 执 赔.
    ['长民一初', '长', '民一初'],
    ['民提', '', '民提'],
    ['穗中法刑一终', '穗中法', '刑一终'],
    ['沪一中民四（商）终', '沪一中', '民四（商）终'],
    // Step 3: otherwise one character of abbreviation.
    ['浙杭商终', '浙', '杭商终'],
    ['商', '', '商'],
  ])('%s → %j + %j', (head, prefix, typeCode) => {
    expect(splitLegacyHead(head, DEFAULT_TYPE_CODES)).toEqual({ prefix, typeCode });
  });
});

describe('validating a structured legacy number', () => {
  const base: CaseNumber = { year: 2015, courtCode: '', specialCode: '', typeCode: '民初', serial: 1, legacy: { prefix: '朝' } };

  test.each<[string, Partial<CaseNumber>, string | null]>([
    ['as parsed', {}, null],
    ['a modern court code set as well', { courtCode: '京01' }, 'CASE_NUMBER_BAD_COURT_CODE'],
    ['a prefix with digits', { legacy: { prefix: '朝1' } }, 'CASE_NUMBER_BAD_COURT_CODE'],
    ['a special code', { specialCode: '知' }, 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['an empty type', { typeCode: '' }, 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['a split the parser would make differently', { typeCode: '一初', legacy: { prefix: '长民' } }, 'CASE_NUMBER_MALFORMED'],
    ['serial 0', { serial: 0 }, 'CASE_NUMBER_BAD_SERIAL'],
  ])('%s', (_label, change, code) => {
    const r = validateCaseNumber({ ...base, ...change });
    if (code === null) expect(r).toEqual({ ok: true, normalized: '（2015）朝民初字第1号' });
    else expect(r).toMatchObject({ ok: false, code });
  });
});
