// What a recorded attempt at service can report for its method, and whether (and from which day) it served the
// document: rules.md §3.1–3.3 through deemedServiceDate.
import type { PlainDate } from '../calendar/plainDate';
import { refuse } from '../errors/domainError';
import { deemedServiceDate, type DeemedService, type ServiceMethodName } from './serviceRules';

// 'logged': written to the log by a transport that sends nothing (the SMS log transport); never service.
export const ATTEMPT_OUTCOMES = ['sent', 'arrived', 'read', 'signed', 'returned', 'left', 'refused', 'posted', 'failed', 'logged'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

// Each method's possible reports: electronic arrives or is read; paper is signed for, returned, left or refused.
const OUTCOMES_OF: Record<ServiceMethodName, readonly AttemptOutcome[]> = {
  electronic: ['sent', 'arrived', 'read', 'failed', 'logged'],
  mail: ['sent', 'signed', 'returned', 'failed'],
  direct: ['signed', 'failed'],
  entrusted: ['sent', 'signed', 'failed'],
  transfer: ['sent', 'signed', 'failed'],
  leftAtResidence: ['left'],
  refusedAtCourt: ['refused'],
  publicNotice: ['posted'],
};

export function outcomesOf(method: ServiceMethodName): readonly AttemptOutcome[] {
  return OUTCOMES_OF[method];
}

export interface AttemptReport {
  method: ServiceMethodName;
  outcome: AttemptOutcome;
  on: PlainDate;
  /** The recipient gave or confirmed this address (CPL-Interp art 135; ONLINE-LIT art 31; POST art 11). */
  addressConfirmed: boolean;
  foreignDomicile: boolean;
}

/** Refuses a report the method cannot produce (e.g. a public notice "signed for"). */
export function checkAttemptOutcome(method: ServiceMethodName, outcome: AttemptOutcome): void {
  if (!OUTCOMES_OF[method].includes(outcome)) {
    refuse('SERVICE_OUTCOME_INVALID', 'invalid', `「${outcome}」不是${method}方式可能的送达结果。`, `"${outcome}" is not a possible result of ${method} service.`, { allowed: OUTCOMES_OF[method] });
  }
}

/** The day this attempt served the document, or null when it did not (yet). */
export function deemedByAttempt(r: AttemptReport): DeemedService {
  const base = { method: r.method, addressConfirmed: r.addressConfirmed, foreignDomicile: r.foreignDomicile };
  switch (r.outcome) {
    case 'arrived':
      return deemedServiceDate({ ...base, arrivedOn: r.on });
    case 'read':
      // A read receipt serves an unconfirmed address (ONLINE-LIT art 31); a confirmed one was served on arrival.
      return deemedServiceDate({ ...base, arrivedOn: r.on, readOn: r.on });
    case 'signed':
      return deemedServiceDate({ ...base, signedOn: r.on });
    case 'returned':
      return deemedServiceDate({ ...base, returnedOn: r.on });
    case 'left':
      return deemedServiceDate({ ...base, leftOn: r.on });
    case 'refused':
      return deemedServiceDate({ ...base, refusedOn: r.on });
    case 'posted':
      return deemedServiceDate({ ...base, issuedOn: r.on });
    case 'sent':
    case 'failed':
    case 'logged':
      return { on: null, source: deemedServiceDate(base).source };
  }
}
