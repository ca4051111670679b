// The sentence of one defendant: main punishment, supplementary punishments, probation (CrL arts 32–77).
import { refuse, type BilingualMessage } from '../errors/domainError';

// CrL art 33: 管制, 拘役, 有期徒刑, 无期徒刑, 死刑 (with 死刑缓期二年执行, art 48); art 37: exemption from punishment.
export const MAIN_PUNISHMENTS = ['publicSurveillance', 'criminalDetention', 'fixedTerm', 'life', 'deathSuspended', 'death', 'exempted'] as const;
export type MainPunishment = (typeof MAIN_PUNISHMENTS)[number];

export const MAIN_PUNISHMENT_LABELS: Record<MainPunishment, BilingualMessage> = {
  publicSurveillance: { 'zh-CN': '管制', en: 'Public surveillance' },
  criminalDetention: { 'zh-CN': '拘役', en: 'Criminal detention' },
  fixedTerm: { 'zh-CN': '有期徒刑', en: 'Fixed-term imprisonment' },
  life: { 'zh-CN': '无期徒刑', en: 'Life imprisonment' },
  deathSuspended: { 'zh-CN': '死刑，缓期二年执行', en: 'Death with a two-year reprieve' },
  death: { 'zh-CN': '死刑', en: 'Death' },
  exempted: { 'zh-CN': '免予刑事处罚', en: 'Exempted from punishment' },
};

export type TermPunishment = 'publicSurveillance' | 'criminalDetention' | 'fixedTerm';
export function hasTerm(p: MainPunishment): p is TermPunishment {
  return p === 'publicSurveillance' || p === 'criminalDetention' || p === 'fixedTerm';
}

/** A term of months and days (刑期 are written 三年六个月, 拘役四个月十五日). */
export interface Term {
  months: number;
  days?: number;
}

export interface Sentence {
  main: MainPunishment;
  /** Required for 管制, 拘役, 有期徒刑. */
  term?: Term | null;
  /** 罚金, in fen (CrL art 52). */
  fineFen?: number | null;
  /** 剥夺政治权利: a term in months, or 'life' (CrL arts 55–57). */
  politicalRightsDeprivation?: { months: number } | 'life' | null;
  /** 没收财产 (CrL art 59): all or part of the defendant's own property. */
  confiscation?: 'all' | 'part' | null;
  /** 缓刑 with its 考验期 (CrL arts 72–73). */
  probation?: { testMonths: number } | null;
}

// CrL arts 38, 42, 45 with art 69 for several crimes: 管制 3 months–3 years, 拘役 1 month–1 year, 有期徒刑 6 months–25 years.
export const TERM_BOUNDS: Record<TermPunishment, { min: number; max: number; source: string }> = {
  publicSurveillance: { min: 3, max: 36, source: 'CrL arts 38, 69' },
  criminalDetention: { min: 1, max: 12, source: 'CrL arts 42, 69' },
  fixedTerm: { min: 6, max: 300, source: 'CrL arts 45, 69' },
};

function bad(code: string, zh: string, en: string, details?: Record<string, unknown>): never {
  return refuse(code, 'invalid', zh, en, details);
}

function termMonths(t: Term): number {
  return t.months + (t.days ?? 0) / 30;
}

