// What every application for execution shares, whatever its title (a case of ours or an uploaded one): the items and
// the doubled interest for delay (CPL-2023 art 264; DELAY-2014 arts 1–4), the 2-year period (art 250) with its warning,
// the fee charged after execution (FEE arts 14, 20, 38), the numbered 执 case and its execution record.
import type { ExecutionApplication } from '../../../contracts/execution';
import { executionCase } from '../../../domain/casetypes/executionCase';
import { applicationTimeliness, delayInterest, executionApplicationFee, executionApplicationPeriod, type ApplicationPeriod, type ApplicationTimeliness, type DebtItem, type DebtPayment, type DelayInterestResult, type PerformanceTerms } from '../../../domain/execution';
import type { BilingualMessage } from '../../../domain/errors/domainError';
import { fenToYuan, yuanToFen } from '../../../domain/money/yuan';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { executionCases } from '../../db/schema';
import { AppError } from '../../http/appError';
import { numberAtCourt } from '../cases/caseNumbers';
import { appendCaseEvent, newCaseRow, type CaseRow } from '../cases/caseRecord';
import { workCalendarFor } from '../clock/calendarStore';
import { loadClockSettings } from '../clock/clockSettings';

export const EXECUTION_TYPE = executionCase.code;

type Amounts = Pick<ExecutionApplication, 'items' | 'payments' | 'interestTo'>;

/** The items applied for as the doubled interest reads them: DELAY-2014 art 1, ordinary interest bears none. */
export function debtsOf(items: readonly { kind: string; label: string; amountFen: bigint; dueOn: string }[]): DebtItem[] {
  return items.map((it, i) => ({ id: `item${i + 1}`, label: it.label, amountFen: it.amountFen, dueOn: it.dueOn, isOrdinaryInterest: it.kind === 'ordinaryInterest' }));
}

/** The doubled interest as execution_cases keeps it; `payments`: the applicant's own account of what was paid before applying. */
export function storedInterest(asOf: string, i: DelayInterestResult, payments: readonly DebtPayment[], courtPayments: readonly DebtPayment[] = []) {
  const plain = (ps: readonly DebtPayment[]) => ps.map((p) => ({ on: p.on, amountFen: p.amountFen.toString() }));
  return { asOf, accruedFen: i.accruedFen.toString(), interestOwedFen: i.interestOwedFen.toString(), exact: i.accruedExact, trace: i.trace, payments: plain(payments), courtPayments: plain(courtPayments) };
}

export interface ComputedApplication {
  items: { id: string; kind: string; label: string; amountFen: bigint; dueOn: string }[];
  /** What the applicant says the debtor paid before applying (kept: a restoration recomputes the interest from them). */
  payments: DebtPayment[];
  interest: DelayInterestResult;
  asOf: string;
  totalFen: bigint;
  period: ApplicationPeriod;
  timeliness: ApplicationTimeliness;
  fee: ReturnType<typeof executionApplicationFee>;
}

function performanceTerms(dueOns: readonly string[], effectiveOn: string): PerformanceTerms {
  const distinct = [...new Set(dueOns)].sort();
  if (distinct.length === 0) return { kind: 'none', effectiveOn };
  if (distinct.length === 1) return { kind: 'period', lastDay: distinct[0]! };
  return { kind: 'instalments', lastDays: distinct };
}

/**
 * The amounts, period and fee of an application. An item without its own due day is due on `defaultDueOn` (the
 * title's single deadline, else the day it took effect); the period runs from `deadlines` when the title states them,
 * else from the items' own due days.
 */
