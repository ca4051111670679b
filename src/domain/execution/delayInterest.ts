// 迟延履行期间的加倍部分债务利息 (CPL-2023 art 264; DELAY-2014 arts 1–4, rules.md §5.1): the unpaid money debt fixed by the
// document, other than ordinary interest, × 1.75‱ a day × the days of delay, in exact fen, with its derivation.
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import { isPlainDate, type PlainDate } from '../calendar/plainDate';
import { step, type TraceStep } from '../clock/trace';
import { refuse } from '../errors/domainError';
import { fenToYuan } from '../money/yuan';
import { DEFAULT_FEN_ROUNDING, exactFenText, FEN_ROUNDING_LABELS, MICRO, roundMicroFen, type FenRounding } from './exactFen';

/** One item of money the document orders paid. */
export interface DebtItem {
  id: string;
  label: string;
  amountFen: bigint;
  /**
   * The last day of this item's performance period (each instalment its own), or the day the document took effect when it
   * sets no period (DELAY-2014 art 2): the delay runs from the next day.
   */
  dueOn: PlainDate;
  /** Ordinary interest (一般债务利息) is paid as part of the debt but does not bear the doubled interest (DELAY-2014 art 1). */
  isOrdinaryInterest?: boolean;
}

/**
 * A payment counts on the day it is made; a court deduction on the day the funds are deducted; an auction, sale or
 * transfer in satisfaction on the day the ruling takes effect (DELAY-2014 art 3).
 */
export interface DebtPayment {
  on: PlainDate;
  amountFen: bigint;
}

/** A stretch (both days included) not counted, e.g. suspension not at the debtor's request [S→U: DELAY-2014 art 3 para 3, not in rules.md]. */
export interface UncountedStretch {
  from: PlainDate;
  to: PlainDate;
}

export interface DelayInterestInput {
  debts: readonly DebtItem[];
  payments: readonly DebtPayment[];
  /** Interest is computed to this day, included; payments after it are left out. */
  asOf: PlainDate;
  uncounted?: readonly UncountedStretch[];
  /** DELAY-2014 art 4: the money debt first, then the doubled interest — unless the parties agreed otherwise. */
  order?: 'debtFirst' | 'interestFirst';
}

export interface DelayInterestResult {
  asOf: PlainDate;
  /** All doubled interest accrued to `asOf`, exact (yuan, up to 8 decimals) and rounded to fen. */
  accruedExact: string;
  accruedFen: bigint;
  interestPaidFen: bigint;
  /** Still owed on `asOf`. */
  interestOwedFen: bigint;
  debtOwedFen: bigint;
  /** Paid beyond everything owed. */
  excessFen: bigint;
  trace: TraceStep[];
}

// DELAY-2014 art 1: 日万分之一点七五 — 175 millionths a day; amounts are kept in millionths of a fen so nothing is lost.
const RATE_PER_MILLION = 175n;
const RATE = 'DELAY-2014 art 1';

function invalid(zh: string, en: string, details?: Record<string, unknown>): never {
  refuse('DELAY_INTEREST_INPUT_INVALID', 'invalid', zh, en, details);
}

function checkInput(input: DelayInterestInput): void {
  if (!isPlainDate(input.asOf)) invalid(`计算截止日 ${input.asOf} 不是有效日期。`, `The date ${input.asOf} is not a valid date.`);
  const ids = new Set<string>();
  for (const d of input.debts) {
    if (ids.has(d.id)) invalid(`债务项目 ${d.id} 重复。`, `Debt item ${d.id} appears twice.`);
    ids.add(d.id);
    if (d.amountFen < 0n) invalid(`债务项目 ${d.label} 的金额不能为负数。`, `Debt item ${d.label} cannot be negative.`);
    if (!isPlainDate(d.dueOn)) invalid(`债务项目 ${d.label} 的履行期限 ${d.dueOn} 不是有效日期。`, `The due date ${d.dueOn} of ${d.label} is not valid.`);
  }
  for (const p of input.payments) {
    if (p.amountFen <= 0n) invalid('还款金额应大于零。', 'A payment must be more than zero.');
    if (!isPlainDate(p.on)) invalid(`还款日 ${p.on} 不是有效日期。`, `The payment date ${p.on} is not valid.`);
  }
  for (const u of input.uncounted ?? []) {
    if (!isPlainDate(u.from) || !isPlainDate(u.to) || u.to < u.from) invalid(`不计算期间 ${u.from}至${u.to} 无效。`, `The uncounted stretch ${u.from} to ${u.to} is not valid.`);
  }
}

