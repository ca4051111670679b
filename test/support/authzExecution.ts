// The authorization matrix's execution objects: 南关's seeded 快执团队, and the 失信与限消 objects on 南关's 执 case, each in a state where every request of the matrix is
// refused after its checks without changing anything: a lifted restriction order (decision and lift: 409), a deleted
// listing (decision, deletion, correction: 409) and a finished correction application (every step: 409).
import type { ApiClient } from './apiClient';
import type { TestServer } from './testServer';

export interface CreditReference {
  restrictionId: number;
  listingId: number;
  correctionId: number;
  /** The applicant of the case: a proposal for them is refused (422, not a debtor). */
  applicantPartyId: number;
}

interface WorldLike {
  server: TestServer;
  court(code: string): Promise<number>;
  as(username: string): Promise<ApiClient>;
  ok(r: Promise<{ status: number; body: any }>, what: string, status?: number): Promise<any>;
}

export async function creditObjects(w: WorldLike, caseId: number): Promise<CreditReference> {
  const officer = await w.as('ng-exec1');
  const president = await w.as('ng-president');
  const detail = await w.ok(officer.get(`/api/v1/cases/${caseId}`), 'execution case');
  const party = (standing: string) => detail.parties.find((p: { standing: string }) => p.standing === standing).id as number;
  const debtorId = party('executionDebtor');
  const order = await w.ok(officer.post(`/api/v1/cases/${caseId}/credit/restrictions`, { partyId: debtorId }), 'restriction', 201);
  await w.ok(president.post(`/api/v1/credit/restrictions/${order.id}/decision`, { approve: true }), 'restriction signed');
  await w.ok(officer.post(`/api/v1/credit/restrictions/${order.id}/lift`, { reason: 'applicantConsent' }), 'restriction lifted');
  const listing = await w.ok(officer.post(`/api/v1/cases/${caseId}/credit/listings`, { partyId: debtorId, ground: 4, initiative: 'exOfficio', facts: '违反财产报告制度。' }), 'listing', 201);
  await w.ok(president.post(`/api/v1/credit/listings/${listing.id}/decision`, { approve: true }), 'listing signed');
  // The listed person's application, already corrected: written as the row the flow leaves (the debtor has no account).
  const pool = w.server.database.pool;
  const [u] = (await pool.query(`select id from users where username = 'ng-exec1'`)).rows;
  const [k] = (await pool.query(`insert into dishonest_corrections (listing_id, reason, applied_by, applied_on, status, corrected_on) values ($1, '矩阵', $2, current_date, 'corrected', current_date) returning id`, [listing.id, u.id])).rows;
  await w.ok(officer.post(`/api/v1/credit/listings/${listing.id}/delete`, { ground: 'corrected' }), 'listing deleted');
  return { restrictionId: order.id, listingId: listing.id, correctionId: Number(k.id), applicantPartyId: party('executionApplicant') };
}

/** 南关's seeded 快执团队. */
export async function executionTeam(w: WorldLike, admin: ApiClient): Promise<number> {
  const teams = await w.ok(admin.get(`/api/v1/admin/execution/teams?courtId=${await w.court('吉0102')}&kind=fast`), 'execution teams');
  return teams.items[0].id;
}
