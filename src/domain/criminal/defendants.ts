// The defendant in a criminal case: detention status, custody before judgment, and age at trial (rules.md §9.3).
import { addMonthsClamped } from '../calendar/dayNumber';
import { addDays, daysBetween, type PlainDate } from '../calendar/plainDate';
import { refuse, type BilingualMessage } from '../errors/domainError';

// CrPL arts 66, 67, 74, 80: the coercive measures a defendant may be under when the case comes to court.
export const DETENTION_STATUSES = ['detained', 'bail', 'residentialSurveillance', 'notDetained'] as const;
export type DetentionStatus = (typeof DETENTION_STATUSES)[number];

export const DETENTION_STATUS_LABELS: Record<DetentionStatus, BilingualMessage> = {
  detained: { 'zh-CN': '羁押', en: 'In custody' },
  bail: { 'zh-CN': '取保候审', en: 'On bail pending trial' },
  residentialSurveillance: { 'zh-CN': '监视居住', en: 'Under residential surveillance' },
  notDetained: { 'zh-CN': '未羁押', en: 'Not detained' },
};

/** One stretch of custody (刑事拘留, 逮捕, 指定居所监视居住…), both days included; `to` absent = still in custody. */
export interface CustodyInterval {
  from: PlainDate;
  to?: PlainDate | null;
}

export function isInCustody(status: DetentionStatus): boolean {
  return status === 'detained';
}

/** Refuses intervals that end before they start or that are dated after `today`. */
export function checkCustodyIntervals(intervals: readonly CustodyInterval[], today: PlainDate): void {
  for (const i of intervals) {
    if ((i.to && i.to < i.from) || i.from > today || (i.to && i.to > today)) {
      refuse(
        'CUSTODY_INTERVAL_INVALID',
        'invalid',
        `羁押期间${i.from}至${i.to ?? '今'}不正确：结束日不能早于开始日，也不能晚于今天。`,
        `The custody interval ${i.from} to ${i.to ?? 'now'} is wrong: it cannot end before it starts or lie in the future.`,
        { from: i.from, to: i.to ?? null },
      );
    }
  }
}

/**
 * Days in custody before `before` (exclusive), each calendar day counted once however many intervals cover it; the
 * first and the last day of an interval both count [U: the practice of 羁押一日, incl. the days of arrest and release].
 */
export function custodyDaysBefore(intervals: readonly CustodyInterval[], before: PlainDate): number {
  const lastDay = addDays(before, -1);
  const clipped = intervals
    .map((i) => ({ from: i.from, to: !i.to || i.to > lastDay ? lastDay : i.to }))
    .filter((i) => i.from <= i.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let total = 0;
  let coveredTo: PlainDate | null = null;
  for (const i of clipped) {
    const from: PlainDate = coveredTo && i.from <= coveredTo ? addDays(coveredTo, 1) : i.from;
    if (from > i.to) continue;
    total += daysBetween(from, i.to) + 1;
    coveredTo = i.to;
  }
  return total;
}

// 法释〔2006〕1号 art 2 [U: applied to the age at trial as well]: 周岁 counts from the day after the birthday.
/** The day a person born on `birthOn` turns 18 in law (the day after the 18th birthday; 29 Feb → 28 Feb + 1). */
export function adultFrom(birthOn: PlainDate): PlainDate {
  return addDays(addMonthsClamped(birthOn, 18 * 12).date, 1);
}

// CrPL art 285: a defendant under 18 at the time of trial is tried in private.
export function isJuvenileAt(birthOn: PlainDate, on: PlainDate): boolean {
  return on < adultFrom(birthOn);
}
