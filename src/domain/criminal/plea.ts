// 认罪认罚: the procuratorate's sentencing recommendation and when the court may depart from it (CrPL arts 15, 176, 201).
import { refuse, type BilingualMessage } from '../errors/domainError';
import type { MainPunishment, Sentence } from './sentence';

/** CrPL art 176: the recommendation on main punishment, supplementary punishment and probation, as a range of months. */
export interface SentencingRecommendation {
  main: MainPunishment;
  minMonths?: number | null;
  maxMonths?: number | null;
  fineFen?: number | null;
  probation?: boolean;
}

// CrPL art 201 para 1 (1)–(5) and para 2: the court generally adopts the recommendation, except in these cases.
export const DEPARTURE_GROUNDS = ['notCrime', 'involuntary', 'deniesCharge', 'chargeDiffers', 'unfairTrial', 'manifestlyImproper'] as const;
export type DepartureGround = (typeof DEPARTURE_GROUNDS)[number];
export const DEPARTURE_GROUND_LABELS: Record<DepartureGround, BilingualMessage> = {
  notCrime: { 'zh-CN': '被告人的行为不构成犯罪或者不应当追究其刑事责任', en: 'The act is no crime or not punishable' },
  involuntary: { 'zh-CN': '被告人违背意愿认罪认罚', en: 'The plea was not voluntary' },
  deniesCharge: { 'zh-CN': '被告人否认指控的犯罪事实', en: 'The defendant denies the facts charged' },
  chargeDiffers: { 'zh-CN': '起诉指控的罪名与审理认定的罪名不一致', en: 'The charge differs from the one found at trial' },
  unfairTrial: { 'zh-CN': '其他可能影响公正审判的情形', en: 'Other circumstances affecting a fair trial' },
  manifestlyImproper: { 'zh-CN': '量刑建议明显不当，检察院不调整或者调整后仍明显不当', en: 'The recommendation is manifestly improper and was not (adequately) adjusted' },
};

function months(s: Sentence): number {
  return s.term ? s.term.months + (s.term.days ?? 0) / 30 : 0;
}

/** Whether the sentence lies outside the recommendation. */
export function departsFromRecommendation(r: SentencingRecommendation, s: Sentence): boolean {
  if (r.main !== s.main) return true;
  const m = months(s);
  if (r.minMonths != null && m < r.minMonths) return true;
  if (r.maxMonths != null && m > r.maxMonths) return true;
  if (r.fineFen != null && s.fineFen != null && r.fineFen !== s.fineFen) return true;
  return r.probation !== undefined && r.probation !== Boolean(s.probation);
}

/** CrPL art 201: a judgment departing from the recommendation names the ground for it. */
export function checkRecommendationAdopted(r: SentencingRecommendation | null | undefined, s: Sentence, ground: DepartureGround | null | undefined): void {
  if (!r || !departsFromRecommendation(r, s) || ground) return;
  refuse(
    'SENTENCE_DEPARTS_FROM_RECOMMENDATION',
    'conflict',
    '被告人认罪认罚的，人民法院一般应当采纳人民检察院的量刑建议；判决与量刑建议不一致的，请写明《刑事诉讼法》第二百零一条规定的理由。',
    'With a guilty plea the court generally adopts the procuratorate’s recommendation; a sentence outside it needs a ground under CrPL art 201.',
  );
}
