import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import courtData from '../../../reference/court-codes.json';
import { caseNumberSequenceKey, DEFAULT_TYPE_CODES, formatCaseNumber, parseCaseNumber, validateCaseNumber, type CaseNumber } from '.';
import { PROVINCE_ABBREVIATIONS } from './codes';

const n = (change: Partial<CaseNumber> = {}): CaseNumber => ({ year: 2026, courtCode: '吉0102', specialCode: '', typeCode: '民初', serial: 123, ...change });

describe('案号 format (CASENO arts 2–10)', () => {
  test.each<[CaseNumber, string]>([
    [n(), '（2026）吉0102民初123号'],
    [n({ courtCode: '最高法', specialCode: '知', typeCode: '民终', serial: 1 }), '（2026）最高法知民终1号'],
    [n({ courtCode: '川0104', typeCode: '民诉前调', serial: 801 }), '（2026）川0104民诉前调801号'],
    [n({ courtCode: '最高法', typeCode: '刑核', serial: 12345 }), '（2026）最高法刑核00012345号'],
    [n({ year: 2015, courtCode: '', typeCode: '民初', serial: 12345, legacy: { prefix: '朝' } }), '（2015）朝民初字第12345号'],
  ])('%j → %s', (value, text) => {
    expect(formatCaseNumber(value)).toBe(text);
  });
});

describe('the numbering key (rules.md §1.3: court × 专门审判代字 × 类型代字 × 收案年度)', () => {
  test('the serial is not part of the key', () => {
    expect(caseNumberSequenceKey(n({ specialCode: '知' }))).toStrictEqual({ courtCode: '吉0102', specialCode: '知', typeCode: '民初', year: 2026 });
    expect(caseNumberSequenceKey(n({ serial: 1 }))).toEqual(caseNumberSequenceKey(n({ serial: 999 })));
  });

  test.each<[string, Partial<CaseNumber>]>([
    ['another court', { courtCode: '吉0103' }],
    ['a special code', { specialCode: '知' }],
    ['another type', { typeCode: '民终' }],
    ['the next year (the series restarts at 1)', { year: 2027 }],
  ])('%s starts another series', (_label, change) => {
    expect(caseNumberSequenceKey(n(change))).not.toEqual(caseNumberSequenceKey(n()));
  });
});

