// 终本 the only lawful way (ZHONGBEN arts 1–5; CPL-Interp art 517), through the real API: three months after 立案 the
// officer serves the notices, records the report and the whereabouts, the 院长 signs a 限制消费令 for each debtor, the
// 工商银行 (总对总) and 南关 real-estate registry (点对点) answer their inquiries finding nothing, the applicant is
// interviewed, the officer proposes and the 院长 approves.
import { endOfRoundEarliest } from '../../src/domain/execution/endOfRound';
import type { ApiClient } from './apiClient';
import type { TestClock } from './testClock';

type As = (username: string) => Promise<ApiClient>;
type Res = { status: number; body: any };

const ok = async (r: Promise<Res>, what: string, status = 200) => {
  const res = await r;
  if (res.status !== status) throw new Error(`终本 fixture: ${what} answered ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** The agencies that answer in the fixture, by their demo names (src/server/db/seed/demoProvince.ts). */
export const ANSWERING_AGENCIES = [
  { user: 'agency-icbc', name: '中国工商银行（总对总）' },
  { user: 'agency-ng-realestate', name: '长春市南关区不动产登记中心' },
];

/**
 * Everything 终本 needs on an assigned or implementing 执 case at 南关, then the proposal; `approve`: also the 院长's
 * approval (`propose: false`: everything but the proposal). The clock is moved on to three months after 立案 when it is
 * earlier, and stays there unless `backToToday`.
 */
export async function endCurrentRound(as: As, clock: TestClock, caseId: number, o: { officer?: string; propose?: boolean; approve?: boolean; backToToday?: boolean } = {}): Promise<void> {
  const officer = await as(o.officer ?? 'ng-exec1');
  const president = await as('ng-president');
  const detail = await ok(officer.get(`/api/v1/cases/${caseId}`), 'case');
  // ZHONGBEN art 1(4): more than three months since 立案.
  const earliest = endOfRoundEarliest(detail.acceptedOn);
  const before = clock.today();
  if (before < earliest) clock.set(earliest);
  await endRound(officer, president, as, clock, caseId, detail, o.propose === false ? 'record' : o.approve === false ? 'propose' : 'approve');
  // `backToToday`: a world built at one date goes on at it (only this case's 终本 happened months on).
  if (o.backToToday) clock.set(before);
}

async function endRound(officer: ApiClient, president: ApiClient, as: As, clock: TestClock, caseId: number, detail: any, upTo: 'record' | 'propose' | 'approve'): Promise<void> {
  const fire = (c: ApiClient, event: string, input: Record<string, unknown>) => ok(c.fire(caseId, event, input), event);
  const today = clock.today();
  const debtors: number[] = detail.parties.filter((p: { standing: string }) => p.standing === 'executionDebtor').map((p: { id: number }) => p.id);
  if (detail.node === 'assigned') await fire(officer, 'issueExecutionNotice', {});
  for (const document of ['executionNotice', 'propertyReportOrder']) await fire(officer, 'recordExecutionService', { document, partyIds: debtors, servedOn: today, method: 'direct' });
  for (const partyId of debtors) {
    await fire(officer, 'recordPropertyReport', { partyId, reported: false, verified: false, measure: 'fine', note: '逾期未报告，罚款' });
    await fire(officer, 'recordDebtorSearch', { partyId, whereabouts: 'known' });
    // CONSUME-2010 art 5: the order signed by the 院长 (one may already be proposed with a 失信 listing).
    const credit = await ok(officer.get(`/api/v1/cases/${caseId}/credit`), 'credit sanctions');
    const open = (credit.restrictions as { id: number; partyId: number; status: string }[]).find((r) => r.partyId === partyId && (r.status === 'proposed' || r.status === 'signed'));
    const order = open ?? (await ok(officer.post(`/api/v1/cases/${caseId}/credit/restrictions`, { partyId }), 'consumption restriction', 201));
    if (order.status !== 'signed') await ok(president.post(`/api/v1/credit/restrictions/${order.id}/decision`, { approve: true }), 'president signs the restriction');
  }
  const control = await ok(officer.get(`/api/v1/cases/${caseId}/asset-control`), 'asset control');
  const agencyIds = ANSWERING_AGENCIES.map((a) => control.agencies.find((x: { name: string }) => x.name === a.name)!.id as number);
  await ok(officer.post(`/api/v1/cases/${caseId}/asset-control/inquiries`, { partyIds: debtors, agencyIds }), 'inquiries', 201);
  for (const a of ANSWERING_AGENCIES) {
    const staff = await as(a.user);
    const list = await ok(staff.get(`/api/v1/agency/requests?status=sent&pageSize=100`), 'agency requests');
    for (const r of (list.items as { id: number; caseNumber?: string }[]).filter((x) => x.caseNumber === detail.caseNumber)) await ok(staff.post(`/api/v1/agency/requests/${r.id}/answer`, { assets: [] }), 'agency answer');
  }
  await fire(officer, 'interviewApplicant', { heldOn: today, bankruptcyRequested: false, opinion: '同意终结本次执行程序，发现财产线索后申请恢复执行' });
  if (upTo === 'record') return;
  await fire(officer, 'proposeEndOfRound', {});
  if (upTo === 'approve') await fire(president, 'approveEndOfRound', { note: '同意' });
}
