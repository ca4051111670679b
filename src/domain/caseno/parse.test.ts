import { describe, expect, test } from 'vitest';
import { parseCaseNumber, type CaseNumber } from '.';

const ERROR_CODES = ['CASE_NUMBER_MALFORMED', 'CASE_NUMBER_BAD_YEAR', 'CASE_NUMBER_BAD_COURT_CODE', 'CASE_NUMBER_UNKNOWN_TYPE', 'CASE_NUMBER_BAD_SERIAL'];

describe('案号 parse: the examples of rules.md §1 (CASENO arts 2–10, CASENO-2018)', () => {
  test.each<[string, CaseNumber]>([
    ['（2024）吉0102民初123号', { year: 2024, courtCode: '吉0102', specialCode: '', typeCode: '民初', serial: 123 }],
    ['（2019）最高法知民终1号', { year: 2019, courtCode: '最高法', specialCode: '知', typeCode: '民终', serial: 1 }],
    ['（2017）京04民终367号', { year: 2017, courtCode: '京04', specialCode: '', typeCode: '民终', serial: 367 }],
    ['（2021）川0104民诉前调801号', { year: 2021, courtCode: '川0104', specialCode: '', typeCode: '民诉前调', serial: 801 }],
    ['（2024）浙02民诉前调595号', { year: 2024, courtCode: '浙02', specialCode: '', typeCode: '民诉前调', serial: 595 }],
    ['（2019）鲁05执173号', { year: 2019, courtCode: '鲁05', specialCode: '', typeCode: '执', serial: 173 }],
    ['（2019）鲁0502执768号', { year: 2019, courtCode: '鲁0502', specialCode: '', typeCode: '执', serial: 768 }],
    ['（2021）鲁02知民初23号', { year: 2021, courtCode: '鲁02', specialCode: '知', typeCode: '民初', serial: 23 }],
    ['（2021）最高法知民终1469号', { year: 2021, courtCode: '最高法', specialCode: '知', typeCode: '民终', serial: 1469 }],
    ['（2020）吉民申5号', { year: 2020, courtCode: '吉', specialCode: '', typeCode: '民申', serial: 5 }],
    ['（2023）京73民初1号', { year: 2023, courtCode: '京73', specialCode: '', typeCode: '民初', serial: 1 }],
    ['（2022）兵01行赔初2号', { year: 2022, courtCode: '兵01', specialCode: '', typeCode: '行赔初', serial: 2 }],
  ])('%s', (text, value) => {
    expect(parseCaseNumber(text)).toStrictEqual({ ok: true, value, normalized: text });
  });
});

describe('案号 parse: input as people type it (rules.md §1.1: accept half-width, normalise to full-width)', () => {
  test.each([
    ['(2024)吉0102民初123号', '（2024）吉0102民初123号'],
    ['(2024）吉0102民初123号', '（2024）吉0102民初123号'],
    ['（2024)吉0102民初123号', '（2024）吉0102民初123号'],
    ['  （2024）吉0102民初123号\n', '（2024）吉0102民初123号'],
    ['\t(2019)最高法知民终1号 ', '（2019）最高法知民终1号'],
    ['(2017) 京04民终 367号', '（2017）京04民终367号'],
    ['（２０２４）吉０１０２民初１２３号', '（2024）吉0102民初123号'],
  ])('%j reads as %s', (text, normalized) => {
    expect(parseCaseNumber(text)).toMatchObject({ ok: true, normalized });
  });
});

