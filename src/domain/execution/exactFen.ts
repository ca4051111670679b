// Exact amounts in millionths of a fen (the 1.75‱ daily rate yields them) and the one place they are rounded to fen.
import type { BilingualMessage } from '../errors/domainError';

/** Millionths of a fen in a fen. */
export const MICRO = 1_000_000n;

// [U] neither DELAY-2014 nor FEE sets a rounding rule (rules.md §4.6, §10 item 12): a court setting, default half up to the fen.
export type FenRounding = 'halfUp' | 'down' | 'up';
export const DEFAULT_FEN_ROUNDING: FenRounding = 'halfUp';

export const FEN_ROUNDING_LABELS: Readonly<Record<FenRounding, BilingualMessage>> = {
  halfUp: { 'zh-CN': '四舍五入到分', en: 'rounded half up to the fen' },
  down: { 'zh-CN': '分以下舍去', en: 'fractions of a fen dropped' },
  up: { 'zh-CN': '分以下进位', en: 'fractions of a fen rounded up' },
};

/** A non-negative amount in millionths of a fen, rounded to whole fen. */
export function roundMicroFen(micro: bigint, mode: FenRounding): bigint {
  if (micro < 0n) throw new RangeError('a negative exact amount');
  const whole = micro / MICRO;
  const rest = micro % MICRO;
  if (rest === 0n) return whole;
  if (mode === 'down') return whole;
  if (mode === 'up') return whole + 1n;
  return rest * 2n >= MICRO ? whole + 1n : whole;
}

/** Millionths of a fen as yuan with at least two and at most eight decimals: 106750000n → '1.0675'. */
export function exactFenText(micro: bigint): string {
  const sign = micro < 0n ? '-' : '';
  const abs = micro < 0n ? -micro : micro;
  const perYuan = MICRO * 100n;
  const frac = String(abs % perYuan).padStart(8, '0').replace(/0+$/, '');
  return `${sign}${abs / perYuan}.${frac.padEnd(2, '0')}`;
}
