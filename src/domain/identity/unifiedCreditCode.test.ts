import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { unifiedCreditCodeCheckChar, validateUnifiedCreditCode } from '.';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Hand computations: value × weight over the non-zero positions (values: 0–9, A=10 … H=17, J=18 … N=22, P=23,
// Q=24, R=25, T=26, U=27, W=28, X=29, Y=30; weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 = 3^(i−1) mod 31):
// 91350100M000100Y43: 9×1+1×3+3×9+5×27+1×26+21×20 (M)+1×8+30×30 (Y)+4×28 = 1640; 1640 mod 31 = 28; 31 − 28 = 3 → '3' ✓.
// 91110000600037341L: 9×1+1×3+1×9+1×27+6×20+3×8+7×24+3×10+4×30+1×28 = 538; 538 mod 31 = 11; 31 − 11 = 20 → 'L' ✓.
// 91440300708461136T, 91110108551385082Q (quoted in public test suites): Σ = 966, 966 mod 31 = 5, 31 − 5 = 26 → 'T' ✓;
//   Σ = 999, 999 mod 31 = 7, 31 − 7 = 24 → 'Q' ✓.
// 9111000060003734F0 (constructed for the 31 → 0 rule): 9×1+1×3+1×9+1×27+6×20+3×8+7×24+3×10+4×30+15×28 (F) = 930
//   = 30×31, so Σ mod 31 = 0 and 31 − 0 = 31, written 0 → '0'. 000000000000000000: Σ = 0 → likewise '0'.
describe('统一社会信用代码 (GB 32100-2015)', () => {
  test.each(['91350100M000100Y43', '91110000600037341L', '91440300708461136T', '91110108551385082Q', '9111000060003734F0', '000000000000000000'])(
    '%s is valid',
    (code) => {
      expect(validateUnifiedCreditCode(code)).toStrictEqual({ ok: true, normalized: code });
    },
  );

  test.each([
    ['91350100M000100Y4', '3'],
    ['91110000600037341', 'L'],
    ['9111000060003734F', '0'],
    ['00000000000000000', '0'],
  ])('the check character of %s is %s', (first17, check) => {
    expect(unifiedCreditCodeCheckChar(first17)).toBe(check);
  });

  test.each([
    ['91350100m000100y43', '91350100M000100Y43'],
    ['  91350100M000100Y43 ', '91350100M000100Y43'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43'],
  ])('%j is accepted and normalised to %s', (code, normalized) => {
    expect(validateUnifiedCreditCode(code)).toMatchObject({ ok: true, normalized });
  });

  test.each([
    ['', 'CREDIT_CODE_MALFORMED'],
    ['91350100M000100Y4', 'CREDIT_CODE_MALFORMED'],
    ['91350100M000100Y433', 'CREDIT_CODE_MALFORMED'],
    ['91350100M000100YI3', 'CREDIT_CODE_MALFORMED'],
    ['91350100M000100YO3', 'CREDIT_CODE_MALFORMED'],
    ['91350100M000100YZ3', 'CREDIT_CODE_MALFORMED'],
    ['91350100M000100YS3', 'CREDIT_CODE_MALFORMED'],
    ['91350100M000100YV3', 'CREDIT_CODE_MALFORMED'],
    ['91350100M000100Y4-', 'CREDIT_CODE_MALFORMED'],
    ['913501 00M000100Y4', 'CREDIT_CODE_MALFORMED'],
    ['91350100M000100Y44', 'CREDIT_CODE_BAD_CHECKSUM'],
    ['91350100M000100Y40', 'CREDIT_CODE_BAD_CHECKSUM'],
    ['91350100M000100Y34', 'CREDIT_CODE_BAD_CHECKSUM'],
    ['91110000600037341K', 'CREDIT_CODE_BAD_CHECKSUM'],
  ])('%j → %s', (code, err) => {
    const r = validateUnifiedCreditCode(code);
    expect(r).toMatchObject({ ok: false, code: err });
    if (!r.ok) {
      expect(r.message['zh-CN']).toMatch(/\p{Script=Han}{4}/u);
      expect(r.message.en).toMatch(/[a-z]{4}/);
    }
  });

  test.each(['91350100M000100Y', '91350100M000100Y43', '91350100m000100Y4', '91350100I000100Y4'])('unifiedCreditCodeCheckChar(%j) throws', (s) => {
    expect(() => unifiedCreditCodeCheckChar(s)).toThrow(RangeError);
  });

  const first17 = fc.array(fc.constantFrom(...CHARSET), { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));

  test('any 17-character body validates with its check character, and with no other', () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...CHARSET), (body, other) => {
        const right = unifiedCreditCodeCheckChar(body);
        expect(validateUnifiedCreditCode(body + right)).toStrictEqual({ ok: true, normalized: body + right });
        if (other !== right) expect(validateUnifiedCreditCode(body + other)).toMatchObject({ ok: false, code: 'CREDIT_CODE_BAD_CHECKSUM' });
      }),
      { numRuns: 500 },
    );
  });

  test('changing any one character of a valid code makes it invalid (31 is prime and no weight is 0 mod 31)', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (body, at, delta) => {
        const changed = body.slice(0, at) + CHARSET[(CHARSET.indexOf(body[at]!) + delta) % 31] + body.slice(at + 1);
        expect(validateUnifiedCreditCode(changed + unifiedCreditCodeCheckChar(body)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
