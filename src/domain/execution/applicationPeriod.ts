// The period for applying for execution (CPL-2023 art 250, rules.md §2.8): 2 years, counted on the legal clock from the
// performance deadline; an application after it is still registered — the clerk is warned, the debtor may object.
import { addMonthsClamped, toDayNumber } from '../calendar/dayNumber';
import { isPlainDate, type PlainDate } from '../calendar/plainDate';
import type { RestDayOptions, WorkCalendar } from '../calendar/workCalendar';
import { computeDueDate, type DueDate, type TraceStep } from '../clock/periodArithmetic';
import { periodLengthFor, PERIOD_KINDS } from '../clock/periodKinds';
import { refuse, type BilingualMessage } from '../errors/domainError';

/** What the document says about performance (CPL-2023 art 250 para 2). */
export type PerformanceTerms =
  | { kind: 'period'; lastDay: PlainDate }
  | { kind: 'instalments'; lastDays: readonly PlainDate[] }
  | { kind: 'none'; effectiveOn: PlainDate };

/** An event interrupting the period (a demand on the debtor, the debtor agreeing to perform …); it runs again from that day. */
export interface Interruption {
  on: PlainDate;
  reason: BilingualMessage;
}

/** An obstacle (force majeure, no legal representative …) preventing the application, from `from` to the day it ends, `to`. */
export interface Suspension {
  from: PlainDate;
  to: PlainDate;
  reason: BilingualMessage;
}

export interface ApplicationPeriodInput {
  terms: PerformanceTerms;
  interruptions?: readonly Interruption[];
  suspensions?: readonly Suspension[];
}

export interface ApplicationPeriod extends DueDate {
  trigger: PlainDate;
}

const PARTY = { rollForward: true } as const;
const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

function invalid(zh: string, en: string): never {
  refuse('EXECUTION_APPLICATION_PERIOD_INVALID', 'invalid', zh, en);
}

// CPL-2023 art 250 para 2: from the last day of the performance period; instalments: the end of the last instalment's term;
// no period: the day the document takes effect.
function start(terms: PerformanceTerms): { on: PlainDate; fact: BilingualMessage } {
  if (terms.kind === 'period') return { on: terms.lastDay, fact: zhEn('法律文书规定的履行期间最后一日', 'the last day of the performance period the document sets') };
  if (terms.kind === 'none') return { on: terms.effectiveOn, fact: zhEn('法律文书生效（未规定履行期间）', 'the document taking effect (it sets no performance period)') };
  if (terms.lastDays.length === 0) invalid('分期履行应至少有一期。', 'An instalment schedule needs at least one instalment.');
  const last = [...terms.lastDays].sort().at(-1)!;
  return { on: last, fact: zhEn('最后一期履行期限届满', 'the end of the last instalment’s term') };
}

function check(input: ApplicationPeriodInput, trigger: PlainDate): void {
  const dates = [trigger, ...(input.interruptions ?? []).map((i) => i.on), ...(input.suspensions ?? []).flatMap((s) => [s.from, s.to])];
  for (const d of dates) if (!isPlainDate(d)) invalid(`${d} 不是有效日期。`, `${d} is not a valid date.`);
  for (const s of input.suspensions ?? []) if (s.to < s.from) invalid('中止事由的消除日不能早于发生日。', 'A suspension cannot end before it starts.');
}

/**
 * The last day for applying. Interruptions restart the 2 years from their day (CIVILCODE art 195 [U: rules.md §2.8 says only
 * "as for limitation"]); an obstacle within the last 6 months ends the period no earlier than 6 months after it is
 * removed (CIVILCODE art 194 [U, idem]).
 */
export function executionApplicationPeriod(input: ApplicationPeriodInput, calendar: WorkCalendar, rest: RestDayOptions): ApplicationPeriod {
  const first = start(input.terms);
  check(input, first.on);
  const options = { ...rest, ...PARTY };
  const rule = PERIOD_KINDS.executionApplication;
  const run = (trigger: PlainDate, fact: BilingualMessage, triggerSource: string) =>
    computeDueDate({ trigger, triggerFact: fact, triggerSource, length: periodLengthFor('executionApplication', trigger, {}).length, period: { label: rule.label, source: 'CPL-2023 art 250' }, calendar, options });
  let trigger = first.on;
  let current = run(first.on, first.fact, 'CPL-2023 art 250 para 2');
  const trace: TraceStep[] = [...current.trace];
  for (const i of [...(input.interruptions ?? [])].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))) {
    if (i.on <= trigger || i.on > current.due) continue;
    trigger = i.on;
    current = run(i.on, zhEn(`申请执行时效中断（${i.reason['zh-CN']}），重新计算`, `the period interrupted (${i.reason.en}), counted again`), 'CIVILCODE art 195');
    trace.push(...current.trace);
  }
  for (const s of input.suspensions ?? []) {
    // The obstacle must exist within the last 6 months of the period (CIVILCODE art 194).
    const lastSixMonthsFrom = addMonthsClamped(current.due, -6).date;
    if (s.to <= lastSixMonthsFrom || s.from > current.due) continue;
    const after = computeDueDate({ trigger: s.to, triggerFact: zhEn(`中止时效的原因消除（${s.reason['zh-CN']}）`, `the obstacle removed (${s.reason.en})`), triggerSource: 'CIVILCODE art 194', length: { months: 6 }, calendar, options });
    if (after.due > current.due) {
      current = after;
      trace.push(...after.trace);
    }
  }
  return { ...current, trigger, trace };
}

export interface ApplicationTimeliness {
  isLate: boolean;
  daysLate: number;
  /** For the clerk: registered all the same; the debtor may raise the period (a warning, never a refusal). */
  warning: BilingualMessage | null;
}

// CPL-2023 art 250; [U] CPL-Interp art 481 (not in rules.md): a late application is accepted, the debtor's objection decides.
export function applicationTimeliness(period: Pick<ApplicationPeriod, 'due'>, appliedOn: PlainDate): ApplicationTimeliness {
  if (!isPlainDate(appliedOn)) invalid(`${appliedOn} 不是有效日期。`, `${appliedOn} is not a valid date.`);
  const daysLate = Math.max(0, toDayNumber(appliedOn) - toDayNumber(period.due));
  if (daysLate === 0) return { isLate: false, daysLate, warning: null };
  return {
    isLate: true,
    daysLate,
    warning: zhEn(
      `申请执行期间已于${period.due}届满，申请晚了${daysLate}日（《民事诉讼法》第二百五十条）。仍应立案；被执行人可以提出时效抗辩，请审查是否存在中止、中断事由。`,
      `The period for applying ended on ${period.due}; the application is ${daysLate} days late (Civil Procedure Law, art. 250). Register it all the same; the debtor may raise the period — check for suspension or interruption.`,
    ),
  };
}
