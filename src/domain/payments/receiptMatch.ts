// Which case a receipt pays: the case's own sub-account number or its 案号 quoted in the memo (一案一账号, FUNDS).
import { parseCaseNumber } from '../caseno/parse';
import { caseIdFromAccount } from './caseAccount';

export interface ReceiptReferences {
  /** Case ids named by a valid sub-account number in the memo or the account paid into. */
  caseIds: number[];
  /** Normalised 案号 quoted in the memo. */
  caseNumbers: string[];
}

const CASE_NUMBER_LIKE = /[（(〔[［]\s*\d{4}\s*[）)〕\]］][^（(〔[［\s,，;；]{2,16}?\d+\s*号/gu;

export function receiptReferences(memo: string, accountPrefix: string, creditedAccount = ''): ReceiptReferences {
  const text = memo.normalize('NFKC');
  const ids = new Set<number>();
  for (const candidate of [creditedAccount, ...(text.match(/\d[\d\s-]{8,30}\d/g) ?? [])]) {
    const id = candidate ? caseIdFromAccount(accountPrefix, candidate) : null;
    if (id !== null) ids.add(id);
  }
  const numbers = new Set<string>();
  for (const m of memo.matchAll(CASE_NUMBER_LIKE)) {
    const parsed = parseCaseNumber(m[0]);
    if (parsed.ok) numbers.add(parsed.normalized);
  }
  return { caseIds: [...ids], caseNumbers: [...numbers] };
}

export interface CandidateCase {
  id: number;
  courtId: number;
  caseNumber: string | null;
  /** Whether the case still takes fee payments (not closed, archived, rejected or withdrawn). */
  open: boolean;
  /** Whether the statement's account takes this case's money (fees vs execution funds: `fundAccountOf`); default yes. */
  sameAccount?: boolean;
}

/** The court accounts money arrives in: litigation fees (诉讼费) and execution funds (执行案款), kept apart (rules.md §5.7). */
export type FundAccount = 'fees' | 'execution';

// FUNDS [S]: execution funds are held in the court's execution account, apart from litigation fees.
const EXECUTION_FUND_CASE_TYPES: readonly string[] = ['执', '执恢'];

export function fundAccountOf(caseType: string): FundAccount {
  return EXECUTION_FUND_CASE_TYPES.includes(caseType) ? 'execution' : 'fees';
}

export type ReceiptDecision =
  | { outcome: 'post'; caseId: number; via: 'account' | 'caseNumber' }
  | { outcome: 'unidentified'; caseId: number | null; reason: 'noReference' | 'unknownCase' | 'ambiguous' | 'otherCourt' | 'otherAccount' | 'caseClosed' };

/**
 * Only an exact, single, open case of the importing court is posted automatically; anything else waits in the
 * 不明款 queue for a person to claim it with a reason (FUNDS: unmatched receipts are claimed to the case).
 */
export function decideReceipt(refs: ReceiptReferences, found: readonly CandidateCase[], courtId: number): ReceiptDecision {
  if (!refs.caseIds.length && !refs.caseNumbers.length) return { outcome: 'unidentified', caseId: null, reason: 'noReference' };
  const byId = found.filter((c) => refs.caseIds.includes(c.id));
  const byNumber = found.filter((c) => c.caseNumber !== null && refs.caseNumbers.includes(c.caseNumber));
  const cases = [...new Map([...byId, ...byNumber].map((c) => [c.id, c])).values()];
  if (!cases.length) return { outcome: 'unidentified', caseId: null, reason: 'unknownCase' };
  if (cases.length > 1) return { outcome: 'unidentified', caseId: null, reason: 'ambiguous' };
  const c = cases[0]!;
  if (c.courtId !== courtId) return { outcome: 'unidentified', caseId: null, reason: 'otherCourt' };
  // Fees paid into the execution account (or execution funds into the fee account) wait for a person to sort them out.
  if (c.sameAccount === false) return { outcome: 'unidentified', caseId: c.id, reason: 'otherAccount' };
  if (!c.open) return { outcome: 'unidentified', caseId: c.id, reason: 'caseClosed' };
  return { outcome: 'post', caseId: c.id, via: byId.some((x) => x.id === c.id) ? 'account' : 'caseNumber' };
}
