// What the ledger shows — a case's funds, a court account's balance — and the audit the monitor runs: every entry balances,
// every balance is the sum of its postings, nothing inside the court account is negative (rules.md §5.7; issue 17).
import { accountKey, type LedgerState } from './ledger';

export interface CaseFunds {
  /** Received for the case and not yet allocated. */
  unallocatedFen: bigint;
  /** Allocated to each applicant and not yet paid out. */
  allocatedFen: Record<string, bigint>;
  /** Execution fees taken from the case's funds. */
  feesFen: bigint;
  /** What the case holds: unallocated + allocated. */
  balanceFen: bigint;
}

type KeyParts = [courtAccount: string, type: string, caseId: string, applicantId: string];
const parts = (key: string) => JSON.parse(key) as KeyParts;

export function caseFunds(state: LedgerState, courtAccount: string, caseId: string): CaseFunds {
  const allocatedFen: Record<string, bigint> = {};
  let allocated = 0n;
  for (const [key, balance] of state.balances) {
    const [at, type, c, applicant] = parts(key);
    if (at !== courtAccount || c !== caseId || type !== 'allocated') continue;
    allocatedFen[applicant] = balance;
    allocated += balance;
  }
  const unallocatedFen = state.balances.get(accountKey(courtAccount, { type: 'case', caseId })) ?? 0n;
  const feesFen = state.balances.get(accountKey(courtAccount, { type: 'fees', caseId })) ?? 0n;
  return { unallocatedFen, allocatedFen, feesFen, balanceFen: unallocatedFen + allocated };
}

/** Money in the court's execution account: all receipts less all payouts (fees stay in it until transferred). */
export function courtAccountBalance(state: LedgerState, courtAccount: string): bigint {
  return -(state.balances.get(accountKey(courtAccount, { type: 'outside' })) ?? 0n);
}

/** Unclaimed receipts (不明款) of a court account, as the daily report lists them. */
export function unclaimedReceipts(state: LedgerState, courtAccount: string): { id: string; amountFen: bigint }[] {
  const out: { id: string; amountFen: bigint }[] = [];
  for (const { entry, reversedBy } of state.entries.values()) {
    if (entry.kind === 'receipt' && entry.caseId === null && entry.courtAccount === courtAccount && reversedBy === null && !state.claims.has(entry.id)) out.push({ id: entry.id, amountFen: entry.amountFen });
  }
  return out;
}

export type LedgerViolation =
  | { kind: 'entryUnbalanced'; entryId: string; sumFen: bigint }
  | { kind: 'balanceMismatch'; account: string; recordedFen: bigint; fromEntriesFen: bigint }
  | { kind: 'negativeBalance'; account: string; balanceFen: bigint }
  | { kind: 'courtAccountMismatch'; courtAccount: string; insideFen: bigint; receivedLessPaidFen: bigint };

/** Every invariant of the ledger, checked from the entries up; an empty list means the books are sound. */
export function auditLedger(state: LedgerState): LedgerViolation[] {
  const out: LedgerViolation[] = [];
  const fromEntries = new Map<string, bigint>();
  for (const [id, posted] of state.entries) {
    const sum = posted.postings.reduce((s, p) => s + p.amountFen, 0n);
    if (sum !== 0n) out.push({ kind: 'entryUnbalanced', entryId: id, sumFen: sum });
    for (const p of posted.postings) {
      const key = accountKey(p.courtAccount, p.account);
      fromEntries.set(key, (fromEntries.get(key) ?? 0n) + p.amountFen);
    }
  }
  const inside = new Map<string, bigint>();
  for (const key of new Set([...fromEntries.keys(), ...state.balances.keys()])) {
    const recorded = state.balances.get(key) ?? 0n;
    const computed = fromEntries.get(key) ?? 0n;
    if (recorded !== computed) out.push({ kind: 'balanceMismatch', account: key, recordedFen: recorded, fromEntriesFen: computed });
    const [at, type] = parts(key);
    if (type === 'outside') continue;
    if (recorded < 0n) out.push({ kind: 'negativeBalance', account: key, balanceFen: recorded });
    inside.set(at, (inside.get(at) ?? 0n) + recorded);
  }
  for (const [at, insideFen] of inside) {
    const receivedLessPaidFen = courtAccountBalance(state, at);
    if (insideFen !== receivedLessPaidFen) out.push({ kind: 'courtAccountMismatch', courtAccount: at, insideFen, receivedLessPaidFen });
  }
  return out;
}
