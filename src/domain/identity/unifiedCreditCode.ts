// 18-character 统一社会信用代码, GB 32100-2015: 登记管理部门码, 机构类别码, 6-digit division code, 9-character
// 主体标识码 (organisation code), check character.
import type { BilingualMessage } from '../errors/domainError';

// GB 32100-2015 代码字符集: 31 characters, digits and capitals without I, O, Z, S, V; a character's value is its index.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// GB 32100-2015 校验码: weight of position i (1-based) = 3^(i−1) mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeErrorCode = 'CREDIT_CODE_MALFORMED' | 'CREDIT_CODE_BAD_CHECKSUM';

export type CreditCodeResult = { ok: true; normalized: string } | { ok: false; code: CreditCodeErrorCode; message: BilingualMessage };

const refusal = (code: CreditCodeErrorCode, zh: string, en: string): CreditCodeResult => ({ ok: false, code, message: { 'zh-CN': zh, en } });

const isCodeChars = (s: string) => [...s].every((c) => CHARSET.includes(c));

/**
 * GB 32100-2015 校验码: check value = 31 − (Σ value × weight mod 31), where 31 is written 0.
 * Throws RangeError unless given exactly 17 characters of the charset (upper case).
 */
export function unifiedCreditCodeCheckChar(first17: string): string {
  if (first17.length !== 17 || !isCodeChars(first17)) throw new RangeError(`unifiedCreditCodeCheckChar needs 17 GB 32100 characters, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Checks shape, charset and check character; lower case and full-width characters are accepted and normalised. */
export function validateUnifiedCreditCode(input: string): CreditCodeResult {
  const s = input.normalize('NFKC').trim().toUpperCase();
  if (s.length !== 18 || !isCodeChars(s)) {
    return refusal(
      'CREDIT_CODE_MALFORMED',
      '统一社会信用代码应为18位，由数字和大写字母组成（不使用 I、O、Z、S、V）。请核对位数和字符。',
      'A unified social credit code has 18 digits and capital letters (never I, O, Z, S or V). Check the length and characters.',
    );
  }
  if (unifiedCreditCodeCheckChar(s.slice(0, 17)) !== s[17]) {
    return refusal(
      'CREDIT_CODE_BAD_CHECKSUM',
      '统一社会信用代码校验位（第18位）不正确，可能有输错的字符，请逐位核对。',
      'The check character (the 18th) of the credit code does not match; a character is probably mistyped. Check each one.',
    );
  }
  return { ok: true, normalized: s };
}
