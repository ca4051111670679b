// The code tables a 案号 is built from: 法院代字 shapes, 专门审判代字 and 类型代字.
import caseTypeData from '../../../reference/case-type-codes.json';

// CASENO art 4: high-court code = provincial abbreviation; 内 = 内蒙古, 军 = PLA Military Court, 兵 = XPCC branch.
export const PROVINCE_ABBREVIATIONS = '京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新军兵';

// CASENO arts 4–5: 最高法; abbreviation; abbreviation + 2 digits (中院); abbreviation + 4 digits (基层).
const COURT_CODE_SHAPE = `最高法|[${PROVINCE_ABBREVIATIONS}](?:\\d{4}|\\d{2})?`;
const COURT_CODE = new RegExp(`^(?:${COURT_CODE_SHAPE})$`, 'u');
// The longest court-code shape at the start of a text, not followed by a further digit.
const COURT_CODE_AT_START = new RegExp(`^(?:最高法|[${PROVINCE_ABBREVIATIONS}](?:\\d{4}(?!\\d)|\\d{2}(?!\\d))?)`, 'u');

/**
 * Whether `code` has the shape of a 法院代字. The shape only: whether a court holds that code is data
 * (CASENO art 12: the SPC publishes the table), never derived from division codes at run time.
 */
export function isValidCourtCode(code: string): boolean {
  return COURT_CODE.test(code);
}

/** The court code at the start of the text between the brackets and the type, or null. */
export function courtCodeAtStart(text: string): string | null {
  return COURT_CODE_AT_START.exec(text)?.[0] ?? null;
}

/**
 * Every 类型代字 of the SPC standard (reference/case-type-codes.json, headings without a 代字 skipped), the ones
 * observed outside that table, and 民诉前调 (4 characters, used in real numbers since about 2020; rules.md §1.3 [U]).
 */
export const DEFAULT_TYPE_CODES: ReadonlySet<string> = new Set([
  ...caseTypeData.codes.map((c) => c.typeCode).filter((t): t is string => typeof t === 'string' && t !== ''),
  ...caseTypeData.observedOutsideTable.map((c) => c.typeCode),
  '民诉前调',
]);

// CASENO-2018: 专门审判代字 is one character set by the SPC; 知 (IP tribunal) is the only one attested.
export const DEFAULT_SPECIAL_CODES: ReadonlySet<string> = new Set(['知']);

// CASENO art 10 para 2: 刑事复核 (刑核) numbers are a fixed-length 8-digit number drawn at random, not a sequence.
const RANDOM_SERIAL_TYPES: ReadonlySet<string> = new Set(['刑核']);
export const RANDOM_SERIAL_DIGITS = 8;

/** Whether numbers of this type are drawn at random (8 digits, zero-padded) rather than from a gapless counter. */
export function usesRandomSerial(typeCode: string): boolean {
  return RANDOM_SERIAL_TYPES.has(typeCode);
}

// A plausibility range, not a rule of law: from the founding of the PRC courts to the end of the platform's horizon.
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

/** rules.md §1.1 [U practice]: a serial has at most 8 digits, the length of the random 刑核 numbers. */
export const MAX_SERIAL = 99_999_999;
