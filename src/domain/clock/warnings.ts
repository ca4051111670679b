// Warning levels of a running period as its last day approaches (TL-2000 arts 21–22: reminders before expiry).
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import type { PlainDate } from '../calendar/plainDate';

export type WarningLevel = 'none' | 'yellow' | 'red' | 'overdue';

export interface Thresholds {
  yellowDays: number;
  redDays: number;
}

// Settings with defaults: 审限 yellow at 15 days left and red at 5 (per the clock issue); party periods 3/1; court-internal 2/0.
export const DEFAULT_THRESHOLDS: Readonly<{ trialLimit: Thresholds; party: Thresholds; court: Thresholds }> = {
  trialLimit: { yellowDays: 15, redDays: 5 },
  party: { yellowDays: 3, redDays: 1 },
  court: { yellowDays: 2, redDays: 0 },
};

const RANK: Readonly<Record<WarningLevel, number>> = { none: 0, yellow: 1, red: 2, overdue: 3 };

function levelAt(daysLeft: number, t: Thresholds): WarningLevel {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= t.redDays) return 'red';
  if (daysLeft <= t.yellowDays) return 'yellow';
  return 'none';
}

/** Overdue once today is past the due date; red with ≤ redDays left; yellow with ≤ yellowDays left. */
export function warningLevel(due: PlainDate, today: PlainDate, t: Thresholds): WarningLevel {
  return levelAt(toDayNumber(due) - toDayNumber(today), t);
}

/** The earliest date after today on which the level rises above today's; null once overdue (for the sweep's index). */
export function nextAlertOn(due: PlainDate, today: PlainDate, t: Thresholds): PlainDate | null {
  const dueN = toDayNumber(due);
  const todayN = toDayNumber(today);
  const now = RANK[levelAt(dueN - todayN, t)];
  // The level only changes on these days: when yellowDays, redDays, or -1 days are left.
  const candidates = [dueN - t.yellowDays, dueN - t.redDays, dueN + 1].filter((n) => n > todayN).sort((a, b) => a - b);
  const next = candidates.find((n) => RANK[levelAt(dueN - n, t)] > now);
  return next === undefined ? null : fromDayNumber(next);
}
