// Reading a 案号 typed or pasted by a person: lenient about brackets and spaces, strict about the elements.
import { formatCaseNumber, type CaseNumber, type CaseNumberOptions, type ParseResult } from './caseNumber';
import { courtCodeAtStart, DEFAULT_SPECIAL_CODES, DEFAULT_TYPE_CODES, MAX_SERIAL, MAX_YEAR, MIN_YEAR, RANDOM_SERIAL_DIGITS, usesRandomSerial } from './codes';
import { splitLegacyHead } from './legacy';
import {
  badCourtCode,
  badRandomSerial,
  badSerial,
  badYear,
  malformed,
  MALFORMED_LEGACY,
  MALFORMED_SHAPE,
  MISSING_SERIAL,
  unknownType,
  type CaseNumberError,
} from './messages';

/**
 * Full-width digits and letters become ASCII (NFKC), all whitespace goes, and both bracket widths become the
 * standard's full-width （） (rules.md §1.1: accept half-width on input, normalise on output [U practice]).
 */
function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

function checkYearText(year: string): CaseNumberError | null {
  const value = Number(year);
  return /^\d{4}$/.test(year) && value >= MIN_YEAR && value <= MAX_YEAR ? null : badYear(year);
}

function checkSerialText(serial: string, randomSerial: boolean): CaseNumberError | null {
  if (randomSerial) {
    const isRandomShape = serial.length === RANDOM_SERIAL_DIGITS && /^\d+$/.test(serial) && Number(serial) > 0;
    return isRandomShape ? null : badRandomSerial(serial);
  }
  return /^[1-9]\d*$/.test(serial) && Number(serial) <= MAX_SERIAL ? null : badSerial(serial);
}

function splitSpecialAndType(rest: string, typeCodes: ReadonlySet<string>, specialCodes: ReadonlySet<string>) {
  // Longest type code wins: 知民终 is a type only if the standard lists it, else special 知 + type 民终.
  if (typeCodes.has(rest)) return { specialCode: '', typeCode: rest };
  const [first, ...others] = [...rest];
  const tail = others.join('');
  if (first !== undefined && tail !== '' && specialCodes.has(first) && typeCodes.has(tail)) return { specialCode: first, typeCode: tail };
  return null;
}

function parseModern(year: number, body: string, opts: CaseNumberOptions): ParseResult {
  const m = /^(.*?)(\d+)$/u.exec(body);
  if (!m) return malformed(MISSING_SERIAL);
  const [, head = '', serial = ''] = m;
  const courtCode = courtCodeAtStart(head);
  if (courtCode === null) return badCourtCode(/^\D*?\d+/u.exec(head)?.[0] ?? [...head][0] ?? '');
  const rest = head.slice(courtCode.length);
  const strayDigits = /^\d+/.exec(rest);
  if (strayDigits) return badCourtCode(courtCode + strayDigits[0]);
  if (/\d/.test(rest)) return unknownType(rest);
  const typeCodes = opts.typeCodes ?? DEFAULT_TYPE_CODES;
  const specialCodes = new Set([...DEFAULT_SPECIAL_CODES, ...(opts.specialCodes ?? [])]);
  const split = splitSpecialAndType(rest, typeCodes, specialCodes);
  if (!split) return unknownType(rest);
  const refusal = checkSerialText(serial, usesRandomSerial(split.typeCode));
  if (refusal) return refusal;
  const value: CaseNumber = { year, courtCode, ...split, serial: Number(serial) };
  return { ok: true, value, normalized: formatCaseNumber(value) };
}

function parseLegacy(year: number, body: string, opts: CaseNumberOptions): ParseResult {
  const m = /^([\p{Script=Han}（）]+)字第(\d+)$/u.exec(body);
  if (!m) return malformed(MALFORMED_LEGACY);
  const [, head = '', serial = ''] = m;
  const { prefix, typeCode } = splitLegacyHead(head, opts.typeCodes ?? DEFAULT_TYPE_CODES);
  if (!/^\p{Script=Han}*$/u.test(prefix)) return badCourtCode(prefix);
  // Pre-2016 numbers were sequential for every type; the 8-digit random 刑核 rule came with CASENO.
  const refusal = checkSerialText(serial, false);
  if (refusal) return refusal;
  const value: CaseNumber = { year, courtCode: '', specialCode: '', typeCode, serial: Number(serial), legacy: { prefix } };
  return { ok: true, value, normalized: formatCaseNumber(value) };
}

/**
 * Reads a case number in either bracket width, with surrounding or inner spaces, in the current form or the
 * pre-2016 "字第" form, and returns its elements and the normalised text (full-width brackets).
 */
export function parseCaseNumber(text: string, opts: CaseNumberOptions = {}): ParseResult {
  const s = normalizeText(text);
  const m = /^（([^（）]*)）(.*)号$/u.exec(s);
  if (!m) return malformed(MALFORMED_SHAPE);
  const [, yearText = '', body = ''] = m;
  const refusal = checkYearText(yearText);
  if (refusal) return refusal;
  const year = Number(yearText);
  return body.includes('字第') ? parseLegacy(year, body, opts) : parseModern(year, body, opts);
}
