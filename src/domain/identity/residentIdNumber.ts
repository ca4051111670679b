// 18-digit 居民身份证号码, GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence, check character.
import type { BilingualMessage } from '../errors/domainError';

// GB 11643-1999 check code (ISO 7064:1983 MOD 11-2): weight of position i (1-based, left to right) = 2^(18−i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
// The check character for Σ mod 11 = 0…10 is the value a with Σ + a ≡ 1 (mod 11), written X for 10.
const CHECK_CHARS = '10X98765432';
// A plausibility range (the brief's, not the standard's): the standard only requires a real calendar date.
const MIN_BIRTH_YEAR = 1900;
const MAX_BIRTH_YEAR = 2100;

export type ResidentIdErrorCode = 'ID_NUMBER_MALFORMED' | 'ID_NUMBER_BAD_DATE' | 'ID_NUMBER_BAD_CHECKSUM';

export type ResidentIdResult =
  | { ok: true; normalized: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; code: ResidentIdErrorCode; message: BilingualMessage };

const refusal = (code: ResidentIdErrorCode, zh: string, en: string): ResidentIdResult => ({ ok: false, code, message: { 'zh-CN': zh, en } });

/** GB 11643-1999: the check character of the first 17 digits. Throws RangeError unless given exactly 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`residentIdCheckChar needs 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Checks an 18-character ID number: shape, birth date (a real date in 1900–2100, and not after `today` when the
 * caller passes it, 'YYYY-MM-DD'), and check character. Full-width digits and a lower-case x are accepted.
 */
export function validateResidentIdNumber(input: string, opts: { today?: string } = {}): ResidentIdResult {
  if (opts.today !== undefined && !isIsoDate(opts.today)) throw new RangeError(`today must be a YYYY-MM-DD date, got "${opts.today}"`);
  const s = input.normalize('NFKC').trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) {
    return refusal(
      'ID_NUMBER_MALFORMED',
      '身份证号码应为18位：前17位是数字，最后一位是数字或X。请核对位数。',
      'An ID number has 18 characters: 17 digits, then a digit or X. Check the length and characters.',
    );
  }
  const [year, month, day] = [s.slice(6, 10), s.slice(10, 12), s.slice(12, 14)];
  const birthDate = `${year}-${month}-${day}`;
  const isRealDate = isCalendarDate(Number(year), Number(month), Number(day)) && Number(year) >= MIN_BIRTH_YEAR && Number(year) <= MAX_BIRTH_YEAR;
  if (!isRealDate) {
    return refusal(
      'ID_NUMBER_BAD_DATE',
      `身份证号码第7至14位的出生日期“${year}${month}${day}”不是有效日期，请核对。`,
      `Digits 7–14 of the ID number, "${year}${month}${day}", are not a valid birth date; check them.`,
    );
  }
  if (opts.today !== undefined && birthDate > opts.today) {
    return refusal(
      'ID_NUMBER_BAD_DATE',
      `身份证号码中的出生日期 ${birthDate} 晚于今天，请核对第7至14位。`,
      `The birth date ${birthDate} in the ID number is after today; check digits 7–14.`,
    );
  }
  if (residentIdCheckChar(s.slice(0, 17)) !== s[17]) {
    return refusal(
      'ID_NUMBER_BAD_CHECKSUM',
      '身份证号码校验位不正确，可能有输错的数字，请逐位核对。',
      'The check character of the ID number does not match; a digit is probably mistyped. Check each digit.',
    );
  }
  // GB 11643-1999 顺序码: the sequence code (digits 15–17) is odd for men and even for women; its last digit decides.
  return { ok: true, normalized: s, birthDate, sex: Number(s[16]) % 2 === 1 ? 'male' : 'female' };
}
