// What 终本 (rules.md §5.3 condition 3: 总对总 and 点对点 inquiries done and negative) and its periodic re-query
// (ZHONGBEN art 9 [S]: every 6 months for 5 years) need from 网络查控: the answered inquiries of a case, and a way to
// send inquiries to every agency of a channel — by the officer, or by the system without an approval step.
import { sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { lockCase } from '../cases/caseRecord';
import { caseNotFound } from '../../access/casePolicy';
import { createInquiries } from './requests';

export interface InquiryFact {
  channel: 'national' | 'local';
  partyId: number;
  agencyKind: string;
  /** YYYY-MM-DD, court time zone. */
  answeredOn: string;
  /** Any asset in the answer. */
  found: boolean;
}

/** The case's answered inquiries, the oldest first. */
export async function inquiryFacts(q: Queryable, caseId: number): Promise<InquiryFact[]> {
  const r = await q.execute<{ channel: 'national' | 'local'; party_id: string; kind: string; answered_on: string; found: boolean }>(sql`
    select q.channel, q.party_id, a.kind, q.answered_on::text as answered_on, coalesce((q.answer ->> 'found')::boolean, false) as found
      from asset_control_requests q join agencies a on a.id = q.agency_id
     where q.case_id = ${caseId} and q.kind = 'inquiry' and q.status = 'answered'
     order by q.answered_on, q.id`);
  return r.rows.map((x) => ({ channel: x.channel, partyId: Number(x.party_id), agencyKind: x.kind, answeredOn: x.answered_on, found: x.found }));
}

/**
 * Inquiries about the given debtors to every active agency of the channel available to the case's court, in the
 * caller's transaction (the case is locked here). `requestedBy` null is the system (the periodic re-query): no
 * approval step. Returns the request ids.
 */
export async function sendInquiries(tx: Tx, deps: Deps, caseId: number, partyIds: number[], channel: 'national' | 'local', requestedBy: number | null): Promise<number[]> {
  const c = await lockCase(tx, caseId);
  if (!c) throw caseNotFound();
  return createInquiries(tx, c, { partyIds, agencyIds: null, channel, requestedBy, actorRole: requestedBy === null ? null : 'judge', at: deps.clock.now() });
}
