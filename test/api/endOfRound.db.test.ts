// 终结本次执行程序 (issue 18 item 4; ZHONGBEN arts 1–3, 5, 9): the officer's record of what the checklist reads — the
// execution notices served, the debtor's property report, the debtor's whereabouts, the interview of the applicant.
// Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { assignedExecutionCase } from '../support/executionScenario';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let officer: ApiClient;
let chief: ApiClient;
beforeAll(async () => {
  [officer, chief] = await Promise.all([ApiClient.loggedIn(world.server.baseUrl, 'ng-exec1'), ApiClient.loggedIn(world.server.baseUrl, 'ng-execchief')]);
});

type Event = { event: string; payload: Record<string, unknown> };
const timeline = async (id: number): Promise<Event[]> => (await officer.get(`/api/v1/cases/${id}/timeline`)).body;

describe('the record 终本 is checked from', () => {
  test('the notices are served like any document; the report, the search and the interview are recorded for debtors only', async () => {
    const e = await assignedExecutionCase(world.server.baseUrl, clock);
    expect((await officer.fire(e.id, 'issueExecutionNotice', {})).status).toBe(200);
    const served = await officer.fire(e.id, 'recordExecutionService', { document: 'propertyReportOrder', partyIds: [e.debtorId], servedOn: '2026-05-26', method: 'direct' });
    expect(served.status).toBe(200);
    const platform = await officer.fire(e.id, 'serveExecutionDocument', { document: 'executionNotice', partyIds: [e.debtorId] });
    expect(platform.status).toBe(200);
    const list = (await officer.get(`/api/v1/cases/${e.id}/service`)).body.tasks as { document: string; partyId: number; status: string }[];
    expect(list).toEqual(expect.arrayContaining([expect.objectContaining({ document: 'propertyReportOrder', partyId: e.debtorId, status: 'served' }), expect.objectContaining({ document: 'executionNotice', partyId: e.debtorId, method: 'electronic' })]));

    const wrongParty = await officer.fire(e.id, 'recordPropertyReport', { partyId: e.applicantId, reported: false, verified: false, measure: 'fine' });
    expect(wrongParty.status).toBe(422);
    expect(wrongParty.body.code).toBe('EXECUTION_DEBTOR_UNKNOWN');
    expect((await officer.fire(e.id, 'recordPropertyReport', { partyId: e.debtorId, reported: false, verified: false, measure: 'fine', note: '罚款一万元' })).status).toBe(200);
    expect((await officer.fire(e.id, 'recordDebtorSearch', { partyId: e.debtorId, whereabouts: 'known' })).status).toBe(200);
    const future = await officer.fire(e.id, 'interviewApplicant', { heldOn: '2099-01-01', bankruptcyRequested: false, opinion: '同意' });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('INTERVIEW_DATE_IN_FUTURE');
    expect((await officer.fire(e.id, 'interviewApplicant', { heldOn: clock.today(), bankruptcyRequested: true, opinion: '申请移送破产审查' })).status).toBe(200);
    expect((await chief.fire(e.id, 'interviewApplicant', { heldOn: clock.today(), bankruptcyRequested: false, opinion: 'x' })).status).toBe(403);

    const events = await timeline(e.id);
    const names = events.map((x) => x.event);
    expect(names).toEqual(expect.arrayContaining(['recordExecutionService', 'recordPropertyReport', 'recordDebtorSearch', 'interviewApplicant']));
    expect(names.filter((n) => n === 'recordPropertyReport')).toHaveLength(1);
    expect(events.find((x) => x.event === 'recordPropertyReport')!.payload).toEqual(expect.objectContaining({ partyName: '李四' }));
  });
});
