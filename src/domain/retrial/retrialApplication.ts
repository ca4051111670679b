// 民申: a party's application for retrial of an effective civil judgment (CPL-2023 arts 210–216; rules.md §2.8, §9.6):
// the grounds of art 211, the bar on retrying a divorce (art 213), and the 6 months to apply (art 216).
import { refuse, type BilingualMessage } from '../errors/domainError';
import type { PlainDate } from '../calendar/plainDate';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// CPL-2023 art 211, items (1) to (13), in the statute's order.
export const RETRIAL_GROUNDS = [
  'newEvidence',
  'factsLackEvidence',
  'forgedEvidence',
  'evidenceNotExamined',
  'evidenceNotCollected',
  'wrongLaw',
  'unlawfulBench',
  'partyExcluded',
  'debateDenied',
  'defaultWithoutSummons',
  'claimsOmittedOrExceeded',
  'basisSetAside',
  'judgeMisconduct',
] as const;
export type RetrialGround = (typeof RETRIAL_GROUNDS)[number];

export const RETRIAL_GROUND_LABELS: Readonly<Record<RetrialGround, BilingualMessage>> = {
  newEvidence: zhEn('（一）有新的证据，足以推翻原判决、裁定的', '(1) new evidence sufficient to overturn the decision'),
  factsLackEvidence: zhEn('（二）原判决、裁定认定的基本事实缺乏证据证明的', '(2) the basic facts found lack supporting evidence'),
  forgedEvidence: zhEn('（三）原判决、裁定认定事实的主要证据是伪造的', '(3) the main evidence was forged'),
  evidenceNotExamined: zhEn('（四）原判决、裁定认定事实的主要证据未经质证的', '(4) the main evidence was not cross-examined'),
  evidenceNotCollected: zhEn('（五）对审理案件需要的主要证据，当事人因客观原因不能自行收集，书面申请人民法院调查收集，人民法院未调查收集的', '(5) the court did not collect main evidence a party could not collect and asked it to'),
  wrongLaw: zhEn('（六）原判决、裁定适用法律确有错误的', '(6) the law was clearly misapplied'),
  unlawfulBench: zhEn('（七）审判组织的组成不合法或者依法应当回避的审判人员没有回避的', '(7) the bench was unlawfully composed, or a judge who should have withdrawn did not'),
  partyExcluded: zhEn('（八）无诉讼行为能力人未经法定代理人代为诉讼或者应当参加诉讼的当事人，因不能归责于本人或者其诉讼代理人的事由，未参加诉讼的', '(8) a party without capacity was unrepresented, or a necessary party was absent through no fault of its own'),
  debateDenied: zhEn('（九）违反法律规定，剥夺当事人辩论权利的', '(9) a party was unlawfully denied the right to argue'),
  defaultWithoutSummons: zhEn('（十）未经传票传唤，缺席判决的', '(10) judgment by default without a summons'),
  claimsOmittedOrExceeded: zhEn('（十一）原判决、裁定遗漏或者超出诉讼请求的', '(11) the decision omitted or exceeded the claims'),
  basisSetAside: zhEn('（十二）据以作出原判决、裁定的法律文书被撤销或者变更的', '(12) the document the decision rested on was set aside or changed'),
  judgeMisconduct: zhEn('（十三）审判人员审理该案件时有贪污受贿，徇私舞弊，枉法裁判行为的', '(13) a judge took bribes, practised favouritism or perverted the law in the case'),
};

// CPL-2023 art 216: for grounds (1), (3), (12) and (13) the 6 months run from when the applicant knew or should have known.
export const KNOWLEDGE_GROUNDS: readonly RetrialGround[] = ['newEvidence', 'forgedEvidence', 'basisSetAside', 'judgeMisconduct'];

/** The day the 6 months run from: the judgment's effect, or (art 216) the applicant's knowledge for those grounds. */
export function retrialPeriodTrigger(grounds: readonly RetrialGround[], effectiveOn: PlainDate, knownOn: PlainDate | undefined): { from: PlainDate; fact: BilingualMessage } {
  if (knownOn && grounds.some((g) => KNOWLEDGE_GROUNDS.includes(g)) && knownOn > effectiveOn) {
    return { from: knownOn, fact: zhEn('申请人知道或者应当知道再审事由', 'the applicant learned of the ground') };
  }
  return { from: effectiveOn, fact: zhEn('判决发生法律效力', 'the judgment took effect') };
}

export interface RetrialSubjectFacts {
  /** The decision applied against: only a judgment is modelled ([U] rulings and 调解书, art 212, are not). */
  closingMethod: string | null;
  causeName: string | null;
  grounds: readonly RetrialGround[];
}

/** What may be retried on which grounds (CPL-2023 arts 211, 213). */
export function checkRetrialSubject(f: RetrialSubjectFacts): void {
  if (f.closingMethod !== 'judgment') {
    refuse('RETRIAL_NOT_A_JUDGMENT', 'invalid', '本系统仅受理对已经发生法律效力的判决申请再审（对裁定、调解书的再审申请请到法院提交）。', 'Only an effective judgment can be the subject of an online retrial application (rulings and mediation statements at the court).', { field: 'caseId' });
  }
  // CPL-2023 art 213: a judgment dissolving a marriage cannot be retried ([U] the property division, not modelled).
  if (f.causeName === '离婚纠纷') {
    refuse('RETRIAL_DIVORCE_BARRED', 'invalid', '当事人对已经发生法律效力的解除婚姻关系的判决，不得申请再审（《民事诉讼法》第二百一十三条）。', 'A judgment dissolving a marriage cannot be the subject of a retrial application (Civil Procedure Law, art. 213).');
  }
  if (f.grounds.length === 0) refuse('RETRIAL_GROUNDS_REQUIRED', 'invalid', '请选择《民事诉讼法》第二百一十一条规定的再审事由。', 'Choose at least one ground of Civil Procedure Law art. 211.', { field: 'grounds' });
}

/** CPL-2023 art 216 (不变期间, CPL-Interp art 127): the application within 6 months; `dueOn` computed by the clock. */
export function checkRetrialInTime(dueOn: PlainDate, today: PlainDate): void {
  if (today > dueOn) {
    refuse('RETRIAL_APPLICATION_LATE', 'invalid', `申请再审的期间已于${dueOn}届满（《民事诉讼法》第二百一十六条，不变期间）。`, `The period to apply for retrial ended on ${dueOn} (Civil Procedure Law, art. 216; it cannot be extended).`, { dueOn });
  }
}

/**
 * Where the application goes: the next-higher court (CPL-2023 art 210); a small-claims judgment to the court that gave
 * it (CPL-Interp art 424 [U article number]). [U] art 210's option of the original court when one side is numerous or
 * both are citizens is not offered.
 */
export function retrialCourtLevel(procedure: string | null): 'higher' | 'original' {
  return procedure === 'smallClaims' ? 'original' : 'higher';
}
