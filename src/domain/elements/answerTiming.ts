// When the element answers may be given: while the defence period runs, and before the complaint is served (no
// period yet); after it the court goes on without them (CPL-2023 art 128 para 2) and the party speaks at the hearing.
import { citeEn } from '../citations/citations';
import { refuse } from '../errors/domainError';
import type { PeriodState } from '../pleadings/timeliness';

export type ElementAnswerTiming = 'beforeService' | 'inTime';

/** Answers may be revised until the period ends; filing a 答辩状 as well does not end it for them. */
export function elementAnswerTiming(period: PeriodState | undefined, today: string): ElementAnswerTiming {
  if (!period || period.status === 'cancelled' || !period.dueOn) return 'beforeService';
  if (today > period.dueOn) {
    refuse(
      'ELEMENT_ANSWER_PERIOD_EXPIRED',
      'invalid',
      `答辩期已于${period.dueOn}届满，不能再进行要素式答辩（《民事诉讼法》第一百二十八条）；您可以在庭审中陈述意见。`,
      `The defence period ended on ${period.dueOn}; the elements can no longer be answered online (${citeEn('CPL-2023 art 128')}). You may state your position at the hearing.`,
      { dueOn: period.dueOn },
    );
  }
  return 'inTime';
}
