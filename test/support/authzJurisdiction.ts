// The authorization matrix's part of issue 19 items 4–5: the requests of the jurisdiction routes, and the world's 民初
// case waiting at crossRegionReceived (taken at 南关's counter for 宽城, not yet forwarded).
import type { ApiClient } from './apiClient';
import type { CourtObjects } from './authzWorld';
import { courtId, requiredFilingMaterialIds } from './fixtures';
import { loanComplaintFor } from './jurisdictionScenario';

type Build = (o: CourtObjects, ref: unknown, me: { idNumber: string | null; displayName: string; roles: string[] } | null) => { path: string; body?: unknown };

/** `filing`: the matrix's complaint as the actor would make it (a clerk marking "self" is refused: 422). */
export const jurisdictionRequests = (filing: (o: CourtObjects, me: Parameters<Build>[2]) => Record<string, unknown>): Record<string, Build> => ({
  'POST /api/v1/jurisdiction/proposal': (o) => ({ path: '/api/v1/jurisdiction/proposal', body: { causeId: o.causeId, courtId: o.courtId, places: { plaintiffDomiciles: ['220102'], defendantDomiciles: ['220102'] } } }),
  'GET /api/v1/cases/{id}/jurisdiction': (o) => ({ path: `/api/v1/cases/${o.caseId}/jurisdiction` }),
  // Past the role check the clerk's complaint marks a "self" party (422 FILING_SELF_NOT_ALLOWED): nothing is taken.
  'POST /api/v1/filings/cross-region': (o, _ref, me) => ({ path: '/api/v1/filings/cross-region', body: { caseType: '民初', courtId: o.courtId, ...filing(o, me), identityChecked: true } }),
  'GET /api/v1/admin/jurisdiction-rules': () => ({ path: '/api/v1/admin/jurisdiction-rules' }),
  // The administrator's rule is refused for its parameters (422), its end for a rule that does not exist (404).
  'POST /api/v1/admin/jurisdiction-rules': () => ({ path: '/api/v1/admin/jurisdiction-rules', body: { key: 'matrix', kind: 'exclusive', label: { 'zh-CN': '矩阵', en: 'matrix' }, source: 'matrix', params: { causeKeys: 'all' }, effectiveFrom: '2027-01-01' } }),
  'POST /api/v1/admin/jurisdiction-rules/{id}/end': () => ({ path: '/api/v1/admin/jurisdiction-rules/2000000000/end', body: { effectiveTo: '2099-12-31' } }),
  'GET /api/v1/admin/courts/{id}/filing-settings': (o) => ({ path: `/api/v1/admin/courts/${o.courtId}/filing-settings` }),
  // The default again: the administrator's cell changes nothing another row depends on.
  'PUT /api/v1/admin/courts/{id}/filing-settings': (o) => ({ path: `/api/v1/admin/courts/${o.courtId}/filing-settings`, body: { crossRegionForwardingDays: 1 } }),
  'GET /api/v1/statistics/cross-region': (o) => ({ path: `/api/v1/statistics/cross-region?courtId=${o.courtId}&from=2026-01-01&to=2027-12-31` }),
});

/** A 跨域 filing taken by 南关's filing clerk for 宽城, waiting to be forwarded. */
export async function crossRegionCase(clerk: ApiClient): Promise<number> {
  const complaint = { ...(await loanComplaintFor(clerk, await courtId(clerk, '吉0103'))), attachmentIds: await requiredFilingMaterialIds(clerk) };
  const r = await clerk.post('/api/v1/filings/cross-region', complaint);
  if (r.status !== 201) throw new Error(`cross-region filing: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id as number;
}
