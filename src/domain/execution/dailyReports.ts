// 一日三通报 (issue 17; 执行案款管理 practice [U local rule]): reports of unclaimed receipts, funds near their payout
// deadline and funds paid out, built at the court's report times (default 09:00, 13:00, 17:00, court time).
import { addDays, type PlainDate } from '../calendar/plainDate';

export const DEFAULT_REPORT_TIMES: readonly string[] = ['09:00', '13:00', '17:00'];

export interface ReportSlot {
  date: PlainDate;
  time: string;
}

/** The latest report time at or before `date` `time` (court-local): today's last passed time, or yesterday's last. */
export function latestReportSlot(date: PlainDate, time: string, times: readonly string[]): ReportSlot {
  const sorted = [...new Set(times)].sort();
  if (!sorted.length) throw new Error('no report times');
  const passed = sorted.filter((t) => t <= time);
  return passed.length ? { date, time: passed[passed.length - 1]! } : { date: addDays(date, -1), time: sorted[sorted.length - 1]! };
}

/** Whether held funds are due for the report: their payout deadline within `warnDays` of today, or already past. */
export function payoutDeadlineNear(dueOn: PlainDate, today: PlainDate, warnDays: number): 'overdue' | 'near' | null {
  if (dueOn < today) return 'overdue';
  return dueOn <= addDays(today, warnDays) ? 'near' : null;
}