/** Days in (after, upTo] less the uncounted days in that span. */
function countedDays(after: number, upTo: number, uncounted: readonly UncountedStretch[]): { days: number; excluded: number } {
  if (upTo <= after) return { days: 0, excluded: 0 };
  let excluded = 0;
  for (const u of uncounted) {
    const lo = Math.max(after + 1, toDayNumber(u.from));
    const hi = Math.min(upTo, toDayNumber(u.to));
    if (hi >= lo) excluded += hi - lo + 1;
  }
  return { days: upTo - after - excluded, excluded };
}

interface Running {
  item: DebtItem;
  owed: bigint;
  accruedTo: number;
}

/** Accrues each item's doubled interest from where it stopped to `upTo` (included), one trace line per item. */
function accrue(running: Running[], upTo: number, uncounted: readonly UncountedStretch[], trace: TraceStep[]): bigint {
  let sum = 0n;
  for (const r of running) {
    if (r.item.isOrdinaryInterest || r.owed === 0n || upTo <= r.accruedTo) continue;
    const from = r.accruedTo;
    const { days, excluded } = countedDays(from, upTo, uncounted);
    r.accruedTo = upTo;
    if (days === 0) continue;
    const part = r.owed * RATE_PER_MILLION * BigInt(days);
    sum += part;
    const span = `${fromDayNumber(from + 1)}至${fromDayNumber(upTo)}`;
    const less = excluded ? { zh: `（扣除不计算的${excluded}日）`, en: ` (less ${excluded} uncounted)` } : { zh: '', en: '' };
    trace.push(
      step(
        `${r.item.label}：${span}，${days}日${less.zh}，${fenToYuan(r.owed)}元 × 日万分之1.75 × ${days} = ${exactFenText(part)}元`,
        `${r.item.label}: ${fromDayNumber(from + 1)} to ${fromDayNumber(upTo)}, ${days} days${less.en}, ${fenToYuan(r.owed)} × 0.0175% × ${days} = ${exactFenText(part)}`,
        RATE,
      ),
    );
  }
  return sum;
}

/**
 * The doubled interest to `asOf`: accrues from the day after each item's due date to each payment day (included), applies
 * each payment in the order of DELAY-2014 art 4, and explains every step. Interest paid is settled in whole fen by `rounding`.
 */
