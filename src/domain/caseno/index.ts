export { caseNumberSequenceKey, formatCaseNumber } from './caseNumber';
export type { CaseNumber, CaseNumberOptions, CaseNumberSequenceKey, ParseResult, ValidationResult } from './caseNumber';
export { DEFAULT_SPECIAL_CODES, DEFAULT_TYPE_CODES, isValidCourtCode, usesRandomSerial } from './codes';
export type { CaseNumberError, CaseNumberErrorCode } from './messages';
export { parseCaseNumber } from './parse';
export { validateCaseNumber } from './validate';
