// The public period calculator: a trigger date and a length (or a period kind), answered with the derivation.
import { isPlainDate, type PlainDate } from '../calendar/plainDate';
import type { RestDayOptions, WorkCalendar } from '../calendar/workCalendar';
import { refuse } from '../errors/domainError';
import { dueDateFrom, triggerStep, type PeriodLength, type TraceStep } from './periodArithmetic';
import { isPeriodKind, periodLengthFor, PERIOD_KINDS, type PeriodKind } from './periodKinds';
import { step } from './trace';

export interface CalculatorRequest {
  trigger: string;
  days?: number;
  months?: number;
  kind?: PeriodKind;
  foreignDomicile?: boolean;
  /** CrPL art 105: a detained defendant's periods do not roll forward over holidays. */
  detainedCriminal?: boolean;
}

export interface CalculatorResult {
  due: PlainDate;
  unrolled: PlainDate;
  kind: PeriodKind | null;
  length: PeriodLength;
  trace: TraceStep[];
  uncoveredYear: number | null;
}

// Longer than any period the law knows (the longest are years): a typo, not a period.
const MAX = { days: 36525, months: 1200 };

function lengthInvalid(zh: string, en: string): never {
  refuse('CALC_LENGTH_INVALID', 'invalid', zh, en);
}

function checkCount(value: number | undefined, unit: 'days' | 'months'): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0 || value > MAX[unit]) {
    const u = unit === 'days' ? { zh: '日数', en: 'days' } : { zh: '月数', en: 'months' };
    lengthInvalid(`${u.zh}应为1至${MAX[unit]}之间的整数，收到 ${String(value)}。`, `"${unit}" must be a whole number from 1 to ${MAX[unit]}; got ${String(value)}.`);
  }
}

function requestedLength(req: CalculatorRequest, kind: PeriodKind | null): PeriodLength | null {
  checkCount(req.days, 'days');
  checkCount(req.months, 'months');
  const hasDays = req.days !== undefined && req.days !== null;
  const hasMonths = req.months !== undefined && req.months !== null;
  if (hasDays && hasMonths) lengthInvalid('日数和月数只能填写一项。', 'Give either "days" or "months", not both.');
  if (kind && PERIOD_KINDS[kind].settable) {
    if (!hasDays) lengthInvalid(`${PERIOD_KINDS[kind].label['zh-CN']}由法院指定，请填写日数。`, `The court sets the ${PERIOD_KINDS[kind].label.en.toLowerCase()}: give "days".`);
    return null;
  }
  if (kind && PERIOD_KINDS[kind].courtSettable && !hasMonths) return null;
  if (kind) {
    if (hasDays || hasMonths) lengthInvalid(`${PERIOD_KINDS[kind].label['zh-CN']}的长度由法律规定，请不要另填日数或月数。`, `The law fixes the length of the ${PERIOD_KINDS[kind].label.en.toLowerCase()}: leave out "days" and "months".`);
    return null;
  }
  if (hasDays) return { days: req.days! };
  if (hasMonths) return { months: req.months! };
  return lengthInvalid('请填写日数或月数，或选择期间种类。', 'Give "days" or "months", or a period kind.');
}

export function calculatePeriod(req: CalculatorRequest, calendar: WorkCalendar, settings: RestDayOptions): CalculatorResult {
  if (typeof req.trigger !== 'string' || !isPlainDate(req.trigger)) {
    refuse('CALC_DATE_INVALID', 'invalid', `起算日 ${String(req.trigger)} 不是存在的日期，请按 YYYY-MM-DD 填写（例如 2025-09-30）。`, `The trigger ${String(req.trigger)} is not a real date; write it as YYYY-MM-DD (e.g. 2025-09-30).`);
  }
  const rawKind = req.kind as string | undefined;
  if (rawKind !== undefined && rawKind !== null && !isPeriodKind(rawKind)) {
    refuse('CALC_KIND_UNKNOWN', 'invalid', `未知的期间种类：${rawKind}。`, `Unknown period kind: ${rawKind}.`, { known: Object.keys(PERIOD_KINDS) });
  }
  const kind = rawKind && isPeriodKind(rawKind) ? rawKind : null;
  const plain = requestedLength(req, kind);
  let length: PeriodLength;
  let first: TraceStep;
  let period: { label: { 'zh-CN': string; en: string }; source: string } | undefined;
  if (kind) {
    const rule = PERIOD_KINDS[kind];
    const r = periodLengthFor(kind, req.trigger, { foreignDomicile: req.foreignDomicile ?? false, ...(req.days ? { days: req.days } : {}) });
    length = r.length;
    first = triggerStep(req.trigger, rule.trigger);
    const abroad = req.foreignDomicile && r.version.foreignLength;
    period = { label: abroad ? { 'zh-CN': `${rule.label['zh-CN']}（在中华人民共和国领域内没有住所）`, en: `${rule.label.en} (no domicile in the PRC)` } : rule.label, source: r.version.source };
  } else {
    length = plain!;
    first = step(`起算日：${req.trigger}`, `Trigger date: ${req.trigger}`);
  }
  const options = req.detainedCriminal
    ? { ...settings, rollForward: false, noRollBasis: 'detainedDefendant' as const }
    : { ...settings, rollForward: true };
  const r = dueDateFrom(first, { trigger: req.trigger, length, calendar, options, ...(period ? { period } : {}) });
  if (!/^\d{4}-/.test(r.due)) lengthInvalid('期间届满日超出可计算的范围（9999年）。', 'The period would end after the year 9999.');
  return { due: r.due, unrolled: r.unrolled, kind, length, trace: r.trace, uncoveredYear: r.uncoveredYear };
}