describe('validateCaseNumber', () => {
  test.each<[string, Partial<CaseNumber>, string | null]>([
    ['a basic-court number', {}, null],
    ['an SPC IP-tribunal number', { courtCode: '最高法', specialCode: '知', typeCode: '民终' }, null],
    ['a 刑核 number', { typeCode: '刑核', serial: 98621855 }, null],
    ['a fractional year', { year: 2026.5 }, 'CASE_NUMBER_BAD_YEAR'],
    ['year 1948', { year: 1948 }, 'CASE_NUMBER_BAD_YEAR'],
    ['year 2101', { year: 2101 }, 'CASE_NUMBER_BAD_YEAR'],
    ['a 3-digit court suffix', { courtCode: '吉010' }, 'CASE_NUMBER_BAD_COURT_CODE'],
    ['an empty court code', { courtCode: '' }, 'CASE_NUMBER_BAD_COURT_CODE'],
    ['an unknown special code', { specialCode: '海' }, 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['an unknown type', { typeCode: '民飞' }, 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['serial 0', { serial: 0 }, 'CASE_NUMBER_BAD_SERIAL'],
    ['a negative serial', { serial: -1 }, 'CASE_NUMBER_BAD_SERIAL'],
    ['a fractional serial', { serial: 1.5 }, 'CASE_NUMBER_BAD_SERIAL'],
    ['a 9-digit serial', { serial: 100_000_000 }, 'CASE_NUMBER_BAD_SERIAL'],
    ['a 9-digit 刑核 serial', { typeCode: '刑核', serial: 100_000_000 }, 'CASE_NUMBER_BAD_SERIAL'],
  ])('%s', (_label, change, code) => {
    const r = validateCaseNumber(n(change));
    if (code === null) expect(r).toEqual({ ok: true, normalized: formatCaseNumber(n(change)) });
    else expect(r).toMatchObject({ ok: false, code });
  });

  test('a special code that would read back as part of a longer type code is refused as ambiguous', () => {
    const typeCodes = new Set(['民终', '知民终']);
    expect(validateCaseNumber(n({ specialCode: '知', typeCode: '民终' }), { typeCodes })).toMatchObject({ ok: false, code: 'CASE_NUMBER_MALFORMED' });
  });
});

// Arbitrary valid numbers: court codes of every shape (and the attested ones), every reference 类型代字.
const provinces = [...PROVINCE_ABBREVIATIONS];
const twoDigits = fc.integer({ min: 1, max: 99 }).map((i) => String(i).padStart(2, '0'));
const fourDigits = fc.integer({ min: 101, max: 9999 }).map((i) => String(i).padStart(4, '0'));
const courtCode = fc.oneof(
  fc.constant('最高法'),
  fc.constantFrom(...provinces),
  fc.tuple(fc.constantFrom(...provinces), twoDigits).map(([p, d]) => p + d),
  fc.tuple(fc.constantFrom(...provinces), fourDigits).map(([p, d]) => p + d),
  fc.constantFrom(...courtData.courts.map((c) => c.code)),
);
// fc.record builds null-prototype objects; spread them into plain ones for toStrictEqual.
const modernNumber: fc.Arbitrary<CaseNumber> = fc.record({
  year: fc.integer({ min: 1949, max: 2100 }),
  courtCode,
  specialCode: fc.constantFrom('', '知'),
  typeCode: fc.constantFrom(...DEFAULT_TYPE_CODES),
  serial: fc.integer({ min: 1, max: 99_999_999 }),
}).map((r) => ({ ...r }));
// Abbreviations as pre-2016 courts wrote them, and types that begin with a category character.
const legacyNumber: fc.Arbitrary<CaseNumber> = fc.record({
  year: fc.integer({ min: 1949, max: 2015 }),
  courtCode: fc.constant(''),
  specialCode: fc.constant(''),
  typeCode: fc.constantFrom(...[...DEFAULT_TYPE_CODES].filter((t) => /^[民刑行执赔]/u.test(t)), '民一初', '民四（商）终', '刑五复', '民提'),
  serial: fc.integer({ min: 1, max: 99_999_999 }),
  prefix: fc.constantFrom('', '朝', '海', '长', '一中', '沪一中', '京高', '穗中法', '京知'),
}).map(({ prefix, ...r }) => ({ ...r, legacy: { prefix } }));

describe('round trip', () => {
  test('parse(format(n)) deep-equals n for any valid modern number, and n validates', () => {
    fc.assert(
      fc.property(modernNumber, (value) => {
        const text = formatCaseNumber(value);
        expect(parseCaseNumber(text)).toStrictEqual({ ok: true, value, normalized: text });
        expect(validateCaseNumber(value)).toStrictEqual({ ok: true, normalized: text });
      }),
      { numRuns: 1000 },
    );
  });

  test('parse(format(n)) deep-equals n for legacy numbers with usual abbreviations', () => {
    fc.assert(
      fc.property(legacyNumber, (value) => {
        const text = formatCaseNumber(value);
        expect(parseCaseNumber(text)).toStrictEqual({ ok: true, value, normalized: text });
      }),
      { numRuns: 500 },
    );
  });

  test('half-width brackets and spaces anywhere read as the same number', () => {
    fc.assert(
      fc.property(modernNumber, fc.boolean(), fc.boolean(), fc.nat(), (value, halfOpen, halfClose, at) => {
        const text = formatCaseNumber(value);
        const typed = (halfOpen ? '(' : '（') + text.slice(1).replace('）', halfClose ? ')' : '）');
        const spaced = ` ${typed.slice(0, at % typed.length)} ${typed.slice(at % typed.length)}\t`;
        expect(parseCaseNumber(spaced)).toStrictEqual({ ok: true, value, normalized: text });
      }),
    );
  });

  test('any text either parses to a number whose normalised form parses to itself, or is refused with a stable code', () => {
    const piece = fc.constantFrom('（', '）', '(', ')', '2024', '0', '1', '12', '吉', '最高法', '知', '民', '初', '执', '字第', '号', ' ', 'X');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => {
        const r = parseCaseNumber(text);
        if (r.ok) expect(parseCaseNumber(r.normalized)).toStrictEqual(r);
        else expect(['CASE_NUMBER_MALFORMED', 'CASE_NUMBER_BAD_YEAR', 'CASE_NUMBER_BAD_COURT_CODE', 'CASE_NUMBER_UNKNOWN_TYPE', 'CASE_NUMBER_BAD_SERIAL']).toContain(r.code);
      }),
      { numRuns: 2000 },
    );
  });
});
