// Amounts and dates as banks and people write them: full-width digits, thousands separators, currency marks, 年月日.
import { isPlainDate, type PlainDate } from '../calendar/plainDate';
import { fenToYuan } from '../money/yuan';

/** 10^13 yuan in fen: the largest amount the system accepts (beyond any real claim, within exact JS integers). */
export const MAX_FEN = 10 ** 15;

/**
 * "１２,３４５.６０", "¥ 12 345.6", "RMB12345.60" → 1234560 (fen, exact). Null when the text is not an amount
 * or has more than two decimals; the sign is kept.
 */
export function fenFromText(text: string): number | null {
  let s = text.normalize('NFKC').trim();
  s = s.replace(/^(RMB|CNY)/i, '').replace(/[¥￥元\s]/g, '');
  if (/^\(.*\)$/.test(s)) s = '-' + s.slice(1, -1); // accountants' (1,000.00) for a debit
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/.test(s)) return null;
  const negative = s.startsWith('-');
  const [whole, frac = ''] = s.replace(/^[+-]/, '').replace(/,/g, '').split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen) || fen > MAX_FEN) return null;
  return negative ? -fen : fen;
}

/** 1234560 → "12345.60" (ledger amounts are exact integers in JS numbers; formatting is the money module's). */
export function fenToYuanText(fen: number): string {
  return fenToYuan(BigInt(fen));
}

/** "2025-09-30", "2025/9/30", "20250930", "2025年9月30日", "2025-09-30 14:05:00" → "2025-09-30"; null otherwise. */
export function dateFromText(text: string): PlainDate | null {
  const s = text.normalize('NFKC').trim();
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isPlainDate(iso) ? iso : null;
}
