// The time to sue an administrative organ (起诉期限, ALL arts 45–47): a warning the filing clerk sees; the court decides.
import type { PlainDate } from '../calendar/plainDate';
import type { BilingualMessage } from '../errors/domainError';
import { addPeriod } from '../clock/periodArithmetic';
import type { CalendarLength } from '../clock/periodLength';
import { actTypeOf } from './actTypes';

/** The administrative act the complaint challenges (被诉行政行为). */
export interface ChallengedAct {
  name: string;
  documentNumber?: string | undefined;
  /** ALL art 12 para 1: the kind of act (actTypes.ts). */
  actType?: string | null | undefined;
  /** The day the organ made the act. */
  actOn: PlainDate;
  /** The day the plaintiff knew or should have known of it. */
  knownOn: PlainDate;
  /** ALL art 46 para 2: the suit arises from real estate (20 years from the act instead of 5). */
  concernsRealEstate?: boolean | undefined;
  /** ALL art 47: the plaintiff asked the organ to perform a duty (for actType 'nonPerformance'). */
  dutyApplication?: { appliedOn: PlainDate; periodDays?: number | null | undefined; isEmergency?: boolean | undefined } | null | undefined;
  /** A reconsideration (复议) came first: the day its decision was made and, if known, received. */
  reconsideration?: { decisionOn: PlainDate; receivedOn?: PlainDate | undefined } | undefined;
}

export interface LawsuitDeadline {
  /** The last day to sue, before any roll-forward over a holiday. */
  dueOn: PlainDate;
  triggerOn: PlainDate;
  length: CalendarLength;
  source: string;
  isLate: boolean;
  /** ALL art 47 para 1: the first day the organ's failure can be sued (null when it does not apply). */
  earliestOn: PlainDate | null;
  isEarly: boolean;
  /** Shown to the filing clerk when the complaint appears late or early; justified delays (ALL art 48) are the court's call. */
  warning: BilingualMessage | null;
}

// ALL art 45: 15 days from receipt of the reconsideration decision [U: the decision date stands in for receipt when
// the receipt date is not given — the earlier date, so the warning errs towards being shown].
const AFTER_RECONSIDERATION: CalendarLength = { days: 15 };
// ALL art 46 para 1: 6 months from the day the plaintiff knew or should have known of the act.
const DIRECT: CalendarLength = { months: 6 };
// ALL art 46 para 2: never more than 20 years (real estate) or 5 years (others) from the day the act was made.
const OUTER_REAL_ESTATE: CalendarLength = { years: 20 };
const OUTER_OTHER: CalendarLength = { years: 5 };
// ALL art 47 para 1: the organ has 2 months from the application unless a law or regulation sets another period.
const PERFORMANCE: CalendarLength = { months: 2 };

const LATE_ADVICE = { zh: '是否存在正当理由（第四十八条）由法院审查决定。', en: 'Whether a delay is justified (ALL art 48) is for the court to decide.' };

function directDeadline(act: ChallengedAct): Pick<LawsuitDeadline, 'dueOn' | 'triggerOn' | 'length' | 'source'> {
  const sixMonths = addPeriod(act.knownOn, DIRECT).end;
  const outerLength = act.concernsRealEstate ? OUTER_REAL_ESTATE : OUTER_OTHER;
  const outer = addPeriod(act.actOn, outerLength).end;
  return outer < sixMonths ? { dueOn: outer, triggerOn: act.actOn, length: outerLength, source: 'ALL art 46 para 2' } : { dueOn: sixMonths, triggerOn: act.knownOn, length: DIRECT, source: 'ALL art 46 para 1' };
}

/** ALL art 47: the first day to sue an organ that has not performed the duty asked of it; null in an emergency (para 2). */
export function earliestSuitOn(act: ChallengedAct): PlainDate | null {
  const a = act.dutyApplication;
  if (!a || a.isEmergency || !actTypeOf(act.actType)?.isNonPerformance) return null;
  const period: CalendarLength = a.periodDays ? { days: a.periodDays } : PERFORMANCE;
  // The suit lies once the period has run out: the day after its last day.
  const lastDay = addPeriod(a.appliedOn, period).end;
  return addPeriod(lastDay, { days: 1 }).end;
}

function warningOf(d: Pick<LawsuitDeadline, 'dueOn' | 'source'>, isLate: boolean, earliestOn: PlainDate | null, isEarly: boolean): BilingualMessage | null {
  if (isEarly && earliestOn) {
    return {
      'zh-CN': `行政机关履行职责的期限可能尚未届满：自接到申请之日起两个月内（法律、法规另有规定的从其规定）不履行的，方可起诉（《行政诉讼法》第四十七条），本案可于${earliestOn}起起诉；紧急情况下不受此限。`,
      en: `The organ's time to perform may not have run out: the suit lies once it has not acted within 2 months of the application, or the period a law sets (ALL art 47), here from ${earliestOn}; in an emergency, at once.`,
    };
  }
  if (!isLate) return null;
  if (d.source === 'ALL art 45') {
    return { 'zh-CN': `起诉可能已超过起诉期限：不服复议决定的，应在收到复议决定书之日起15日内起诉（《行政诉讼法》第四十五条），本案应于${d.dueOn}前起诉。${LATE_ADVICE.zh}`, en: `The complaint may be out of time: after a reconsideration decision the suit is due within 15 days of its receipt (ALL art 45), here by ${d.dueOn}. ${LATE_ADVICE.en}` };
  }
  if (d.source === 'ALL art 46 para 2') {
    return { 'zh-CN': `起诉可能已超过最长起诉期限：因不动产提起诉讼的自行政行为作出之日起超过二十年、其他案件超过五年的，人民法院不予受理（《行政诉讼法》第四十六条第二款），本案最迟应于${d.dueOn}前起诉。`, en: `The complaint may be past the longest time to sue: 20 years from the act for real estate, 5 for others (ALL art 46 para 2), here by ${d.dueOn}; the court does not accept it later.` };
  }
  return { 'zh-CN': `起诉可能已超过起诉期限：应自知道或者应当知道作出行政行为之日起6个月内起诉（《行政诉讼法》第四十六条），本案应于${d.dueOn}前起诉。${LATE_ADVICE.zh}`, en: `The complaint may be out of time: the suit is due within 6 months of knowing of the act (ALL art 46), here by ${d.dueOn}. ${LATE_ADVICE.en}` };
}

/** The lawsuit deadline for a complaint filed on `filedOn`; [U] the final-day holiday roll-forward is not applied here. */
export function lawsuitDeadline(act: ChallengedAct, filedOn: PlainDate): LawsuitDeadline {
  const r = act.reconsideration;
  const d = r ? { dueOn: addPeriod(r.receivedOn ?? r.decisionOn, AFTER_RECONSIDERATION).end, triggerOn: r.receivedOn ?? r.decisionOn, length: AFTER_RECONSIDERATION, source: 'ALL art 45' } : directDeadline(act);
  const isLate = filedOn > d.dueOn;
  const earliestOn = r ? null : earliestSuitOn(act);
  const isEarly = earliestOn !== null && filedOn < earliestOn;
  return { ...d, isLate, earliestOn, isEarly, warning: warningOf(d, isLate, earliestOn, isEarly) };
}
