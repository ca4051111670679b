// 审限: which limit applies, its due date with approved extensions and deductions, and whether an extension may be sought.
import { addMonthsClamped, fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import { daysBetween, type PlainDate } from '../calendar/plainDate';
import type { WorkCalendar } from '../calendar/workCalendar';
import { refuse } from '../errors/domainError';
import { citationLabel } from '../citations/citations';
import { deductedDays, deductionStep, type Deduction } from './deductions';
import { settleLastDay } from './lastDay';
import type { DueDateOptions, CalendarLength } from './periodArithmetic';
import { lengthText, step, type TraceStep } from './trace';
import { CRIMINAL_PROCEDURE_VARIANTS } from '../criminal/procedure';
import { TRIAL_LIMIT_RULES, type ExtensionApprover, type ExtensionStep, type TrialLimitRule, type TrialProcedure } from './trialLimitRules';

export * from './trialLimitRules';
export * from './deductions';

/** Which 审限 applies to a case, by its 类型代字 and procedure (CPL-2023 art 287: foreign-related civil cases have none). */
export function trialProcedureFor(caseType: string, procedure: string | null, opts: { appealAgainstRuling?: boolean; foreignRelated?: boolean } = {}): TrialProcedure {
  if (opts.foreignRelated && (caseType === '民初' || caseType === '民终')) return 'civilForeignRelated';
  const civilFirst: Record<string, TrialProcedure> = { ordinary: 'civilOrdinary', simple: 'civilSimple', smallClaims: 'civilSmallClaims' };
  if (caseType === '民初' && procedure && civilFirst[procedure]) return civilFirst[procedure]!;
  if (caseType === '民终') return opts.appealAgainstRuling ? 'civilSecondInstanceRuling' : 'civilSecondInstanceJudgment';
  if (caseType === '民特') return 'civilSpecial';
  if (caseType === '民申') return 'civilRetrialReview';
  // CPL-Interp art 128: a retrial takes the limit of the procedure it follows — second instance when the higher court
  // tries it itself (提审, CPL-2023 art 218), else first instance (ordinary: a retrial is not tried under the simple procedure).
  if (caseType === '民再') return procedure === 'secondInstance' ? 'civilSecondInstanceJudgment' : 'civilOrdinary';
  if (caseType === '行初') return procedure === 'simple' ? 'adminSimple' : 'adminFirstInstance';
  if (caseType === '行终') return 'adminSecondInstance';
  // CrPL arts 208, 212, 220, 225: the 刑初 case keeps the procedure with its band (criminal/procedure.ts).
  if (caseType === '刑初' && procedure && Object.hasOwn(CRIMINAL_PROCEDURE_VARIANTS, procedure)) return CRIMINAL_PROCEDURE_VARIANTS[procedure]!;
  if (caseType === '刑终') return 'criminalSecondInstance';
  if (caseType === '刑再') return 'criminalRetrial';
  if (caseType === '执' || caseType === '执恢') return 'execution';
  refuse(
    'TRIAL_PROCEDURE_UNKNOWN',
    'invalid',
    `无法确定${caseType}${procedure ? `（${procedure}）` : ''}案件适用的审理期限，请先确定审理程序。`,
    `No trial limit is known for a ${caseType} case${procedure ? ` under "${procedure}"` : ''}; set the procedure first.`,
    { caseType, procedure },
  );
}

export interface ApprovedExtension {
  length: CalendarLength;
  approvedOn: PlainDate;
  approver: ExtensionApprover;
  /** The procedure it was approved under; one approved before a conversion does not carry over (CPL-Interp art 258). */
  procedure?: TrialProcedure;
}

export interface TrialLimitResult {
  due: PlainDate | null;
  baseDue: PlainDate | null;
  deducted: number;
  trace: TraceStep[];
  uncoveredYear: number | null;
}

const APPROVER: Readonly<Record<ExtensionApprover, { zh: string; en: string }>> = {
  president: { zh: '本院院长', en: 'the president of the court' },
  higherCourt: { zh: '上级人民法院', en: 'the higher court' },
  highCourt: { zh: '高级人民法院', en: 'the high court' },
  supremeCourt: { zh: '最高人民法院', en: 'the Supreme People\'s Court' },
};

/** Months and days added to the start so far; month lengths are added as one span so no month-end is lost. */
class Span {
  months = 0;
  days = 0;
  clamped = false;
  constructor(private readonly start: PlainDate) {}
  add(length: CalendarLength): PlainDate {
    if ('days' in length) this.days += length.days;
    else this.months += 'months' in length ? length.months : length.years * 12;
    return this.end();
  }
  end(): PlainDate {
    const r = addMonthsClamped(this.start, this.months);
    this.clamped = r.clamped;
    return fromDayNumber(toDayNumber(r.date) + this.days);
  }
}

const cite = (source: string) => citationLabel(source);
const clampNote = (clamped: boolean) =>
  clamped ? { zh: '；到期月无对应日，以该月末日为届满日', en: '; no corresponding day in the final month, so its last day' } : { zh: '', en: '' };

function extensionSteps(rule: TrialLimitRule, span: Span, extensions: readonly ApprovedExtension[]): { end: PlainDate; trace: TraceStep[] } {
  const trace: TraceStep[] = [];
  let end = span.end();
  extensions.forEach((e, i) => {
    const source = (rule.extensions[i] ?? rule.extensions.at(-1))?.source ?? rule.source;
    end = span.add(e.length);
    const c = cite(source);
    const len = lengthText(e.length);
    const who = APPROVER[e.approver];
    const note = clampNote(span.clamped);
    trace.push(step(`${who.zh}于${e.approvedOn}批准延长${len['zh-CN']} → ${end}（${c['zh-CN']}${note.zh}）`, `Extended by ${len.en}, approved by ${who.en} on ${e.approvedOn} → ${end} (${c.en}${note.en})`, source));
  });
  return { end, trace };
}

function capStep(rule: TrialLimitRule, acceptedOn: PlainDate, end: PlainDate): { end: PlainDate; trace: TraceStep[] } {
  if (!rule.maxTotal) return { end, trace: [] };
  const cap = new Span(acceptedOn);
  const capEnd = cap.add(rule.maxTotal);
  if (end <= capEnd) return { end, trace: [] };
  const len = lengthText(rule.maxTotal);
  const c = cite(rule.source);
  return { end: capEnd, trace: [step(`连同延长不得超过${len['zh-CN']} → ${capEnd}（${c['zh-CN']}）`, `No more than ${len.en} in all, extensions included → ${capEnd} (${c.en})`, rule.source)] };
}

/**
 * TL-2000 art 8: counted from the day after 立案; then each approved extension in order; then the deducted days;
 * then the roll-forward if options.rollForward ([U] whether a 审限 rolls forward: the server's setting, default false).
 * A case converted from simple to ordinary procedure keeps its 立案 date as the start (CPL-Interp art 258).
 */
export function effectiveTrialLimit(input: {
  acceptedOn: PlainDate;
  procedure: TrialProcedure;
  extensions: readonly ApprovedExtension[];
  deductions: readonly Deduction[];
  today: PlainDate;
  calendar: WorkCalendar;
  options: DueDateOptions;
}): TrialLimitResult {
  const rule = TRIAL_LIMIT_RULES[input.procedure];
  const deducted = deductedDays(input.deductions, input.today);
  const start = cite('TL-2000 art 8');
  const trace: TraceStep[] = [step(`立案日：${input.acceptedOn}，审限自次日起算（${start['zh-CN']}）`, `Registered on ${input.acceptedOn}; the limit runs from the next day (${start.en})`, 'TL-2000 art 8')];
  const c = cite(rule.source);
  if (rule.base === null) {
    trace.push(step(`${rule.label['zh-CN']}不适用审理期限的规定（${c['zh-CN']}）`, `${rule.label.en}: no statutory trial limit (${c.en})`, rule.source));
    return { due: null, baseDue: null, deducted, trace, uncoveredYear: null };
  }
  const span = new Span(input.acceptedOn);
  const baseDue = span.add(rule.base);
  const len = lengthText(rule.base);
  const note = clampNote(span.clamped);
  trace.push(step(`${rule.label['zh-CN']}审限${len['zh-CN']} → ${baseDue}（${c['zh-CN']}${note.zh}）`, `${rule.label.en}: ${len.en} → ${baseDue} (${c.en}${note.en})`, rule.source));
  const current = input.extensions.filter((e) => e.procedure === undefined || e.procedure === input.procedure);
  if (current.length < input.extensions.length) {
    const conv = cite('CPL-Interp art 258');
    trace.push(step(`程序转换前批准的延长不再计入，审限自原立案之日按转换后的程序计算（${conv['zh-CN']}）`, `Extensions approved before the change of procedure no longer count; the new procedure's limit runs from the original registration (${conv.en})`, 'CPL-Interp art 258'));
  }
  const extended = extensionSteps(rule, span, current);
  trace.push(...extended.trace);
  const capped = capStep(rule, input.acceptedOn, extended.end);
  trace.push(...capped.trace);
  let end = capped.end;
  if (deducted > 0) {
    end = fromDayNumber(toDayNumber(end) + deducted);
    trace.push(deductionStep(input.deductions, input.today, deducted, end));
  }
  const last = settleLastDay(end, input.calendar, { ...input.options, noRollBasis: input.options.noRollBasis ?? 'setting' });
  trace.push(last.step);
  return { due: last.due, baseDue, deducted, trace, uncoveredYear: last.uncoveredYear };
}

/** The extension the law would allow next, after `approvedSoFar` approved ones, or null if none. */
export function nextExtensionStep(procedure: TrialProcedure, approvedSoFar: number): ExtensionStep | null {
  const rule = TRIAL_LIMIT_RULES[procedure];
  if (rule.base === null || !rule.extensions.length) return null;
  if (approvedSoFar < rule.extensions.length) return rule.extensions[Math.max(0, approvedSoFar)]!;
  return rule.lastStepRenewable ? rule.extensions.at(-1)! : null;
}

/**
 * Whether the judge may apply for an extension today, and which one. EXT-2018 art 1: civil ≥15 days before expiry
 * (a setting); TL-2000 art 13 [U]: administrative 10; CrPL-Interp art 210: criminal 15; EXEC-TL [S]: execution 5.
 */
export function checkExtensionApplication(input: { procedure: TrialProcedure; due: PlainDate; today: PlainDate; approvedSoFar: number; leadDays?: number }): ExtensionStep {
  const rule = TRIAL_LIMIT_RULES[input.procedure];
  const next = nextExtensionStep(input.procedure, input.approvedSoFar);
  if (!next) {
    const c = cite(rule.source);
    const advice =
      rule.base === null
        ? { 'zh-CN': `${rule.label['zh-CN']}不适用审理期限的规定，无需延长（${c['zh-CN']}）。`, en: `${rule.label.en}: there is no statutory trial limit to extend (${c.en}).` }
        : (rule.whenExhausted ?? {
            'zh-CN': `${rule.label['zh-CN']}审限已无可申请的延长（${c['zh-CN']}）。请在审限内结案，或依法办理扣除审限。`,
            en: `${rule.label.en}: no further extension is available (${c.en}). Close the case within the limit, or record periods not counted.`,
          });
    refuse('EXTENSION_NOT_AVAILABLE', 'invalid', advice['zh-CN'], advice.en, { procedure: input.procedure, approvedSoFar: input.approvedSoFar });
  }
  if (input.today > input.due) {
    refuse('EXTENSION_AFTER_EXPIRY', 'invalid', `审限已于${input.due}届满，不能再申请延长；请按超审限案件报告处理。`, `The trial limit expired on ${input.due}; an extension can no longer be sought. Report the case as overdue.`, { due: input.due });
  }
  const lead = input.leadDays ?? rule.leadDays;
  const left = daysBetween(input.today, input.due);
  if (left < lead) {
    refuse(
      'EXTENSION_TOO_LATE',
      'invalid',
      `延长审限应当在审限届满${lead}日前提出，距届满（${input.due}）仅剩${left}日。`,
      `An extension must be sought at least ${lead} days before the limit expires; only ${left} days are left before ${input.due}.`,
      { due: input.due, daysLeft: left, leadDays: lead },
    );
  }
  return next;
}
