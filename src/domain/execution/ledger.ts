// The execution-fund ledger (一案一账户, rules.md §5.7; issue 17): every movement of money is an entry whose postings
// balance to zero, so the court account, each case and each applicant's allocation always equal the sum of their entries.
// Nothing may go negative: a disbursement never exceeds what was allocated to that applicant.
import { refuse } from '../errors/domainError';
import { fenToYuan } from '../money/yuan';

interface EntryBase {
  id: string;
  /** The court's execution bank account (a court may hold several). */
  courtAccount: string;
}

export type LedgerEntry =
  /** Money arriving in the court account; without a case (no matching 一案一账号) it waits as 不明款. */
  | (EntryBase & { kind: 'receipt'; amountFen: bigint; caseId: string | null })
  /** An unmatched receipt claimed, whole, to its case. */
  | (EntryBase & { kind: 'claim'; receiptId: string; caseId: string })
  /** The execution fee (FEE arts 14, 20, 38: borne by the debtor, collected after execution) taken from the case's funds. */
  | (EntryBase & { kind: 'feeDeduction'; caseId: string; amountFen: bigint })
  /** The judge's allocation of the case's funds to its applicants. */
  | (EntryBase & { kind: 'allocation'; caseId: string; shares: readonly { applicantId: string; amountFen: bigint }[] })
  /** Paid out to an applicant's verified bank account, from what was allocated to them. */
  | (EntryBase & { kind: 'disbursement'; caseId: string; applicantId: string; amountFen: bigint })
  /** Undoes an earlier entry exactly (an entry is never edited or deleted). */
  | (EntryBase & { kind: 'reversal'; reversesId: string });

export type LedgerEntryKind = LedgerEntry['kind'];
export const LEDGER_ENTRY_KINDS: readonly LedgerEntryKind[] = ['receipt', 'claim', 'feeDeduction', 'allocation', 'disbursement', 'reversal'];

/** Where money sits, inside one court account — or `outside` it (payers and payees), the counterpart of every receipt and payout. */
export type Account =
  | { type: 'outside' }
  | { type: 'unmatched' }
  | { type: 'case'; caseId: string }
  | { type: 'allocated'; caseId: string; applicantId: string }
  | { type: 'fees'; caseId: string };

export interface Posting {
  courtAccount: string;
  account: Account;
  amountFen: bigint;
}

export interface PostedEntry {
  entry: LedgerEntry;
  postings: readonly Posting[];
  reversedBy: string | null;
}

export interface LedgerState {
  readonly balances: Map<string, bigint>;
  readonly entries: Map<string, PostedEntry>;
  /** Unmatched receipt id → the claim that took it. */
  readonly claims: Map<string, string>;
}

export function emptyLedger(): LedgerState {
  return { balances: new Map(), entries: new Map(), claims: new Map() };
}

export function accountKey(courtAccount: string, a: Account): string {
  const parts = [courtAccount, a.type, 'caseId' in a ? a.caseId : '', 'applicantId' in a ? a.applicantId : ''];
  return JSON.stringify(parts);
}

function fail(code: string, zh: string, en: string, details?: Record<string, unknown>, kind: 'invalid' | 'conflict' = 'invalid'): never {
  refuse(code, kind, zh, en, details);
}

function positive(amount: bigint, id: string): void {
  if (amount <= 0n) fail('LEDGER_AMOUNT_INVALID', `分录 ${id} 的金额应大于零。`, `Entry ${id}: the amount must be more than zero.`, { entryId: id });
}

const move = (courtAccount: string, from: Account, to: Account, amountFen: bigint): Posting[] => [
  { courtAccount, account: from, amountFen: -amountFen },
  { courtAccount, account: to, amountFen },
];

function claimPostings(state: LedgerState, e: Extract<LedgerEntry, { kind: 'claim' }>): Posting[] {
  const receipt = state.entries.get(e.receiptId);
  const r = receipt?.entry;
  if (!receipt || r?.kind !== 'receipt' || r.caseId !== null || receipt.reversedBy !== null || r.courtAccount !== e.courtAccount || state.claims.has(e.receiptId)) {
    fail('LEDGER_RECEIPT_NOT_CLAIMABLE', `款项 ${e.receiptId} 不是本账户待认领的不明款。`, `Receipt ${e.receiptId} is not an unclaimed receipt of this account.`, { receiptId: e.receiptId }, 'conflict');
  }
  return move(e.courtAccount, { type: 'unmatched' }, { type: 'case', caseId: e.caseId }, r.amountFen);
}

