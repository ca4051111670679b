import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fenToYuan, yuanToFen } from './yuan';

describe('yuan amounts as integer fen', () => {
  test.each([
    ['0', 0n],
    ['150000', 15_000_000n],
    ['150000.5', 15_000_050n],
    ['0.01', 1n],
    ['9999999999999.99', 999_999_999_999_999n],
  ])('%s yuan = %s fen', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  test.each(['-1', '1.001', '01', '1e5', '', '10000000000000', 'abc', '1,000'])('%j is refused with AMOUNT_INVALID', (text) => {
    expect(() => yuanToFen(text)).toThrow(expect.objectContaining({ code: 'AMOUNT_INVALID' }));
  });

  test('formatting and parsing round-trip', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      }),
    );
  });
});
