// 司法救助 and refunds as checks on a decision: who may be exempted, how much a reduction must be, when a
// deferral can still be granted, how much can be refunded and by when (诉讼费用交纳办法 arts 27, 44–49, 53).
import { citeEn, citeZh } from '../citations/citations';
import { addDays, type PlainDate } from '../calendar/plainDate';
import { refuse } from '../errors/domainError';
import { fenToYuanText } from './moneyText';

export const JUDICIAL_AID_KINDS = ['deferral', 'reduction', 'exemption'] as const;
export type JudicialAidKind = (typeof JUDICIAL_AID_KINDS)[number];

export const REFUND_GROUNDS = ['withdrawal', 'mediation', 'notAccepted', 'dismissed', 'remanded', 'overpaid', 'claimReduced'] as const;
export type RefundGround = (typeof REFUND_GROUNDS)[number];

// FEE arts 44–49 (rules.md §4.4): a reduction is at least 30% of the fee.
export const MIN_REDUCTION_SHARE = 0.3;
// FEE art 53: a refund is paid within 15 days of the decision taking effect.
export const REFUND_DAYS = 15;

export interface AidFacts {
  kind: JudicialAidKind;
  /** The applicant party's kind. */
  partyKind: string;
  /** Whether the case has been registered (立案) yet. */
  registered: boolean;
  /** What the party still has to pay. */
  dueFen: number;
  amountFen?: number;
  deferUntil?: PlainDate;
  today: PlainDate;
}

/** The relief a judicial-aid decision puts on the ledger (0 for a deferral); refuses what the Measures forbid. */
export function judicialAidRelief(f: AidFacts): number {
  if (f.kind === 'exemption') {
    // FEE arts 44–49 (rules.md §4.4): only natural persons may be exempted.
    if (f.partyKind !== 'person') refuse('AID_EXEMPTION_PERSONS_ONLY', 'invalid', `免交诉讼费用只适用于自然人（${citeZh('FEE arts 44–49')}）。`, `Only natural persons can be exempted from fees (${citeEn('FEE arts 44–49')}).`);
    if (f.dueFen <= 0) refuse('AID_NOTHING_DUE', 'invalid', '本案尚无应交的诉讼费用。', 'Nothing is due on this case.');
    return f.dueFen;
  }
  if (f.kind === 'reduction') {
    const amount = f.amountFen ?? 0;
    if (f.dueFen <= 0) refuse('AID_NOTHING_DUE', 'invalid', '本案尚无应交的诉讼费用。', 'Nothing is due on this case.');
    const min = Math.ceil(f.dueFen * MIN_REDUCTION_SHARE);
    if (amount < min || amount >= f.dueFen) {
      refuse(
        'AID_REDUCTION_OUT_OF_RANGE',
        'invalid',
        `减交金额应不少于应交费用的30%（${fenToYuanText(min)}元），且少于应交总额（${fenToYuanText(f.dueFen)}元）；全部免除请选择免交（${citeZh('FEE arts 44–49')}）。`,
        `A reduction must be at least 30% of the fee (${fenToYuanText(min)} yuan) and less than all of it (${fenToYuanText(f.dueFen)} yuan); use an exemption for all (${citeEn('FEE arts 44–49')}).`,
      );
    }
    return amount;
  }
  // FEE arts 44–49 (rules.md §4.4): a deferral is decided before the case is registered.
  if (f.registered) refuse('AID_DEFERRAL_AFTER_REGISTRATION', 'invalid', `缓交应在立案前决定（${citeZh('FEE arts 44–49')}）。`, `A deferral is decided before the case is registered (${citeEn('FEE arts 44–49')}).`);
  if (!f.deferUntil || f.deferUntil <= f.today) refuse('AID_DEFERRAL_DATE', 'invalid', '请填写晚于今天的缓交期限。', 'Give a deferral date after today.');
  return 0;
}

/** The refund's deadline; refuses a refund of more than was paid. */
export function refundDueOn(amountFen: number, paidFen: number, decidedOn: PlainDate): PlainDate {
  if (amountFen <= 0 || amountFen > paidFen) {
    refuse('REFUND_EXCEEDS_PAID', 'invalid', `退费金额应大于0且不超过已交的 ${fenToYuanText(paidFen)} 元。`, `A refund must be more than 0 and at most the ${fenToYuanText(paidFen)} yuan paid.`);
  }
  return addDays(decidedOn, REFUND_DAYS);
}
