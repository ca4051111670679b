// 移送管辖 (CPL-2023 art 37) and 跨域立案 (issue 19 items 4–5): the history stays, the numbers are each court's own, one
// timeline for a forwarded filing, and the receiving court does not transfer a transferred case on.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { courtId, divisionId, requiredFilingMaterialIds } from '../support/fixtures';
import { assignedCase, loanComplaintFor } from '../support/jurisdictionScenario';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const login = (u: string) => ApiClient.loggedIn(world.server.baseUrl, u);
const events = async (api: ApiClient, id: number) => ((await api.get(`/api/v1/cases/${id}/timeline`)).body as { event: string; actorRole: string }[]).map((e) => e.event);

describe('移送管辖', () => {
  test('南关 transfers a registered case to 朝阳: closed here with 移送, registered there under 朝阳’s number, history kept', async () => {
    const c = await assignedCase(world.server.baseUrl);
    const judge = await login('ng-judge1');
    const chaoyang = await courtId(judge, '吉0104');
    const before = (await judge.get(`/api/v1/cases/${c.id}`)).body;
    expect(before.caseNumber).toMatch(/^（2026）吉0102民初\d+号$/);
    const self = await judge.fire(c.id, 'transferJurisdiction', { receivingCourtId: await courtId(judge, '吉0102'), reason: '无管辖权' });
    expect(self.body.code).toBe('TRANSFER_TO_SELF');
    const r = await judge.fire(c.id, 'transferJurisdiction', { receivingCourtId: chaoyang, reason: '被告住所地在朝阳区，本院无管辖权' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ node: 'closed', closingMethod: 'transfer', caseNumber: before.caseNumber });
    const moved = r.body.continuations[0];
    expect(moved).toMatchObject({ caseType: '民初', courtName: '长春市朝阳区人民法院', node: 'submitted', caseNumber: null });
    expect(await events(judge, c.id)).toEqual(['submit', 'accept', 'assign', 'transferJurisdiction']);

    // 朝阳's filing clerk registers it: a number of 朝阳, no second fee, the parties and materials there.
    const cy = await login('cy-filing');
    const accepted = await cy.fire(moved.id, 'accept', { procedure: 'simple', divisionId: await divisionId(cy, chaoyang) });
    expect(accepted.status).toBe(200);
    expect(accepted.body.caseNumber).toMatch(/^（2026）吉0104民初\d+号$/);
    expect(accepted.body.origin).toMatchObject({ id: c.id, caseNumber: before.caseNumber });
    expect(accepted.body.parties.map((p: { name: string }) => p.name)).toEqual(before.parties.map((p: { name: string }) => p.name));
    // Every material of the case at 南关 is on the file at 朝阳 (beside 朝阳's own notices of registration).
    const names = (x: { attachments: { fileName: string }[] }) => x.attachments.map((a) => a.fileName);
    expect(names(accepted.body)).toEqual(expect.arrayContaining(names(before)));
    expect((await cy.get(`/api/v1/cases/${moved.id}/fees`)).body.notices).toEqual([]);
    expect(await events(cy, moved.id)).toEqual(['receiveTransfer', 'accept']);
    // 朝阳 sees the history at 南关; the party follows both.
    expect((await cy.get(`/api/v1/cases/${c.id}`)).status).toBe(200);
    expect((await c.party.get(`/api/v1/cases/${moved.id}`)).status).toBe(200);

    // CPL-2023 art 37: 朝阳 may not transfer it on (it asks the higher court to designate).
    const chief = await login('cy-chief');
    const judges = (await chief.get(`/api/v1/cases/${moved.id}/eligible-judges`)).body as { id: number; displayName: string }[];
    await chief.fire(moved.id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judges.find((j) => j.displayName === '朝阳法院法官甲')!.id, reason: '测试' });
    const onward = await (await login('cy-judge1')).fire(moved.id, 'transferJurisdiction', { receivingCourtId: await courtId(cy, '吉0103'), reason: '再移送' });
    expect(onward.status).toBe(409);
    expect(onward.body.code).toBe('TRANSFER_ONWARD_FORBIDDEN');
  });
});

