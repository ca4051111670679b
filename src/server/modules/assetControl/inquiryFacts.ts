// PLACEHOLDER (branch endround only): replaced by h18-query's module at merge.
import type { Queryable, Tx } from '../../db/database';
import type { Deps } from '../../deps';

export interface InquiryFact { channel: 'national' | 'local'; partyId: number; agencyKind: string; answeredOn: string; found: boolean }
export async function inquiryFacts(_q: Queryable, _caseId: number): Promise<InquiryFact[]> {
  return [];
}
export async function sendInquiries(_tx: Tx, _deps: Deps, _caseId: number, _partyIds: number[], _channel: 'national' | 'local', _requestedBy: number | null): Promise<number[]> {
  return [];
}
