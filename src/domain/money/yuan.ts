// Money is integer fen (分) as bigint; never binary floating point.
import { refuse } from '../errors/domainError';

const YUAN = /^(0|[1-9]\d{0,12})(?:\.(\d{1,2}))?$/;

/** Parses a decimal yuan string ("150000", "0.5", "12.34") into fen; at most 13 integer digits. */
export function yuanToFen(text: string): bigint {
  const m = YUAN.exec(text.trim());
  if (!m) {
    refuse('AMOUNT_INVALID', 'invalid', `金额“${text}”无效：请填写不超过两位小数的非负金额（元），且小于10万亿元。`, `Amount "${text}" is invalid: give a non-negative amount in yuan with at most two decimals, below 10 trillion.`);
  }
  const whole = BigInt(m[1]!);
  const cents = BigInt((m[2] ?? '').padEnd(2, '0'));
  return whole * 100n + cents;
}

/** Formats fen as a yuan decimal string with two decimals. */
export function fenToYuan(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
