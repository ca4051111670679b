// 执行和解 (CPL-2023 art 241; EXEC-SETTLE, 法释〔2020〕21号): a settlement agreement with an instalment schedule, what has
// been paid on it, which instalments were missed, and when the applicant may have the original title executed again.
import { isPlainDate, type PlainDate } from '../calendar/plainDate';
import type { RestDayOptions, WorkCalendar } from '../calendar/workCalendar';
import { refuse, type BilingualMessage } from '../errors/domainError';
import { executionApplicationPeriod, type ApplicationPeriod } from './applicationPeriod';

export interface Instalment {
  amountFen: bigint;
  dueOn: PlainDate;
}

export interface SettlementPayment {
  on: PlainDate;
  amountFen: bigint;
}

/** [U] a bound of ours, not the law's: at most this many instalments in one agreement. */
export const MAX_INSTALMENTS = 120;

const invalid = (code: string, zh: string, en: string): never => refuse(code, 'invalid', zh, en);

/**
 * EXEC-SETTLE art 1: the parties may change the amount, the time and the manner of performance; an instalment schedule
 * is checked to be one: at least one instalment, each a positive amount, due dates real, in order, none before the
 * agreement and none twice. The total is the sum of the instalments.
 */
export function checkInstalmentSchedule(agreedOn: PlainDate, instalments: readonly Instalment[]): { totalFen: bigint; lastDueOn: PlainDate } {
  if (!isPlainDate(agreedOn)) invalid('SETTLEMENT_DATE_INVALID', `和解协议签订日期不正确：${agreedOn}`, `Not a date: ${agreedOn}`);
  if (instalments.length === 0) invalid('SETTLEMENT_SCHEDULE_EMPTY', '和解协议应至少约定一期履行。', 'The agreement needs at least one instalment.');
  if (instalments.length > MAX_INSTALMENTS) invalid('SETTLEMENT_SCHEDULE_TOO_LONG', `分期不能超过${MAX_INSTALMENTS}期。`, `At most ${MAX_INSTALMENTS} instalments.`);
  let total = 0n;
  let previous: PlainDate | null = null;
  instalments.forEach((it, i) => {
    const n = i + 1;
    if (it.amountFen <= 0n) invalid('SETTLEMENT_INSTALMENT_AMOUNT_INVALID', `第${n}期金额应大于零。`, `Instalment ${n} must be a positive amount.`);
    if (!isPlainDate(it.dueOn)) invalid('SETTLEMENT_DATE_INVALID', `第${n}期履行日期不正确：${it.dueOn}`, `Instalment ${n}: not a date: ${it.dueOn}`);
    if (it.dueOn < agreedOn) invalid('SETTLEMENT_INSTALMENT_BEFORE_AGREEMENT', `第${n}期履行日期早于和解协议签订日期。`, `Instalment ${n} falls due before the agreement was made.`);
    if (previous !== null && it.dueOn <= previous) invalid('SETTLEMENT_SCHEDULE_NOT_IN_ORDER', `第${n}期履行日期应晚于上一期。`, `Instalment ${n} must fall due after the one before it.`);
    previous = it.dueOn;
    total += it.amountFen;
  });
  return { totalFen: total, lastDueOn: instalments.at(-1)!.dueOn };
}

export type InstalmentState = 'paid' | 'due' | 'missed';

export interface InstalmentStanding {
  seq: number;
  amountFen: bigint;
  dueOn: PlainDate;
  /** What of this instalment is covered, payments applied to the instalments in their order. */
  paidFen: bigint;
  state: InstalmentState;
}

export type SettlementStatus = 'performing' | 'performed' | 'defaulted';

export interface SettlementStanding {
  instalments: InstalmentStanding[];
  totalFen: bigint;
  paidFen: bigint;
  status: SettlementStatus;
}

/**
 * Payments go to the instalments in their order (the earliest unpaid first). An instalment is missed when its due
 * day — the agreed date, rolled over rest days by the clock when the case's period gives it (`dueOn` as the caller
 * passes it) — has passed and it is not covered; the day itself still counts for paying (Civil Code art 203 para 2: to
 * 24:00 of the last day). Performed: everything paid (EXEC-SETTLE art 8); defaulted: an instalment missed (art 9).
 */
