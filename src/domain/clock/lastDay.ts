// What happens when a period's last day is a rest day, as the closing step of a trace.
import { dateParts } from '../calendar/dayNumber';
import type { PlainDate } from '../calendar/plainDate';
import { classifyDay, firstWorkingDayOnOrAfter, type DayClass, type RestDayOptions, type WorkCalendar } from '../calendar/workCalendar';
import { citationLabel } from '../citations/citations';
import { step, type TraceStep } from './trace';

/** Why a period does not roll forward: a detained defendant (CrPL art 105), or the court's setting for the period. */
export type NoRollBasis = 'detainedDefendant' | 'setting';

export interface LastDayOptions extends RestDayOptions {
  rollForward: boolean;
  noRollBasis?: NoRollBasis;
}

const HOLIDAY_EN: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  '“五一”国际劳动节': 'Labour Day',
  '“五一”': 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
  '“十一”': 'National Day',
  抗日战争暨世界反法西斯战争胜利70周年纪念日: 'the 70th anniversary of the victory of the War of Resistance',
};

function holidayEn(name: string): string {
  return name
    .split('、')
    .map((n) => HOLIDAY_EN[n] ?? n)
    .join(', ');
}

function reason(d: DayClass): { key: string; zh: string; en: string } {
  if (d.kind === 'holiday') return { key: `h:${d.name}`, zh: `${d.name}假日`, en: `a public holiday (${holidayEn(d.name ?? '')})` };
  if (d.kind === 'closure') return { key: `c:${d.name}`, zh: `法院闭院日（${d.name}）`, en: `a court closure day (${d.name})` };
  return { key: 'w', zh: '周末', en: 'a weekend day' };
}

/** The end day's reason first, then any other kinds of rest day skipped after it. */
function reasons(skipped: DayClass[]): { zh: string; en: string } {
  const seen = new Map<string, { zh: string; en: string }>();
  for (const d of skipped) {
    const r = reason(d);
    if (!seen.has(r.key)) seen.set(r.key, r);
  }
  const [first, ...rest] = [...seen.values()];
  if (!first) return { zh: '', en: '' };
  if (!rest.length) return first;
  return { zh: `${first.zh}，其后为${rest.map((r) => r.zh).join('、')}`, en: `${first.en}, followed by ${rest.map((r) => r.en).join(' and ')}` };
}

function uncoveredNote(year: number | null): { zh: string; en: string } {
  if (year === null) return { zh: '', en: '' };
  return {
    zh: `（${year}年国务院节假日安排尚未公布，仅按周末和闭院日推算，公布后重新计算）`,
    en: ` (the State Council holiday calendar for ${year} is not yet published: only weekends and closures were considered; recomputed once it is)`,
  };
}

function workingDayStep(end: PlainDate, cal: WorkCalendar, opts: RestDayOptions, note: { zh: string; en: string }): TraceStep {
  const c = classifyDay(cal, end, opts);
  if (c.kind === 'makeupWorkday') return step(`届满日为工作日（调休上班日）${note.zh}`, `The last day is a working day (a make-up working day)${note.en}`);
  if (c.kind === 'weekend') {
    return step(`届满日为周末，按本院设置周末不视为休息日，不顺延${note.zh}`, `The last day is a weekend day, which by this court's setting is not a rest day, so it does not move${note.en}`);
  }
  return step(`届满日为工作日${note.zh}`, `The last day is a working day${note.en}`);
}

const ROLL_SOURCE = 'CPL-2023 art 85 para 3';
const DETAINED_SOURCE = 'CrPL art 105';

function noRollStep(end: PlainDate, cal: WorkCalendar, opts: LastDayOptions): TraceStep {
  const c = classifyDay(cal, end, opts);
  const prefix = c.rest ? { zh: `届满日 ${end} 为${reason(c).zh}，`, en: `The last day ${end} is ${reason(c).en}, but it ` } : { zh: '', en: 'The last day ' };
  if (opts.noRollBasis === 'detainedDefendant') {
    const cite = citationLabel(DETAINED_SOURCE);
    return step(`${prefix.zh}不因节假日顺延（${cite['zh-CN']}）`, `${prefix.en}is not extended for holidays: the defendant is detained (${cite.en})`, DETAINED_SOURCE);
  }
  return step(`${prefix.zh}本期间不适用节假日顺延（设置）`, `${prefix.en}does not move for rest days in this period (setting)`);
}

/**
 * The due date from the unrolled end: CPL-2023 art 85 para 3 moves a last day that is a rest day to the first working
 * day after it; CrPL art 105 (detained defendants) and court settings can switch that off.
 */
export function settleLastDay(end: PlainDate, cal: WorkCalendar, opts: LastDayOptions): { due: PlainDate; step: TraceStep; uncoveredYear: number | null } {
  if (!opts.rollForward) return { due: end, step: noRollStep(end, cal, opts), uncoveredYear: null };
  const { date: due, skipped } = firstWorkingDayOnOrAfter(cal, end, opts);
  const years = [dateParts(end)[0], dateParts(due)[0]];
  const uncoveredYear = years.find((y) => !cal.coveredYears.has(y)) ?? null;
  const note = uncoveredNote(uncoveredYear);
  if (!skipped.length) return { due, step: workingDayStep(end, cal, opts, note), uncoveredYear };
  const why = reasons(skipped);
  const cite = citationLabel(ROLL_SOURCE);
  return {
    due,
    step: step(
      `届满日 ${end} 为${why.zh}，顺延至 ${due}（${cite['zh-CN']}）${note.zh}`,
      `The last day ${end} is ${why.en}; the period ends on the next working day, ${due} (${cite.en})${note.en}`,
      ROLL_SOURCE,
    ),
    uncoveredYear,
  };
}