function reversalPostings(state: LedgerState, e: Extract<LedgerEntry, { kind: 'reversal' }>): Posting[] {
  const original = state.entries.get(e.reversesId);
  if (!original || original.entry.kind === 'reversal' || original.reversedBy !== null || original.entry.courtAccount !== e.courtAccount) {
    fail('LEDGER_REVERSAL_INVALID', `分录 ${e.reversesId} 不存在、已冲销或本身是冲销分录。`, `Entry ${e.reversesId} does not exist, is already reversed, or is itself a reversal.`, { reversesId: e.reversesId }, 'conflict');
  }
  // The 不明款 pool is shared: a claimed receipt's money is in its case now, so the claim is reversed first.
  if (original.entry.kind === 'receipt' && state.claims.has(original.entry.id)) {
    fail('LEDGER_REVERSAL_INVALID', `款项 ${e.reversesId} 已被认领，请先冲销认领分录。`, `Receipt ${e.reversesId} has been claimed: reverse the claim first.`, { reversesId: e.reversesId }, 'conflict');
  }
  return original.postings.map((p) => ({ ...p, amountFen: -p.amountFen }));
}

/** The postings an entry makes; every list sums to zero. */
export function postingsOf(state: LedgerState, e: LedgerEntry): Posting[] {
  const at = e.courtAccount;
  switch (e.kind) {
    case 'receipt':
      positive(e.amountFen, e.id);
      return move(at, { type: 'outside' }, e.caseId === null ? { type: 'unmatched' } : { type: 'case', caseId: e.caseId }, e.amountFen);
    case 'claim':
      return claimPostings(state, e);
    case 'feeDeduction':
      positive(e.amountFen, e.id);
      return move(at, { type: 'case', caseId: e.caseId }, { type: 'fees', caseId: e.caseId }, e.amountFen);
    case 'allocation': {
      if (e.shares.length === 0) fail('LEDGER_AMOUNT_INVALID', `分录 ${e.id} 没有分配对象。`, `Entry ${e.id} allocates to no one.`, { entryId: e.id });
      if (new Set(e.shares.map((s) => s.applicantId)).size !== e.shares.length) fail('LEDGER_AMOUNT_INVALID', `分录 ${e.id} 对同一申请人分配了两次。`, `Entry ${e.id} allocates twice to one applicant.`, { entryId: e.id });
      return e.shares.flatMap((s) => {
        positive(s.amountFen, e.id);
        return move(at, { type: 'case', caseId: e.caseId }, { type: 'allocated', caseId: e.caseId, applicantId: s.applicantId }, s.amountFen);
      });
    }
    case 'disbursement':
      positive(e.amountFen, e.id);
      return move(at, { type: 'allocated', caseId: e.caseId, applicantId: e.applicantId }, { type: 'outside' }, e.amountFen);
    case 'reversal':
      return reversalPostings(state, e);
  }
}

function refuseNegative(e: LedgerEntry, p: Posting, balance: bigint): never {
  const short = fenToYuan(-balance);
  if (e.kind === 'disbursement' && p.account.type === 'allocated') {
    fail('LEDGER_DISBURSEMENT_EXCEEDS_ALLOCATION', `发放金额超过分配给该申请人尚未发放的余额，差${short}元。`, `The payout exceeds what is allocated to this applicant and not yet paid, by ${short}.`, { entryId: e.id, shortFen: String(-balance) });
  }
  fail('LEDGER_BALANCE_INSUFFICIENT', `分录 ${e.id} 将使${p.account.type}账户余额为负（差${short}元）。`, `Entry ${e.id} would leave the ${p.account.type} balance negative (short by ${short}).`, { entryId: e.id, account: p.account, shortFen: String(-balance) });
}

/**
 * Posts one entry, or refuses it and changes nothing: a duplicate id, a bad amount or reference, or any balance inside
 * the court account going below zero.
 */
export function postEntry(state: LedgerState, e: LedgerEntry): PostedEntry {
  if (state.entries.has(e.id)) fail('LEDGER_ENTRY_DUPLICATE', `分录 ${e.id} 已经记账。`, `Entry ${e.id} is already posted.`, { entryId: e.id }, 'conflict');
  const postings = postingsOf(state, e);
  const next = new Map<string, bigint>();
  for (const p of postings) {
    const key = accountKey(p.courtAccount, p.account);
    next.set(key, (next.get(key) ?? state.balances.get(key) ?? 0n) + p.amountFen);
  }
  for (const p of postings) {
    const balance = next.get(accountKey(p.courtAccount, p.account))!;
    if (p.account.type !== 'outside' && balance < 0n) refuseNegative(e, p, balance);
  }
  for (const [key, balance] of next) state.balances.set(key, balance);
  const posted: PostedEntry = { entry: e, postings, reversedBy: null };
  state.entries.set(e.id, posted);
  if (e.kind === 'claim') state.claims.set(e.receiptId, e.id);
  if (e.kind === 'reversal') {
    const original = state.entries.get(e.reversesId)!;
    original.reversedBy = e.id;
    if (original.entry.kind === 'claim') state.claims.delete(original.entry.receiptId);
  }
  return posted;
}

/** Folds entries, in order, into a ledger; the first refused entry throws. */
export function foldLedger(entries: Iterable<LedgerEntry>): LedgerState {
  const state = emptyLedger();
  for (const e of entries) postEntry(state, e);
  return state;
}