describe('跨域立案', () => {
  test('张三 files at 南关’s counter for 朝阳: 南关 forwards, 朝阳 registers, one timeline, counted by both courts', async () => {
    clock.set('2026-03-02');
    const ng = await login('ng-filing');
    const chaoyang = await courtId(ng, '吉0104');
    const complaint = { ...(await loanComplaintFor(ng, chaoyang)), attachmentIds: await requiredFilingMaterialIds(ng) };
    const own = await ng.post('/api/v1/filings/cross-region', { ...complaint, courtId: await courtId(ng, '吉0102') });
    expect(own.body.code).toBe('CROSS_REGION_SAME_COURT');
    // The clerk's identity check goes with the filing: without the mark nothing is taken.
    const unchecked = await ng.post('/api/v1/filings/cross-region', { ...complaint, identityChecked: false });
    expect(unchecked.status).toBe(400);
    const r = await ng.post('/api/v1/filings/cross-region', complaint);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ node: 'crossRegionReceived', courtName: '长春市朝阳区人民法院' });
    const id = r.body.id as number;
    const clockOf = async (api: ApiClient) => (await api.get(`/api/v1/cases/${id}/clock`)).body.periods as { kind: string; status: string; dueOn: string }[];
    // 2026-03-02 is a Monday: one working day.
    expect((await clockOf(ng)).find((p) => p.kind === 'crossRegionForwarding')).toMatchObject({ status: 'running', dueOn: '2026-03-03' });

    // 朝阳 sees it coming but acts only once it is forwarded; 南关 forwards and then only watches.
    const cy = await login('cy-filing');
    expect((await cy.fire(id, 'forwardFiling', { identityChecked: true, materialsChecked: true })).status).toBe(403);
    clock.set('2026-03-03');
    const fwd = await ng.fire(id, 'forwardFiling', { identityChecked: true, materialsChecked: true });
    expect(fwd.status).toBe(200);
    expect(fwd.body.node).toBe('submitted');
    expect((await ng.fire(id, 'accept', { procedure: 'simple', divisionId: await divisionId(ng, await courtId(ng, '吉0102')) })).status).toBe(403);
    expect((await clockOf(cy)).find((p) => p.kind === 'crossRegionForwarding')).toMatchObject({ status: 'completed' });
    // 朝阳's own review runs from the day it received the forwarded filing (FILING art 8: 7 days).
    expect((await clockOf(cy)).find((p) => p.kind === 'filingReview')).toMatchObject({ status: 'running', dueOn: '2026-03-10' });
    const acc = await cy.fire(id, 'accept', { procedure: 'simple', divisionId: await divisionId(cy, chaoyang) });
    expect(acc.status).toBe(200);
    expect(acc.body.caseNumber).toMatch(/^（2026）吉0104民初\d+号$/);

    // The party sees both courts' steps on the case's one timeline.
    const zhang = await login('zhangsan');
    const line = (await zhang.get(`/api/v1/cases/${id}/timeline`)).body as { event: string; actorRole: string; payload: Record<string, unknown> }[];
    expect(line.map((e) => e.event)).toEqual(['submitCrossRegion', 'forwardFiling', 'accept']);
    expect(line[0]!.payload).toMatchObject({ identityChecked: true });
    expect((await ng.get(`/api/v1/cases/${id}`)).status).toBe(200);

    // Statistics: received for others at 南关, received from others at 朝阳.
    const stats = async (api: ApiClient, court: number) => (await api.get(`/api/v1/statistics/cross-region?courtId=${court}&from=2026-03-01&to=2026-03-31`)).body;
    expect(await stats(await login('ng-chief'), await courtId(ng, '吉0102'))).toMatchObject({ receivedForOthers: 1, forwarded: 1, receivedFromOthers: 0 });
    expect(await stats(await login('cy-chief'), chaoyang)).toMatchObject({ receivedForOthers: 0, receivedFromOthers: 1, registered: 1 });
  });

  test('the forwarding period is the assisting court’s setting (an administrator’s, [U] 1 working day by default)', async () => {
    clock.set('2026-03-06');
    const admin = await login('admin');
    const ng = await login('ng-filing');
    const nanguan = await courtId(ng, '吉0102');
    expect((await admin.get(`/api/v1/admin/courts/${nanguan}/filing-settings`)).body).toEqual({ crossRegionForwardingDays: 1 });
    expect((await admin.put(`/api/v1/admin/courts/${nanguan}/filing-settings`, { crossRegionForwardingDays: 2 })).status).toBe(200);
    expect((await ng.put(`/api/v1/admin/courts/${nanguan}/filing-settings`, { crossRegionForwardingDays: 5 })).status).toBe(403);
    const r = await ng.post('/api/v1/filings/cross-region', { ...(await loanComplaintFor(ng, await courtId(ng, '吉0104'))), attachmentIds: await requiredFilingMaterialIds(ng) });
    expect(r.status).toBe(201);
    // Friday 2026-03-06 + 2 working days: Tuesday 2026-03-10.
    const periods = (await ng.get(`/api/v1/cases/${r.body.id}/clock`)).body.periods as { kind: string; dueOn: string }[];
    expect(periods.find((p) => p.kind === 'crossRegionForwarding')).toMatchObject({ dueOn: '2026-03-10' });
  });
});
