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
