// The dates a sentence runs between, with custody before execution credited against the term (CrL arts 41, 44, 47, 58, 73).
import { addMonthsClamped } from '../calendar/dayNumber';
import { addDays, type PlainDate } from '../calendar/plainDate';
import { custodyDaysBefore, type CustodyInterval } from './defendants';
import { hasTerm, type Sentence, type Term, type TermPunishment } from './sentence';

// CrL art 41: 管制 — one day in custody counts for two days of the term; art 44: 拘役 one for one; art 47: 有期徒刑 one for one.
export const CUSTODY_CREDIT_FACTOR: Record<TermPunishment, number> = {
  publicSurveillance: 2,
  criminalDetention: 1,
  fixedTerm: 1,
};

/**
 * The last day of a term starting on `startOn` (both days counted): the day before the same day `months` later (or, when
 * that month has no such day, its last day), then `days` more [U: the convention of the courts' 刑期起止 lines].
 */
export function termNaturalEnd(startOn: PlainDate, term: Term): PlainDate {
  const after = addMonthsClamped(startOn, term.months);
  const nextStart = after.clamped ? addDays(after.date, 1) : after.date;
  return addDays(nextStart, (term.days ?? 0) - 1);
}

export interface TermDates {
  startOn: PlainDate;
  /** The end without any credit. */
  naturalEndOn: PlainDate;
  custodyDays: number;
  creditedDays: number;
  /** The last day of the term after credit; null when custody before execution already covers the whole term. */
  endOn: PlainDate | null;
  isServedByCustody: boolean;
}

/**
 * CrL arts 41, 44, 47: the term runs from the day execution starts and, custody before it being credited, ends
 * `creditedDays` before its natural end. Custody days are counted by custodyDaysBefore (each day once, both ends included).
 */
export function termDates(main: TermPunishment, term: Term, executionStartOn: PlainDate, custody: readonly CustodyInterval[]): TermDates {
  const naturalEndOn = termNaturalEnd(executionStartOn, term);
  const custodyDays = custodyDaysBefore(custody, executionStartOn);
  const creditedDays = custodyDays * CUSTODY_CREDIT_FACTOR[main];
  const end = addDays(naturalEndOn, -creditedDays);
  const isServedByCustody = end < executionStartOn;
  return { startOn: executionStartOn, naturalEndOn, custodyDays, creditedDays, endOn: isServedByCustody ? null : end, isServedByCustody };
}

export interface SentenceDates {
  term: TermDates | null;
  /** CrL art 73: the probation test period runs from the day the judgment becomes final. */
  probation: { startOn: PlainDate; endOn: PlainDate } | null;
  /** CrL arts 55, 58: with 管制 it runs alongside; after 拘役/有期徒刑 from the day after the term is served. */
  politicalRights: { startOn: PlainDate; endOn: PlainDate } | null;
}

/** Every date of one defendant's sentence; `finalOn` is the day the judgment became final, `executionStartOn` when it is executed. */
export function sentenceDates(s: Sentence, opts: { finalOn: PlainDate; executionStartOn: PlainDate; custody: readonly CustodyInterval[] }): SentenceDates {
  if (s.probation && s.term) {
    return { term: null, probation: { startOn: opts.finalOn, endOn: termNaturalEnd(opts.finalOn, { months: s.probation.testMonths }) }, politicalRights: null };
  }
  if (!hasTerm(s.main) || !s.term) return { term: null, probation: null, politicalRights: null };
  const term = termDates(s.main, s.term, opts.executionStartOn, opts.custody);
  const d = s.politicalRightsDeprivation;
  let politicalRights: SentenceDates['politicalRights'] = null;
  if (d && d !== 'life') {
    const startOn = s.main === 'publicSurveillance' ? term.startOn : addDays(term.endOn ?? addDays(term.startOn, -1), 1);
    politicalRights = { startOn, endOn: termNaturalEnd(startOn, { months: d.months }) };
  }
  return { term, probation: null, politicalRights };
}