/** Refuses a sentence the Criminal Law does not allow; returns it unchanged otherwise. */
export function checkSentence(s: Sentence): Sentence {
  const label = MAIN_PUNISHMENT_LABELS[s.main];
  if (hasTerm(s.main)) {
    if (!s.term) bad('SENTENCE_TERM_REQUIRED', `${label['zh-CN']}须写明刑期。`, `${label.en} needs a term.`);
    const b = TERM_BOUNDS[s.main];
    const m = termMonths(s.term);
    if (m < b.min || m > b.max) {
      bad('SENTENCE_TERM_OUT_OF_BOUNDS', `${label['zh-CN']}的刑期应在${b.min}个月至${b.max}个月之间（${b.source}）。`, `A term of ${label.en.toLowerCase()} must be ${b.min} to ${b.max} months (${b.source}).`, { main: s.main, ...b });
    }
  } else if (s.term) {
    bad('SENTENCE_TERM_NOT_ALLOWED', `${label['zh-CN']}没有刑期。`, `${label.en} has no term.`);
  }
  if (s.fineFen != null && (!Number.isInteger(s.fineFen) || s.fineFen <= 0)) {
    bad('SENTENCE_FINE_INVALID', '罚金应为正数（以分计）。', 'A fine must be a positive amount in fen.');
  }
  checkPoliticalRights(s);
  checkProbation(s);
  if (s.main === 'exempted' && (s.fineFen || s.politicalRightsDeprivation || s.confiscation || s.probation)) {
    bad('SENTENCE_EXEMPTED_WITH_PUNISHMENT', '免予刑事处罚的，不得同时判处刑罚。', 'A defendant exempted from punishment cannot be given a punishment.');
  }
  return s;
}

function checkPoliticalRights(s: Sentence): void {
  const d = s.politicalRightsDeprivation;
  if (!d) return;
  // CrL art 57: death and life imprisonment carry deprivation for life.
  const lifeOnly = s.main === 'death' || s.main === 'life';
  if (d === 'life') {
    if (!lifeOnly) bad('POLITICAL_RIGHTS_LIFE_NOT_ALLOWED', '剥夺政治权利终身仅适用于死刑、无期徒刑（《刑法》第五十七条）。', 'Deprivation for life goes only with death or life imprisonment (CrL art 57).');
    return;
  }
  if (lifeOnly) bad('POLITICAL_RIGHTS_LIFE_REQUIRED', '判处死刑、无期徒刑的，应当剥夺政治权利终身（《刑法》第五十七条）。', 'Death or life imprisonment carries deprivation for life (CrL art 57).');
  // CrL art 55: 1 to 5 years; with 管制 the same term as the 管制 (art 55 para 2).
  if (s.main === 'publicSurveillance' && s.term && d.months !== s.term.months) {
    bad('POLITICAL_RIGHTS_TERM_MISMATCH', '附加剥夺政治权利的期限与管制的期限相等（《刑法》第五十五条）。', 'With public surveillance, the deprivation lasts as long as the surveillance (CrL art 55).');
  }
  if (s.main !== 'publicSurveillance' && (d.months < 12 || d.months > 60)) {
    bad('POLITICAL_RIGHTS_TERM_OUT_OF_BOUNDS', '剥夺政治权利的期限为一年以上五年以下（《刑法》第五十五条）。', 'Deprivation of political rights lasts 1 to 5 years (CrL art 55).');
  }
}

function checkProbation(s: Sentence): void {
  const p = s.probation;
  if (!p) return;
  // CrL art 72: probation only for 拘役 or 有期徒刑 of at most 3 years.
  const eligible = s.main === 'criminalDetention' || (s.main === 'fixedTerm' && s.term != null && termMonths(s.term) <= 36);
  if (!eligible || !s.term) {
    bad('PROBATION_NOT_ALLOWED', '缓刑只适用于被判处拘役或者三年以下有期徒刑的犯罪分子（《刑法》第七十二条）。', 'Probation is only for criminal detention or imprisonment of at most 3 years (CrL art 72).');
  }
  // CrL art 73: 拘役 — at least the term and 2 months, at most 1 year; 有期徒刑 — at least the term and 1 year, at most 5 years.
  const [min, max] = s.main === 'criminalDetention' ? [Math.max(2, termMonths(s.term)), 12] : [Math.max(12, termMonths(s.term)), 60];
  if (!Number.isInteger(p.testMonths) || p.testMonths < min || p.testMonths > max) {
    bad('PROBATION_TEST_OUT_OF_BOUNDS', `缓刑考验期限应在${Math.ceil(min)}个月至${max}个月之间（《刑法》第七十三条）。`, `The probation test period must be ${Math.ceil(min)} to ${max} months (CrL art 73).`, { min: Math.ceil(min), max });
  }
}
