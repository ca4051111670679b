// Checking a structured 案号 (e.g. one the numbering service is about to issue) against the same rules as parsing.
import { formatCaseNumber, type CaseNumber, type CaseNumberOptions, type ValidationResult } from './caseNumber';
import { DEFAULT_SPECIAL_CODES, DEFAULT_TYPE_CODES, isValidCourtCode, MAX_SERIAL, MAX_YEAR, MIN_YEAR, usesRandomSerial } from './codes';
import { ambiguous, badCourtCode, badRandomSerial, badSerial, badYear, malformed, unknownType, type CaseNumberError } from './messages';
import { parseCaseNumber } from './parse';

function checkElements(n: CaseNumber, opts: CaseNumberOptions): CaseNumberError | null {
  if (!Number.isInteger(n.year) || n.year < MIN_YEAR || n.year > MAX_YEAR) return badYear(String(n.year));
  if (!Number.isSafeInteger(n.serial) || n.serial < 1 || n.serial > MAX_SERIAL) {
    return usesRandomSerial(n.typeCode) && !n.legacy ? badRandomSerial(String(n.serial)) : badSerial(String(n.serial));
  }
  if (n.legacy) {
    if (n.courtCode !== '' || !/^\p{Script=Han}*$/u.test(n.legacy.prefix)) return badCourtCode(n.courtCode || n.legacy.prefix);
    if (n.specialCode !== '' || !/^[\p{Script=Han}（）]+$/u.test(n.typeCode)) return unknownType(n.specialCode + n.typeCode);
    return null;
  }
  if (!isValidCourtCode(n.courtCode)) return badCourtCode(n.courtCode);
  const specialCodes = new Set([...DEFAULT_SPECIAL_CODES, ...(opts.specialCodes ?? [])]);
  if (n.specialCode !== '' && !specialCodes.has(n.specialCode)) return unknownType(n.specialCode + n.typeCode);
  if (!(opts.typeCodes ?? DEFAULT_TYPE_CODES).has(n.typeCode)) return unknownType(n.typeCode);
  return null;
}

const sameElements = (a: CaseNumber, b: CaseNumber) =>
  a.year === b.year &&
  a.courtCode === b.courtCode &&
  a.specialCode === b.specialCode &&
  a.typeCode === b.typeCode &&
  a.serial === b.serial &&
  a.legacy?.prefix === b.legacy?.prefix;

/**
 * Checks each element, then that the formatted text reads back as the same elements: a special code that forms a
 * longer type code with the type (or a legacy split the parser would make differently) is refused as ambiguous.
 */
export function validateCaseNumber(n: CaseNumber, opts: CaseNumberOptions = {}): ValidationResult {
  const refusal = checkElements(n, opts);
  if (refusal) return refusal;
  const text = formatCaseNumber(n);
  const reread = parseCaseNumber(text, opts);
  if (!reread.ok) return reread;
  if (!sameElements(reread.value, n)) {
    return malformed(ambiguous(text));
  }
  return { ok: true, normalized: text };
}