export function settlementStanding(instalments: readonly Instalment[], payments: readonly SettlementPayment[], today: PlainDate): SettlementStanding {
  let left = payments.reduce((s, p) => s + p.amountFen, 0n);
  const paidTotal = left;
  const rows = instalments.map((it, i): InstalmentStanding => {
    const paidFen = left >= it.amountFen ? it.amountFen : left > 0n ? left : 0n;
    left -= paidFen;
    const state: InstalmentState = paidFen === it.amountFen ? 'paid' : it.dueOn < today ? 'missed' : 'due';
    return { seq: i + 1, amountFen: it.amountFen, dueOn: it.dueOn, paidFen, state };
  });
  const totalFen = instalments.reduce((s, it) => s + it.amountFen, 0n);
  const status: SettlementStatus = paidTotal >= totalFen ? 'performed' : rows.some((r) => r.state === 'missed') ? 'defaulted' : 'performing';
  return { instalments: rows, totalFen, paidFen: paidTotal, status };
}

/**
 * EXEC-SETTLE art 10: restoring the original title is applied for within the period for applying for execution
 * (CPL-2021 art 239 = CPL-2023 art 250: 2 years), counted from the last day of performance the agreement sets; counted
 * as every period is (CPL-2023 art 85: the day itself not counted, the last day rolled over rest days).
 */
export function settlementRestorationPeriod(lastDueOn: PlainDate, calendar: WorkCalendar, rest: RestDayOptions): ApplicationPeriod {
  return executionApplicationPeriod({ terms: { kind: 'period', lastDay: lastDueOn } }, calendar, rest);
}

export const RESTORATION_GROUNDS = ['default', 'fraud', 'duress', 'invalidated'] as const;
export type RestorationGround = (typeof RESTORATION_GROUNDS)[number];

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

export const RESTORATION_GROUND_LABELS: Readonly<Record<RestorationGround, BilingualMessage & { source: string }>> = {
  default: { ...zhEn('被执行人不履行和解协议', 'The debtor did not perform the agreement'), source: 'CPL-2023 art 241; EXEC-SETTLE art 9' },
  fraud: { ...zhEn('和解协议系受欺诈达成', 'The agreement was obtained by fraud'), source: 'CPL-2023 art 241' },
  duress: { ...zhEn('和解协议系受胁迫达成', 'The agreement was obtained by duress'), source: 'CPL-2023 art 241' },
  invalidated: { ...zhEn('和解协议被确认无效或者被撤销', 'The agreement was held void or set aside'), source: 'EXEC-SETTLE art 16' },
};

export interface RestorationRequestFacts {
  ground: RestorationGround;
  appliedOn: PlainDate;
  standing: SettlementStanding;
  /** The 2-year period of art 10 (its last day). */
  period: Pick<ApplicationPeriod, 'due'>;
}

/** The refusals of EXEC-SETTLE arts 10–11 for an application to restore the original title; returning means granted. */
export function checkSettlementRestoration(f: RestorationRequestFacts): { source: string } {
  // EXEC-SETTLE art 11(1): an agreement performed in full is not undone.
  if (f.standing.status === 'performed') {
    refuse('SETTLEMENT_PERFORMED', 'invalid', '执行和解协议已经履行完毕，不予恢复执行（《最高人民法院关于执行和解若干问题的规定》第十一条第一项）。', 'The settlement agreement has been performed in full: execution is not restored (EXEC-SETTLE art 11(1)).');
  }
  // EXEC-SETTLE art 10 with CPL-2023 art 250: 2 years from the agreement's last day of performance.
  if (f.appliedOn > f.period.due) {
    refuse('SETTLEMENT_RESTORATION_LATE', 'invalid', `申请恢复执行的期间（自和解协议约定的最后履行日起二年）已于${f.period.due}届满（《最高人民法院关于执行和解若干问题的规定》第十条、《民事诉讼法》第二百五十条）。`, `The 2-year period for applying to restore execution, counted from the agreement's last day of performance, ended on ${f.period.due} (EXEC-SETTLE art 10; CPL-2023 art 250).`, { dueOn: f.period.due });
  }
  // EXEC-SETTLE art 11(2)–(3): for non-performance, an instalment must have been missed; a debtor keeping to the schedule is performing.
  if (f.ground === 'default' && f.standing.status !== 'defaulted') {
    refuse('SETTLEMENT_BEING_PERFORMED', 'invalid', '被执行人正在按照和解协议履行，尚无到期未履行的分期，不予恢复执行（《最高人民法院关于执行和解若干问题的规定》第十一条第二项、第三项）。', 'The debtor is performing the agreement and no instalment is overdue: execution is not restored (EXEC-SETTLE art 11(2)–(3)).');
  }
  return { source: RESTORATION_GROUND_LABELS[f.ground].source };
}

/** 执前调's settled rate as the issue counts it (枣庄: 32.2 % settled): matters settled ÷ matters received; null when none. */
export function preExecutionSettledRate(settled: number, received: number): number | null {
  return received === 0 ? null : Math.min(1, settled / received);
}