export async function computeApplication(tx: Tx, o: { today: string; courtId: number; amounts: Amounts; effectiveOn: string; defaultDueOn?: string; deadlines?: readonly string[] }): Promise<ComputedApplication> {
  const { today, amounts: a } = o;
  // DELAY-2014 arts 1–4: each item from the day after its own due date; ordinary interest bears none.
  const asOf = a.interestTo ?? today;
  if (asOf > today) throw new AppError(422, 'EXECUTION_INTEREST_DATE_INVALID', '迟延履行利息计算截止日不能晚于今天。', 'Interest for delay cannot be computed beyond today.', { field: 'interestTo' });
  const items = a.items.map((it, i) => ({ kind: it.kind, label: it.label, amountFen: yuanToFen(it.amount), dueOn: it.dueOn ?? o.defaultDueOn ?? o.effectiveOn, id: `item${i + 1}` }));
  const debts = debtsOf(items);
  const payments = (a.payments ?? []).map((p) => ({ on: p.on, amountFen: yuanToFen(p.amount) }));
  const interest = delayInterest({ debts, payments, asOf });
  const totalFen = interest.debtOwedFen + interest.interestOwedFen;
  // CPL-2023 art 250: 2 years from the performance deadline; late → a warning for the clerk.
  const settings = await loadClockSettings(tx);
  const dueDays = o.deadlines ?? a.items.flatMap((it) => (it.dueOn ? [it.dueOn] : []));
  const period = executionApplicationPeriod({ terms: performanceTerms(dueDays, o.effectiveOn) }, await workCalendarFor(tx, o.courtId), { weekendsAreRestDays: settings.weekendsAreRestDays });
  const timeliness = applicationTimeliness(period, today);
  // FEE arts 14, 20, 38: computed on what is applied for; collected from the debtor after execution.
  const fee = executionApplicationFee({ amountFen: totalFen, isRestoration: false });
  return { items, payments, interest, asOf, totalFen, period, timeliness, fee };
}

/** The numbered 执 case at node submitted (the gapless counter of its court, CASE-NO). */
export async function openExecutionCase(tx: Tx, o: { courtId: number; today: string; now: Date; actor: Actor; causeId: number | null; originCaseId: number | null; chainId: number | null; computed: ComputedApplication; assetClues: string }): Promise<CaseRow> {
  const number = await numberAtCourt(tx, o.courtId, EXECUTION_TYPE, o.today);
  const row = await newCaseRow(tx, {
    caseType: EXECUTION_TYPE,
    courtId: o.courtId,
    node: executionCase.initial,
    ...number.columns,
    causeId: o.causeId,
    amountFen: o.computed.totalFen,
    claims: o.computed.items.map((it) => `${it.label} ${fenToYuan(it.amountFen)}元`),
    facts: o.assetClues,
    filedBy: o.actor.userId,
    filedAt: o.now,
    receivedOn: o.today,
    originCaseId: o.originCaseId,
    chainId: o.chainId,
    nodeEnteredAt: o.now,
  });
  return row;
}

/** The execution record (what was applied for) and the timeline entry applyForExecution. */
export async function recordApplication(tx: Tx, row: CaseRow, o: { actor: Actor; actorRole: string; now: Date; titleCaseId: number | null; effect: { effectiveOn: string; basis: string; note: BilingualMessage }; computed: ComputedApplication; assetClues: string; payload: Record<string, unknown> }): Promise<void> {
  const { computed: c } = o;
  await tx.insert(executionCases).values({
    caseId: row.id,
    titleCaseId: o.titleCaseId,
    titleEffectiveOn: o.effect.effectiveOn,
    titleEffect: { basis: o.effect.basis, note: o.effect.note },
    items: c.items.map((it) => ({ kind: it.kind, label: it.label, amountFen: it.amountFen.toString(), dueOn: it.dueOn })),
    delayInterest: storedInterest(c.asOf, c.interest, c.payments),
    applicationPeriod: { trigger: c.period.trigger, due: c.period.due, daysLate: c.timeliness.daysLate, trace: c.period.trace },
    amountFen: c.totalFen,
    assetClues: o.assetClues,
    lateWarning: c.timeliness.warning,
    feeFen: c.fee.totalFen,
    appliedBy: o.actor.userId,
    appliedAt: o.now,
  });
  await appendCaseEvent(tx, {
    caseId: row.id,
    event: 'applyForExecution',
    actorId: o.actor.userId,
    actorRole: o.actorRole,
    nodeBefore: null,
    nodeAfter: row.node,
    payload: {
      ...o.payload,
      caseNumber: row.caseNumber,
      amountFen: c.totalFen.toString(),
      delayInterestFen: c.interest.interestOwedFen.toString(),
      applicationDueOn: c.period.due,
      lateWarning: c.timeliness.warning,
      feeFen: c.fee.totalFen.toString(),
      feeCollected: c.fee.collected,
    },
    at: o.now,
  });
}
