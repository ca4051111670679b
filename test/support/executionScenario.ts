// An execution case ready for money: a judgment served and effective, 张三 applies against 李四, the clerk registers it
// and assigns it to 南关法院执行员甲 — all through the real API.
import { ApiClient } from './apiClient';
import { courtId, divisionId } from './fixtures';
import { decidedCase } from './scenarios';
import type { TestClock } from './testClock';

export { bankInquiryAndFreeze } from './assetControlScenario';

/** The judgment served and effective, and 张三's application against 李四 waiting at `submitted` (2026-05-25). */
export async function submittedExecutionApplication(baseUrl: string, clock: TestClock): Promise<{ id: number; party: ApiClient }> {
  const c = await decidedCase(baseUrl, clock);
  const served = await c.judge.fire(c.id, 'recordService', { document: 'judgment', partyIds: [c.byName['张三'], c.byName['李四']], servedOn: '2026-03-31', method: 'direct' });
  if (served.status !== 200) throw new Error(`service failed: ${served.status} ${JSON.stringify(served.body)}`);
  clock.set('2026-05-25');
  const applied = await c.party.post('/api/v1/execution/applications', {
    titleCaseId: c.id,
    items: [{ kind: 'principal', label: '借款本金', amount: '100000.00', dueOn: '2026-04-25' }],
    interestTo: '2026-05-25',
    debtorPartyIds: [c.byName['李四']],
    assetClues: '',
    attachmentIds: [],
  });
  if (applied.status !== 201) throw new Error(`application failed: ${applied.status} ${JSON.stringify(applied.body)}`);
  return { id: applied.body.caseId as number, party: c.party };
}

export async function assignedExecutionCase(baseUrl: string, clock: TestClock) {
  const { id, party } = await submittedExecutionApplication(baseUrl, clock);
  const clerk = await ApiClient.loggedIn(baseUrl, 'ng-filing');
  const registered = await clerk.fire(id, 'registerExecution', {});
  if (registered.status !== 200) throw new Error(`register failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  const division = await divisionId(clerk, await courtId(clerk, '吉0102'), '执行局');
  const eligible = (await clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${division}`)).body as { id: number; displayName: string }[];
  const assigned = await clerk.fire(id, 'assignExecution', { judgeId: eligible.find((j) => j.displayName === '南关法院执行员甲')!.id });
  if (assigned.status !== 200) throw new Error(`assign failed: ${assigned.status} ${JSON.stringify(assigned.body)}`);
  const parties = assigned.body.parties as { id: number; name: string; standing: string }[];
  return {
    id,
    caseNumber: assigned.body.caseNumber as string,
    party,
    applicantId: parties.find((p) => p.standing === 'executionApplicant')!.id,
    debtorId: parties.find((p) => p.standing === 'executionDebtor')!.id,
  };
}

/**
 * The authorization matrix's 执 case after its payout: the officer asks to postpone paying out the rest and finance
 * approves it; then finance takes the rest as the execution fee (which it does not cover), so nothing is held.
 */
export async function postponeThenTakeFee(officer: ApiClient, finance: ApiClient, caseId: number): Promise<{ postponementId: number; disbursementEntryId: number }> {
  const ok = async (r: Promise<{ status: number; body: any }>, what: string, status = 200) => {
    const res = await r;
    if (res.status !== status) throw new Error(`fixture: ${what} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const postponement = await ok(officer.post(`/api/v1/cases/${caseId}/execution/postponements`, { reason: 'allocationPending', untilOn: '2099-12-31' }), 'postponement', 201);
  await ok(finance.post(`/api/v1/execution/postponements/${postponement.id}/approve`, {}), 'postponement approval');
  await ok(finance.post(`/api/v1/cases/${caseId}/execution/fee-deduction`), 'fee deduction');
  const { entries } = await ok(finance.get(`/api/v1/cases/${caseId}/execution/funds`), 'execution funds');
  return { postponementId: postponement.id, disbursementEntryId: entries.find((e: { kind: string }) => e.kind === 'disbursement').id };
}
