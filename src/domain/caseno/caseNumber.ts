// 案号 = "（" 收案年度 "）" 法院代字 [专门审判代字] 类型代字 案件编号 "号" (CASENO arts 2–10, as amended by CASENO-2018).
import { RANDOM_SERIAL_DIGITS, usesRandomSerial } from './codes';
import type { CaseNumberError } from './messages';

export interface CaseNumber {
  /** 收案年度: the calendar year the case was registered (CASENO art 2). */
  year: number;
  /** 法院代字: 最高法 | province abbreviation | abbreviation + 2 digits (中院) | + 4 digits (基层). '' for legacy numbers. */
  courtCode: string;
  /** 专门审判代字: one character (e.g. 知) or '' when absent (CASENO-2018). */
  specialCode: string;
  /** 类型代字: 1–4 characters (e.g. 民初, 执, 民诉前调); for legacy numbers, the old type text (e.g. 民一初). */
  typeCode: string;
  /** 案件编号: a positive integer, never zero-padded except the 8-digit random 刑核 numbers. */
  serial: number;
  /**
   * Only for pre-2016 "…字第…号" numbers. Their court abbreviation (e.g. 朝) was set locally, not by the SPC's
   * 法院代字 table, so it is kept here and `courtCode` is ''. The SPC's own old numbers had none: prefix ''.
   */
  legacy?: { prefix: string };
}

export interface CaseNumberOptions {
  /** The valid 类型代字; replaces the built-in DEFAULT_TYPE_CODES. */
  typeCodes?: ReadonlySet<string>;
  /** Further 专门审判代字, added to the built-in ones (知). */
  specialCodes?: ReadonlySet<string>;
}

export type ParseResult = { ok: true; value: CaseNumber; normalized: string } | CaseNumberError;
export type ValidationResult = { ok: true; normalized: string } | CaseNumberError;

/** Always the standard's form: full-width brackets, no padding except 刑核 (CASENO art 10). */
export function formatCaseNumber(n: CaseNumber): string {
  if (n.legacy) return `（${n.year}）${n.legacy.prefix}${n.typeCode}字第${n.serial}号`;
  const serial = usesRandomSerial(n.typeCode) ? String(n.serial).padStart(RANDOM_SERIAL_DIGITS, '0') : String(n.serial);
  return `（${n.year}）${n.courtCode}${n.specialCode}${n.typeCode}${serial}号`;
}

export interface CaseNumberSequenceKey {
  courtCode: string;
  specialCode: string;
  typeCode: string;
  year: number;
}

/**
 * CASENO arts 9–10 (2018 wording): one gapless series per court × 专门审判代字 × 类型代字 × 收案年度, restarting
 * at 1 each year. Not for 刑核 (see usesRandomSerial) nor legacy numbers, which are never allocated.
 */
export function caseNumberSequenceKey(n: CaseNumber): CaseNumberSequenceKey {
  return { courtCode: n.courtCode, specialCode: n.specialCode, typeCode: n.typeCode, year: n.year };
}