export function delayInterest(input: DelayInterestInput, rounding: FenRounding = DEFAULT_FEN_ROUNDING): DelayInterestResult {
  checkInput(input);
  const uncounted = input.uncounted ?? [];
  const order = input.order ?? 'debtFirst';
  const trace: TraceStep[] = [
    step('加倍部分债务利息 = 尚未清偿的生效法律文书确定的除一般债务利息之外的金钱债务 × 日万分之1.75 × 迟延履行期间', 'Doubled interest = the unpaid money debt fixed by the document, other than ordinary interest, × 0.0175% a day × the days of delay', RATE),
  ];
  const running: Running[] = input.debts.map((item) => ({ item, owed: item.amountFen, accruedTo: toDayNumber(item.dueOn) }));
  for (const r of running) {
    const note = r.item.isOrdinaryInterest ? { zh: '，一般债务利息，不计加倍部分', en: '; ordinary interest, no doubled interest' } : { zh: `，自${fromDayNumber(r.accruedTo + 1)}起计算`, en: `; delay from ${fromDayNumber(r.accruedTo + 1)}` };
    trace.push(step(`${r.item.label} ${fenToYuan(r.item.amountFen)}元，履行期限届满日 ${r.item.dueOn}${note.zh}`, `${r.item.label} ${fenToYuan(r.item.amountFen)}, due ${r.item.dueOn}${note.en}`, 'DELAY-2014 art 2'));
  }
  const asOf = toDayNumber(input.asOf);
  let accrued = 0n;
  let interestOwed = 0n;
  let interestPaid = 0n;
  let excess = 0n;
  const payments = [...input.payments].filter((p) => toDayNumber(p.on) <= asOf).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const p of payments) {
    const part = accrue(running, toDayNumber(p.on), uncounted, trace);
    accrued += part;
    interestOwed += part;
    let left = p.amountFen;
    const applied = { debt: 0n, interest: 0n };
    const payInterest = () => {
      const due = roundMicroFen(interestOwed, rounding);
      const paid = left < due ? left : due;
      interestOwed = paid === due ? 0n : interestOwed - paid * MICRO;
      left -= paid;
      applied.interest += paid;
    };
    // [U] DELAY-2014 art 4 orders the debt before the interest, not the items of the debt among themselves: they are paid in
    // the order the schedule lists them, so the caller lists them as the document or the parties order them.
    const payDebt = () => {
      for (const r of running) {
        const paid = left < r.owed ? left : r.owed;
        r.owed -= paid;
        left -= paid;
        applied.debt += paid;
      }
    };
    if (order === 'interestFirst') {
      payInterest();
      payDebt();
    } else {
      payDebt();
      payInterest();
    }
    interestPaid += applied.interest;
    excess += left;
    const first = order === 'debtFirst' ? { zh: '先清偿金钱债务，再清偿加倍部分债务利息', en: 'the money debt first, then the doubled interest' } : { zh: '按当事人约定先清偿加倍部分债务利息', en: 'the doubled interest first, as the parties agreed' };
    const over = left > 0n ? { zh: `，多付${fenToYuan(left)}元`, en: `; ${fenToYuan(left)} overpaid` } : { zh: '', en: '' };
    trace.push(
      step(
        `${p.on} 履行${fenToYuan(p.amountFen)}元（${first.zh}）：清偿金钱债务${fenToYuan(applied.debt)}元，清偿加倍部分债务利息${fenToYuan(applied.interest)}元${over.zh}`,
        `${p.on} paid ${fenToYuan(p.amountFen)} (${first.en}): ${fenToYuan(applied.debt)} to the debt, ${fenToYuan(applied.interest)} to the doubled interest${over.en}`,
        'DELAY-2014 art 4',
      ),
    );
  }
  const tail = accrue(running, asOf, uncounted, trace);
  accrued += tail;
  interestOwed += tail;
  const debtOwed = running.reduce((s, r) => s + r.owed, 0n);
  const owedFen = roundMicroFen(interestOwed, rounding);
  trace.push(
    step(
      `截至${input.asOf}：加倍部分债务利息累计${exactFenText(accrued)}元，已清偿${fenToYuan(interestPaid)}元，尚欠${fenToYuan(owedFen)}元（${FEN_ROUNDING_LABELS[rounding]['zh-CN']}）；尚欠金钱债务${fenToYuan(debtOwed)}元`,
      `To ${input.asOf}: doubled interest accrued ${exactFenText(accrued)}, paid ${fenToYuan(interestPaid)}, owed ${fenToYuan(owedFen)} (${FEN_ROUNDING_LABELS[rounding].en}); money debt owed ${fenToYuan(debtOwed)}`,
    ),
  );
  return { asOf: input.asOf, accruedExact: exactFenText(accrued), accruedFen: roundMicroFen(accrued, rounding), interestPaidFen: interestPaid, interestOwedFen: owedFen, debtOwedFen: debtOwed, excessFen: excess, trace };
}
