// The time to sue an administrative organ (起诉期限, ALL arts 45–46): a warning the filing clerk sees; the court decides.
import type { PlainDate } from '../calendar/plainDate';
import type { BilingualMessage } from '../errors/domainError';
import { addPeriod } from '../clock/periodArithmetic';
import type { CalendarLength } from '../clock/periodLength';

/** The administrative act the complaint challenges (被诉行政行为). */
export interface ChallengedAct {
  name: string;
  documentNumber?: string | undefined;
  /** The day the organ made the act. */
  actOn: PlainDate;
  /** The day the plaintiff knew or should have known of it. */
  knownOn: PlainDate;
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
  /** Shown to the filing clerk when the complaint appears late; justified delays (ALL art 48) are the court's call. */
  warning: BilingualMessage | null;
}

// ALL art 45: 15 days from receipt of the reconsideration decision [U: the decision date stands in for receipt when
// the receipt date is not given — the earlier date, so the warning errs towards being shown].
const AFTER_RECONSIDERATION: CalendarLength = { days: 15 };
// ALL art 46: 6 months from the day the plaintiff knew or should have known of the act.
const DIRECT: CalendarLength = { months: 6 };

/** The lawsuit deadline for a complaint filed on `filedOn`; [U] the final-day holiday roll-forward is not applied here. */
export function lawsuitDeadline(act: ChallengedAct, filedOn: PlainDate): LawsuitDeadline {
  const r = act.reconsideration;
  const [triggerOn, length, source] = r ? [r.receivedOn ?? r.decisionOn, AFTER_RECONSIDERATION, 'ALL art 45'] : [act.knownOn, DIRECT, 'ALL art 46'];
  const dueOn = addPeriod(triggerOn, length).end;
  const isLate = filedOn > dueOn;
  const warning: BilingualMessage | null = isLate
    ? r
      ? {
          'zh-CN': `起诉可能已超过起诉期限：不服复议决定的，应在收到复议决定书之日起15日内起诉（《行政诉讼法》第四十五条），本案应于${dueOn}前起诉。是否存在正当理由（第四十八条）由法院审查决定。`,
          en: `The complaint may be out of time: after a reconsideration decision the suit is due within 15 days of its receipt (ALL art 45), here by ${dueOn}. Whether a delay is justified (ALL art 48) is for the court to decide.`,
        }
      : {
          'zh-CN': `起诉可能已超过起诉期限：应自知道或者应当知道作出行政行为之日起6个月内起诉（《行政诉讼法》第四十六条），本案应于${dueOn}前起诉。是否存在正当理由（第四十八条）由法院审查决定。`,
          en: `The complaint may be out of time: the suit is due within 6 months of knowing of the act (ALL art 46), here by ${dueOn}. Whether a delay is justified (ALL art 48) is for the court to decide.`,
        }
    : null;
  return { dueOn, triggerOn, length, source, isLate, warning };
}