describe('案号 parse: refusals say what to fix', () => {
  test.each([
    ['吉0102民初123号', 'CASE_NUMBER_MALFORMED'],
    ['（2024）吉0102民初123', 'CASE_NUMBER_MALFORMED'],
    ['（2024）吉0102民初号', 'CASE_NUMBER_MALFORMED'],
    ['', 'CASE_NUMBER_MALFORMED'],
    ['〔2024〕吉0102民初123号', 'CASE_NUMBER_MALFORMED'],
    ['（24）吉0102民初123号', 'CASE_NUMBER_BAD_YEAR'],
    ['（20240）吉0102民初123号', 'CASE_NUMBER_BAD_YEAR'],
    ['（1948）吉0102民初123号', 'CASE_NUMBER_BAD_YEAR'],
    ['（2101）吉0102民初123号', 'CASE_NUMBER_BAD_YEAR'],
    ['（二〇二四）吉0102民初123号', 'CASE_NUMBER_BAD_YEAR'],
    ['（2024）X0102民初123号', 'CASE_NUMBER_BAD_COURT_CODE'],
    ['（2024）美01民初123号', 'CASE_NUMBER_BAD_COURT_CODE'],
    ['（2024）吉010民初123号', 'CASE_NUMBER_BAD_COURT_CODE'],
    ['（2024）吉01023民初123号', 'CASE_NUMBER_BAD_COURT_CODE'],
    ['（2024）吉1民初123号', 'CASE_NUMBER_BAD_COURT_CODE'],
    ['（2024）最高法01民初123号', 'CASE_NUMBER_BAD_COURT_CODE'],
    ['（2024）民初123号', 'CASE_NUMBER_BAD_COURT_CODE'],
    ['（2024）吉0102民飞123号', 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['（2024）吉0102123号', 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['（2024）吉0102海民初123号', 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['（2024）吉0102知知民初123号', 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['（2024）吉0102知123号', 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['（2024）吉0102MC123号', 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['（2024）吉0102民1初123号', 'CASE_NUMBER_UNKNOWN_TYPE'],
    ['（2024）吉0102民初0123号', 'CASE_NUMBER_BAD_SERIAL'],
    ['（2024）吉0102民初0号', 'CASE_NUMBER_BAD_SERIAL'],
    ['（2024）吉0102民初123456789号', 'CASE_NUMBER_BAD_SERIAL'],
    ['（2024）吉0102民初00000123号', 'CASE_NUMBER_BAD_SERIAL'],
    ['（2020）最高法刑核12345号', 'CASE_NUMBER_BAD_SERIAL'],
    ['（2020）最高法刑核123456789号', 'CASE_NUMBER_BAD_SERIAL'],
    ['（2020）最高法刑核00000000号', 'CASE_NUMBER_BAD_SERIAL'],
  ])('%j → %s', (text, code) => {
    const r = parseCaseNumber(text);
    expect(r).toMatchObject({ ok: false, code });
    if (r.ok) return;
    expect(r.message['zh-CN']).toMatch(/\p{Script=Han}{4}/u);
    expect(r.message.en).toMatch(/[a-z]{4}/);
    expect(r.message.en).not.toMatch(/\p{Script=Han}{5}/u);
  });

  test.each([
    ['（2024）吉010民初123号', '吉010'],
    ['（2024）X0102民初123号', 'X0102'],
    ['（2024）吉0102民飞123号', '民飞'],
    ['（2024）吉0102民初0123号', '0123'],
  ])('the refusal of %s quotes %s so the user can find it', (text, quoted) => {
    const r = parseCaseNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message['zh-CN']).toContain(`“${quoted}”`);
      expect(r.message.en).toContain(`"${quoted}"`);
    }
  });

  test('every refusal code is one of the five stable codes', () => {
    for (const text of ['x', '（2024）', '（2024）号', '()号', '（2024）吉字第号', '（2024）吉0102知知知1号']) {
      const r = parseCaseNumber(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(ERROR_CODES).toContain(r.code);
    }
  });
});

describe('案号 parse: 刑核 numbers are a random 8-digit number (CASENO art 10 para 2)', () => {
  test.each([
    ['（2020）最高法刑核00012345号', 12345],
    ['（2017）豫刑核98621855号', 98621855],
    ['（2021）吉刑核10000000号', 10000000],
  ])('%s has serial %d and keeps its 8 digits', (text, serial) => {
    expect(parseCaseNumber(text)).toMatchObject({ ok: true, value: { typeCode: '刑核', serial }, normalized: text });
  });
});

describe('案号 parse: the code tables the server passes in', () => {
  test('typeCodes replaces the built-in set', () => {
    expect(parseCaseNumber('（2024）吉0102民初1号', { typeCodes: new Set(['执']) })).toMatchObject({ ok: false, code: 'CASE_NUMBER_UNKNOWN_TYPE' });
    expect(parseCaseNumber('（2024）吉0102执1号', { typeCodes: new Set(['执']) })).toMatchObject({ ok: true, value: { typeCode: '执' } });
  });

  test('the longest type code wins over a special code + shorter type', () => {
    const typeCodes = new Set(['民终', '知民终']);
    expect(parseCaseNumber('（2019）最高法知民终1号', { typeCodes })).toMatchObject({ ok: true, value: { specialCode: '', typeCode: '知民终' } });
    expect(parseCaseNumber('（2019）最高法知民终1号')).toMatchObject({ ok: true, value: { specialCode: '知', typeCode: '民终' } });
  });

  test('specialCodes adds to 知, it does not replace it', () => {
    const opts = { specialCodes: new Set(['海']) };
    expect(parseCaseNumber('（2024）沪72海民初1号', opts)).toMatchObject({ ok: true, value: { courtCode: '沪72', specialCode: '海', typeCode: '民初' } });
    expect(parseCaseNumber('（2024）沪72知民初1号', opts)).toMatchObject({ ok: true, value: { specialCode: '知' } });
    expect(parseCaseNumber('（2024）沪72海民初1号')).toMatchObject({ ok: false, code: 'CASE_NUMBER_UNKNOWN_TYPE' });
  });
});
