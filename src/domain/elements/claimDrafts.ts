// Small helpers the element schemas draft their claims with: sums and differences of amount elements in fen, the
// amount and date in a complaint's words.
import { fenToYuan, yuanToFen } from '../money/yuan';
import type { ElementValues } from './elementSchema';
import { chineseDate, groupedYuan } from './elementText';

/** The amount element in fen, or null when it was not stated. */
export function fenOf(v: ElementValues, key: string): bigint | null {
  const x = v[key];
  return typeof x === 'string' ? yuanToFen(x) : null;
}

/** The sum of the stated amount elements (0 when none was). */
export function sumFen(v: ElementValues, keys: readonly string[]): bigint {
  return keys.reduce((s, k) => s + (fenOf(v, k) ?? 0n), 0n);
}

/** 1234567 fen → "12,345.67元". */
export function yuanWords(fen: bigint): string {
  return `${groupedYuan(fenToYuan(fen))}元`;
}

export function dateWords(v: ElementValues, key: string): string | null {
  const x = v[key];
  return typeof x === 'string' ? chineseDate(x) : null;
}

/** The claim sentence for an amount, or null when nothing is owed. */
export function amountClaim(prefix: string, fen: bigint, suffix = ''): string | null {
  return fen > 0n ? `${prefix}${yuanWords(fen)}${suffix}` : null;
}

/** The standard last claim: the court fees, whose burden the judgment decides (FEE art 29). */
export const costsClaim = { key: 'costs', label: { 'zh-CN': '诉讼费用', en: 'Court fees' }, draft: () => '判令被告承担本案诉讼费用' } as const;
