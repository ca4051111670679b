// How long a filing may wait for the court's decision to register it.
import { isSecondInstanceType } from '../appeal/appealCaseTypes';
import { daysBetween, type PlainDate } from '../calendar/plainDate';

/** How long the court has to decide on registering a case of the given type, and why. */
export function filingReviewRule(caseType: string): { days: number; source: string } {
  // TL-2000 art 6: a second-instance case is registered within 5 days of receiving the appeal file.
  if (isSecondInstanceType(caseType)) return { days: 5, source: 'TL-2000 art 6' };
  if (caseType === '刑终') return { days: 5, source: 'TL-2000 art 6' };
  // TL-2000 art 6: a first-instance court registers within 7 days of receiving the 起诉书 (public prosecution) or 自诉状.
  if (caseType === '刑初') return { days: 7, source: 'TL-2000 art 6' };
  // CPL-2023 art 226: the creditor is told within 5 days whether its application for a payment order is accepted.
  if (caseType === '民督') return { days: 5, source: 'CPL-2023 art 226' };
  // CPL-2023 art 126 / FILING art 8: decide within 7 days of receiving the complaint.
  return { days: 7, source: 'CPL-2023 art 126' };
}

export function daysWaiting(receivedOn: PlainDate, today: PlainDate): number {
  return Math.max(0, daysBetween(receivedOn, today));
}

export type ReviewUrgency = 'normal' | 'dueSoon' | 'overdue';

export function reviewUrgency(dueOn: PlainDate, today: PlainDate): ReviewUrgency {
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'overdue';
  return left <= 2 ? 'dueSoon' : 'normal';
}
