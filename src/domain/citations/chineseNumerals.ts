// Article numbers as a court writes them: 85 → 八十五, 110 → 一百一十, 105 → 一百零五, 1259 → 一千二百五十九.
const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千'] as const;

/** 1–9999 in Chinese numerals; a leading 一十 reads 十 (10–19), inner zeros read 零 once. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d]! + unit;
  });
  return n >= 10 && n < 20 ? out.replace(/^一十/, '十') : out;
}

/** The inverse for 1–9999 ('八十五' → 85, '十' → 10); null for anything else. */
export function parseChineseNumeral(s: string): number | null {
  if (!/^[零一二三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    const d = DIGITS.indexOf(ch);
    if (d >= 0) {
      digit = d;
      continue;
    }
    const unit = { 十: 10, 百: 100, 千: 1000 }[ch as '十' | '百' | '千'];
    total += (digit || (unit === 10 && total === 0 ? 1 : 0)) * unit;
    digit = 0;
  }
  total += digit;
  return total >= 1 && total <= 9999 && chineseNumeral(total) === s ? total : null;
}
