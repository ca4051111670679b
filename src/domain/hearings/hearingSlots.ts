// When two hearings clash, and when a hearing falls outside the court's working time: a room, a judge or the
// clerk booked twice is refused; a lawyer of the case due elsewhere, a rest day or an hour outside the working
// window is a warning the court reads before it confirms (rules.md §8 organises the trial; the hours are [U]).
import { dateInZone, type PlainDate } from '../calendar/plainDate';
import { classifyDay, type RestDayOptions, type WorkCalendar } from '../calendar/workCalendar';
import type { BilingualMessage } from '../errors/domainError';

/** A half-open interval of instants [startsAt, endsAt), in epoch milliseconds. */
export interface Slot {
  startsAt: number;
  endsAt: number;
}

/** Two bookings overlap when each starts before the other ends: back-to-back hearings (one ends at 10:00, the next starts at 10:00) do not. */
export function slotsOverlap(a: Slot, b: Slot): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

export const HEARING_MODES = ['inPerson', 'online', 'hybrid'] as const;
export type HearingMode = (typeof HEARING_MODES)[number];

export const HEARING_MODE_LABELS: Readonly<Record<HearingMode, BilingualMessage>> = {
  inPerson: { 'zh-CN': '现场开庭', en: 'In person' },
  online: { 'zh-CN': '在线开庭', en: 'Online' },
  hybrid: { 'zh-CN': '线上线下融合开庭', en: 'Hybrid' },
};

/** The court's working window on a working day, "HH:mm" in court time ([U] no national rule: a setting). */
export interface WorkingHours {
  startsAt: string;
  endsAt: string;
}

// [U] rules.md is silent on court hours; 08:30–17:30 is a common 作息时间 and only the default of a setting.
export const DEFAULT_WORKING_HOURS: WorkingHours = { startsAt: '08:30', endsAt: '17:30' };

export type HearingConflictReason = 'room' | 'judge' | 'clerk';
export type HearingWarningKind = 'lawyerBusy' | 'restDay' | 'outsideHours';

export interface HearingWarning {
  kind: HearingWarningKind;
  message: BilingualMessage;
  details?: Record<string, unknown>;
}

function clock(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/**
 * Warnings for a slot against the court's calendar: a rest day (holiday, weekend, the court's closure) or a start
 * before / an end after the working window, in the court's time zone. A slot running past midnight is outside.
 */
export function workingTimeWarnings(slot: Slot, o: { calendar: WorkCalendar; restDays: RestDayOptions; hours: WorkingHours; timeZone: string }): HearingWarning[] {
  const out: HearingWarning[] = [];
  const day: PlainDate = dateInZone(new Date(slot.startsAt), o.timeZone);
  const kind = classifyDay(o.calendar, day, o.restDays);
  if (kind.rest) {
    const what = kind.kind === 'holiday' ? `法定节假日（${kind.name ?? ''}）` : kind.kind === 'closure' ? `本院闭院日（${kind.name ?? ''}）` : '休息日';
    out.push({ kind: 'restDay', message: { 'zh-CN': `${day} 是${what}，不是工作日。`, en: `${day} is not a working day (${kind.kind}).` }, details: { date: day, dayKind: kind.kind } });
  }
  const from = clock(slot.startsAt, o.timeZone);
  const to = clock(slot.endsAt, o.timeZone);
  // The end on the same day as the start (an end at midnight is that day's 24:00); a slot into the next day is outside.
  const endClock = dateInZone(new Date(slot.endsAt - 1), o.timeZone) === day ? (to === '00:00' ? '24:00' : to) : null;
  if (from < o.hours.startsAt || endClock === null || endClock > o.hours.endsAt) {
    out.push({
      kind: 'outsideHours',
      message: { 'zh-CN': `开庭时间 ${from}–${to} 超出工作时间 ${o.hours.startsAt}–${o.hours.endsAt}。`, en: `The hearing (${from}–${to}) is outside working hours (${o.hours.startsAt}–${o.hours.endsAt}).` },
      details: { from, to, hours: o.hours },
    });
  }
  return out;
}

/** A lawyer of this case due at another hearing that overlaps: the court may still book it, having read this. */
export function lawyerBusyWarning(b: { lawyerName: string; caseNumber: string | null; startsAt: string; endsAt: string; timeZone: string }): HearingWarning {
  const from = `${dateInZone(new Date(b.startsAt), b.timeZone)} ${clock(Date.parse(b.startsAt), b.timeZone)}`;
  const to = clock(Date.parse(b.endsAt), b.timeZone);
  const other = b.caseNumber ?? '未编号案件';
  return {
    kind: 'lawyerBusy',
    message: { 'zh-CN': `本案代理人${b.lawyerName}在 ${from}–${to} 另有开庭（${other}）。`, en: `${b.lawyerName}, an agent in this case, has another hearing at ${from}–${to} (${b.caseNumber ?? 'unnumbered case'}).` },
    details: { lawyerName: b.lawyerName, caseNumber: b.caseNumber, startsAt: b.startsAt, endsAt: b.endsAt },
  };
}
