// The refusals of the case-number rules: stable codes and messages that tell the user what to fix.
import type { BilingualMessage } from '../errors/domainError';

export type CaseNumberErrorCode =
  | 'CASE_NUMBER_MALFORMED'
  | 'CASE_NUMBER_BAD_YEAR'
  | 'CASE_NUMBER_BAD_COURT_CODE'
  | 'CASE_NUMBER_UNKNOWN_TYPE'
  | 'CASE_NUMBER_BAD_SERIAL';

export interface CaseNumberError {
  ok: false;
  code: CaseNumberErrorCode;
  message: BilingualMessage;
}

const refusal = (code: CaseNumberErrorCode, zh: string, en: string): CaseNumberError => ({ ok: false, code, message: { 'zh-CN': zh, en } });

const EXAMPLE = '（2026）吉0102民初123号';

export const malformed = (what: { zh: string; en: string }): CaseNumberError =>
  refusal('CASE_NUMBER_MALFORMED', `案号格式不正确：${what.zh}。`, `Malformed case number: ${what.en}.`);

export const MALFORMED_SHAPE = {
  zh: `应以括号括起的收案年度开头、以“号”结尾，如“${EXAMPLE}”`,
  en: `it must start with the year in brackets and end with 号, like ${EXAMPLE}`,
};
export const MISSING_SERIAL = { zh: `缺少案件编号，请在“号”字前填写，如“${EXAMPLE}”`, en: `the serial is missing: write it before 号, like ${EXAMPLE}` };
export const MALFORMED_LEGACY = { zh: '2016年以前的旧式案号应形如“（2015）朝民初字第12345号”', en: 'a pre-2016 number reads like （2015）朝民初字第12345号' };
export const ambiguous = (text: string) => ({
  zh: `“${text}”再读取时会拆分成不同的代字，请核对专门审判代字与类型代字`,
  en: `"${text}" would read back as different codes; check the special-tribunal and type codes`,
});

export const badYear = (year: string): CaseNumberError =>
  refusal(
    'CASE_NUMBER_BAD_YEAR',
    `收案年度“${year}”无效：请填写1949至2100年之间的四位阿拉伯数字年份，如“（2026）”。`,
    `The year "${year}" is invalid: write the four-digit year the case was registered, between 1949 and 2100, e.g. （2026）.`,
  );

export const badCourtCode = (court: string): CaseNumberError =>
  refusal(
    'CASE_NUMBER_BAD_COURT_CODE',
    `法院代字“${court}”无效：应为“最高法”、省级简称（如“吉”），或简称加2位数字（中级法院，如“吉01”）或4位数字（基层法院，如“吉0102”）。`,
    `The court code "${court}" is invalid: use 最高法, a province abbreviation (吉), or the abbreviation with 2 digits for an intermediate court (吉01) or 4 digits for a basic court (吉0102).`,
  );

export const unknownType = (type: string): CaseNumberError =>
  type === ''
    ? refusal('CASE_NUMBER_UNKNOWN_TYPE', '案号缺少类型代字：请在法院代字和编号之间填写，如“民初”“执”。', 'The type code is missing: write it between the court code and the serial, e.g. 民初 or 执.')
    : refusal(
        'CASE_NUMBER_UNKNOWN_TYPE',
        `类型代字“${type}”不在案件类型代字标准中：请核对，如“民初”“民终”“执”（专门审判代字如“知”写在类型代字之前）。`,
        `The type code "${type}" is not in the case-type standard: check it, e.g. 民初, 民终 or 执 (a special-tribunal code such as 知 goes before the type code).`,
      );

export const badSerial = (serial: string): CaseNumberError =>
  refusal(
    'CASE_NUMBER_BAD_SERIAL',
    `案件编号“${serial}”无效：应为不超过8位、不以0开头的正整数，如“123”。`,
    `The serial "${serial}" is invalid: use a positive whole number of at most 8 digits without leading zeros, e.g. 123.`,
  );

export const badRandomSerial = (serial: string): CaseNumberError =>
  refusal(
    'CASE_NUMBER_BAD_SERIAL',
    `案件编号“${serial}”无效：刑事复核（刑核）案件的编号是随机生成的8位数字，如“00012345”，不能全为0。`,
    `The serial "${serial}" is invalid: a criminal review (刑核) number is a random 8-digit number such as 00012345, not all zeros.`,
  );
