// What a retrial is charged (FEE arts 9, 19; rules.md §4.4): nothing, except a retrial ordered on new evidence, or one
// a party sought against a first-instance judgment it did not appeal — then the fee on the contested part.
import { acceptanceFeeRequest } from './acceptanceFee';
import type { FeeRequest } from './calculateFee';

export interface RetrialFeeFacts {
  /** The grounds of the application (CPL-2023 art 211); [U] the ruling's own ground is not recorded, the application's stand for it. */
  grounds: readonly string[];
  /** 民初: the first-instance judgment took effect unappealed; [U] an appellee of a 民终 who did not appeal is not told apart. */
  originalCaseType: string;
  /** [U] the original claim's amount stands for the contested part. */
  amountFen: number | null;
}

export function retrialFeeFor(f: RetrialFeeFacts): { request: FeeRequest; source: string } | null {
  const newEvidence = f.grounds.includes('newEvidence');
  const notAppealed = f.originalCaseType === '民初';
  if (!newEvidence && !notAppealed) return null;
  // The schedule of the first instance (FEE art 13), without the simple-procedure half (a retrial is never simple).
  return { request: acceptanceFeeRequest({ caseType: '民初', amountFen: f.amountFen, procedure: null }), source: newEvidence ? 'FEE arts 9, 19' : 'FEE art 9' };
}
