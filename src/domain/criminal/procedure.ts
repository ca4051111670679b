// Which procedure a criminal first instance is tried under, who may use it, and its 审限 (CrPL arts 208, 212, 214–225).
import { refuse, type BilingualMessage } from '../errors/domainError';
import type { TrialProcedure } from '../clock/trialLimitRules';

export const CRIMINAL_PROCEDURES = ['ordinary', 'simple', 'fastTrack'] as const;
export type CriminalProcedure = (typeof CRIMINAL_PROCEDURES)[number];
export const CRIMINAL_PROCEDURE_LABELS: Record<CriminalProcedure, BilingualMessage> = {
  ordinary: { 'zh-CN': '普通程序', en: 'Ordinary procedure' },
  simple: { 'zh-CN': '简易程序', en: 'Simple procedure' },
  fastTrack: { 'zh-CN': '速裁程序', en: 'Fast-track procedure' },
};

/** 公诉 by the procuratorate, or 自诉 by the victim (CrPL arts 169, 210). */
export type Prosecution = 'public' | 'private';

/** The heaviest sentence the defendants may face, in the bands the procedures turn on. */
export const POSSIBLE_SENTENCES = ['upTo1Year', 'upTo3Years', 'over3Years', 'lifeOrDeath'] as const;
export type PossibleSentence = (typeof POSSIBLE_SENTENCES)[number];

export interface ProcedureFacts {
  prosecution: Prosecution;
  procedure: CriminalProcedure;
  possibleSentence: PossibleSentence;
  isBasicCourt: boolean;
  /** Every defendant admits the facts charged (and, for 速裁, pleads guilty and accepts punishment — 认罪认罚). */
  allAdmitGuilt: boolean;
  allAcceptPunishment: boolean;
  anyJuvenile: boolean;
  anyBlindDeafMuteOrMentallyIll: boolean;
  anyDetained: boolean;
}

function no(code: string, zh: string, en: string): never {
  return refuse(code, 'conflict', zh, en);
}

/** Refuses a procedure the law does not allow for the case. */
export function checkProcedureChoice(f: ProcedureFacts): void {
  if (f.procedure === 'ordinary') return;
  // CrPL arts 214, 222: simple and fast-track procedures are for basic people's courts.
  if (!f.isBasicCourt) no('CRIMINAL_PROCEDURE_BASIC_COURT_ONLY', '简易程序、速裁程序只适用于基层人民法院管辖的案件（《刑事诉讼法》第二百一十四条、第二百二十二条）。', 'Simple and fast-track procedures are for basic courts only (CrPL arts 214, 222).');
  // CrPL art 214: the defendant admits the crime and does not object to the procedure; art 215: not for the disabled listed there.
  if (!f.allAdmitGuilt) no('CRIMINAL_PROCEDURE_NEEDS_ADMISSION', '被告人承认自己所犯罪行、对指控的犯罪事实没有异议的，才可以适用简易程序或者速裁程序（《刑事诉讼法》第二百一十四条）。', 'A simple or fast-track procedure needs every defendant to admit the facts charged (CrPL art 214).');
  if (f.anyBlindDeafMuteOrMentallyIll) no('CRIMINAL_PROCEDURE_EXCLUDED_DEFENDANT', '被告人是盲、聋、哑人或者尚未完全丧失辨认或者控制自己行为能力的精神病人的，不适用简易程序、速裁程序（《刑事诉讼法》第二百一十五条、第二百二十三条）。', 'Not for a blind, deaf, mute or mentally ill defendant (CrPL arts 215, 223).');
  if (f.possibleSentence === 'lifeOrDeath') no('CRIMINAL_PROCEDURE_EXCLUDED_SENTENCE', '可能判处无期徒刑、死刑的案件不适用简易程序、速裁程序。', 'Not for a case that may end in life imprisonment or death.');
  if (f.procedure === 'simple') return;
  // CrPL art 222: 速裁 for cases that may be sentenced to at most 3 years, with 认罪认罚 and the defendant's consent.
  if (f.possibleSentence === 'over3Years') no('FAST_TRACK_SENTENCE_TOO_HIGH', '速裁程序只适用于可能判处三年有期徒刑以下刑罚的案件（《刑事诉讼法》第二百二十二条）。', 'Fast track is only for cases that may be sentenced to at most 3 years (CrPL art 222).');
  if (!f.allAcceptPunishment) no('FAST_TRACK_NEEDS_PLEA', '速裁程序须被告人认罪认罚并同意适用（《刑事诉讼法》第二百二十二条）。', 'Fast track needs every defendant to plead guilty, accept punishment and agree (CrPL art 222).');
  // CrPL art 223(2): not for juvenile defendants.
  if (f.anyJuvenile) no('FAST_TRACK_JUVENILE', '被告人是未成年人的，不适用速裁程序（《刑事诉讼法》第二百二十三条）。', 'Fast track is not for juvenile defendants (CrPL art 223).');
  if (f.prosecution === 'private') no('FAST_TRACK_PUBLIC_ONLY', '速裁程序只适用于公诉案件。', 'Fast track is for public prosecutions only.');
}

/** The 审限 of a criminal first instance (rules.md §2.5). */
export function criminalTrialProcedure(f: Pick<ProcedureFacts, 'prosecution' | 'procedure' | 'possibleSentence' | 'anyDetained'>): TrialProcedure {
  // CrPL art 225: 10 days; 15 if the possible sentence exceeds 1 year.
  if (f.procedure === 'fastTrack') return f.possibleSentence === 'upTo1Year' ? 'criminalFastTrack' : 'criminalFastTrackOver1Year';
  // CrPL art 220: 20 days; 1.5 months if the possible sentence exceeds 3 years.
  if (f.procedure === 'simple') return f.possibleSentence === 'over3Years' || f.possibleSentence === 'lifeOrDeath' ? 'criminalSimpleOver3Years' : 'criminalSimple';
  // CrPL art 212: a private prosecution with no defendant detained has 6 months; detained — as a public prosecution (art 208).
  if (f.prosecution === 'private' && !f.anyDetained) return 'criminalPrivateNotDetained';
  return 'criminalFirstInstance';
}

/**
 * What a 刑初 case keeps in its procedure column: the procedure together with the band that sets its 审限, so the clock
 * reads the limit from the case alone (trialProcedureFor).
 */
export const CRIMINAL_PROCEDURE_VARIANTS: Readonly<Record<string, TrialProcedure>> = {
  ordinary: 'criminalFirstInstance',
  privateNotDetained: 'criminalPrivateNotDetained',
  simple: 'criminalSimple',
  simpleOver3Years: 'criminalSimpleOver3Years',
  fastTrack: 'criminalFastTrack',
  fastTrackOver1Year: 'criminalFastTrackOver1Year',
};

export function criminalProcedureVariant(f: Parameters<typeof criminalTrialProcedure>[0]): string {
  const limit = criminalTrialProcedure(f);
  return Object.entries(CRIMINAL_PROCEDURE_VARIANTS).find(([, p]) => p === limit)![0];
}

/** The procedure (普通/简易/速裁) of a stored variant. */
export function procedureOfVariant(variant: string): CriminalProcedure {
  return variant.startsWith('fastTrack') ? 'fastTrack' : variant.startsWith('simple') ? 'simple' : 'ordinary';
}
