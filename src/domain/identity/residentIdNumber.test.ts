import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { residentIdCheckChar, validateResidentIdNumber } from '.';

// Hand computations, digit × weight (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; check chars 1 0 X 9 8 7 6 5 4 3 2
// for Σ mod 11 = 0…10), each confirmed by Σ + check value ≡ 1 (mod 11) as ISO 7064 MOD 11-2 requires:
// 11010519491231002X (the standard's 北京朝阳 example): 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167;
//   167 mod 11 = 2 → X (value 10); 167 + 10 = 177 = 16×11 + 1 ✓. 17th digit 2 is even → female.
// 440524188001010014 (the standard's 汕头 example): 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195;
//   195 mod 11 = 8 → 4; 195 + 4 = 199 = 18×11 + 1 ✓. 17th digit 1 is odd → male.
// 11010219840406970X (a widely quoted sample): 7+9+0+5+0+8+2+9+48+12+0+36+0+30+72+28+0 = 266;
//   266 mod 11 = 2 → X; 266 + 10 = 276 = 25×11 + 1 ✓. 17th digit 0 is even → female.
// 110101200002290018 (constructed, a leap day): 7+9+0+5+0+4+4+0+0+0+0+18+20+45+0+0+2 = 114; 114 mod 11 = 4 → 8;
//   114 + 8 = 122 = 11×11 + 1 ✓. 17th digit 1 is odd → male.
describe('居民身份证号码 (GB 11643-1999)', () => {
  test.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    ['11010219840406970X', '1984-04-06', 'female'],
    ['110101200002290018', '2000-02-29', 'male'],
  ])('%s is valid, born %s, %s', (id, birthDate, sex) => {
    expect(validateResidentIdNumber(id)).toStrictEqual({ ok: true, normalized: id, birthDate, sex });
  });

  test.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['11010219840406970', 'X'],
    ['11010120000229001', '8'],
  ])('the check character of %s is %s', (first17, check) => {
    expect(residentIdCheckChar(first17)).toBe(check);
  });

  test.each([
    ['11010519491231002x', '11010519491231002X'],
    [' 11010519491231002X\t', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X'],
  ])('%j is accepted and normalised to %s', (id, normalized) => {
    expect(validateResidentIdNumber(id)).toMatchObject({ ok: true, normalized });
  });

  test.each([
    ['', 'ID_NUMBER_MALFORMED'],
    ['11010519491231002', 'ID_NUMBER_MALFORMED'],
    ['11010519491231002XX', 'ID_NUMBER_MALFORMED'],
    ['1101051949123100AX', 'ID_NUMBER_MALFORMED'],
    ['X10105194912310021', 'ID_NUMBER_MALFORMED'],
    ['110105194912310', 'ID_NUMBER_MALFORMED'],
    ['110105 19491231 002X', 'ID_NUMBER_MALFORMED'],
    ['110105194912310021', 'ID_NUMBER_BAD_CHECKSUM'],
    ['110105194912310020', 'ID_NUMBER_BAD_CHECKSUM'],
    ['110105194912310002', 'ID_NUMBER_BAD_CHECKSUM'],
    ['110105194902300021', 'ID_NUMBER_BAD_DATE'],
    ['110101190002290010', 'ID_NUMBER_BAD_DATE'],
    ['110105194913010021', 'ID_NUMBER_BAD_DATE'],
    ['110105194900100021', 'ID_NUMBER_BAD_DATE'],
    ['110105194904310021', 'ID_NUMBER_BAD_DATE'],
    ['110105189912310021', 'ID_NUMBER_BAD_DATE'],
    ['110105210101010021', 'ID_NUMBER_BAD_DATE'],
    // The standard's own example of a man born 1880-01-01 has a correct check character but is outside 1900–2100.
    ['440524188001010014', 'ID_NUMBER_BAD_DATE'],
  ])('%j → %s', (id, code) => {
    const r = validateResidentIdNumber(id);
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) {
      expect(r.message['zh-CN']).toMatch(/\p{Script=Han}{4}/u);
      expect(r.message.en).toMatch(/[a-z]{4}/);
    }
  });

  test.each([
    ['20300101', '2026-11-22', false],
    ['20261123', '2026-11-22', false],
    ['20261122', '2026-11-22', true],
    ['20261121', '2026-11-22', true],
  ])('born %s, today %s: valid %s (no birth after today, and no clock is read)', (born, today, ok) => {
    const first17 = `110105${born}001`;
    const id = first17 + residentIdCheckChar(first17);
    expect(validateResidentIdNumber(id).ok).toBe(true);
    const r = validateResidentIdNumber(id, { today });
    expect(r.ok ? null : r.code).toBe(ok ? null : 'ID_NUMBER_BAD_DATE');
  });

  test.each(['2026-13-01', '2026-02-30', '20261122', ''])('a malformed today %j is a programming error', (today) => {
    expect(() => validateResidentIdNumber('11010519491231002X', { today })).toThrow(RangeError);
  });

  test.each(['1101051949123100', '110105194912310021', '1101051949123100X', ''])('residentIdCheckChar(%j) throws', (s) => {
    expect(() => residentIdCheckChar(s)).toThrow(RangeError);
  });

  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const birth = fc
    .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);
  const body = fc
    .tuple(fc.integer({ min: 0, max: 999_999 }), birth, fc.integer({ min: 0, max: 999 }))
    .map(([area, b, seq]) => ({ first17: `${pad(area, 6)}${pad(b.year, 4)}${pad(b.month, 2)}${pad(b.day, 2)}${pad(seq, 3)}`, b, seq }));

  test('any 17-digit body with a real date validates with its check character, and with no other', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(...'0123456789X'), ({ first17, b, seq }, other) => {
        const right = residentIdCheckChar(first17);
        expect(validateResidentIdNumber(first17 + right)).toStrictEqual({
          ok: true,
          normalized: first17 + right,
          birthDate: `${pad(b.year, 4)}-${pad(b.month, 2)}-${pad(b.day, 2)}`,
          sex: seq % 2 === 1 ? 'male' : 'female',
        });
        if (other !== right) expect(validateResidentIdNumber(first17 + other)).toMatchObject({ ok: false, code: 'ID_NUMBER_BAD_CHECKSUM' });
      }),
      { numRuns: 500 },
    );
  });

  test('changing any one digit of a valid number makes it invalid (MOD 11-2 catches every single-digit error)', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), ({ first17 }, at, delta) => {
        const changed = first17.slice(0, at) + ((Number(first17[at]) + delta) % 10) + first17.slice(at + 1);
        expect(validateResidentIdNumber(changed + residentIdCheckChar(first17)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
