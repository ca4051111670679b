// The whole civil path over real HTTP and PostgreSQL: online filing → acceptance with a number → assignment →
// hearing → judgment → appeal opening a linked 民终 case in the intermediate court's filing queue.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { courtId, divisionId, loanComplaint, TINY_PDF, todayInShanghai } from '../support/fixtures';
import { closeInput } from '../support/scenarios';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('a civil case from online filing to appeal', () => {
  test('every actor does their part and sees the result at once', async () => {
    const base = server.baseUrl;
    const today = todayInShanghai();
    const zhangsan = await ApiClient.loggedIn(base, 'zhangsan');

    const up = await zhangsan.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint');
    expect(up.status).toBe(201);
    expect(up.body.sha256).toMatch(/^[0-9a-f]{64}$/);

    const filing = await zhangsan.post('/api/v1/filings', await loanComplaint(zhangsan, { requiredMaterials: false, attachmentIds: [up.body.id] }));
    expect(filing.status).toBe(201);
    const id = filing.body.id;
    expect(filing.body.node).toBe('submitted');
    expect(filing.body.caseNumber).toBeNull();
    expect(filing.body.title).toBe('张三诉李四民间借贷纠纷');
    expect(filing.body.attachments).toHaveLength(1);

    const clerk = await ApiClient.loggedIn(base, 'ng-filing');
    const queue = await clerk.get('/api/v1/cases?view=filingQueue');
    const row = queue.body.items.find((x: { id: number }) => x.id === id);
    expect(row).toMatchObject({ daysWaiting: 0, receivedOn: today, reviewUrgency: 'normal' });
    expect(row.reviewDueOn > today).toBe(true);

    const ngCourt = await courtId(clerk, '吉0102');
    const civil = await divisionId(clerk, ngCourt);
    const accepted = await clerk.fire(id, 'accept', { procedure: 'simple', divisionId: civil });
    expect(accepted.status).toBe(200);
    expect(accepted.body.caseNumber).toBe(`（${today.slice(0, 4)}）吉0102民初1号`);
    expect(accepted.body.node).toBe('accepted');

    const seen = await zhangsan.get(`/api/v1/cases/${id}`);
    expect(seen.body.caseNumber).toBe(accepted.body.caseNumber);

    const chief = await ApiClient.loggedIn(base, 'ng-chief');
    const judges = await chief.get(`/api/v1/cases/${id}/eligible-judges`);
    const judge1 = judges.body.find((j: { displayName: string }) => j.displayName === '南关法院法官甲');
    const assigned = await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judge1.id, reason: '承办法官熟悉民间借贷类案件' });
    expect(assigned.status).toBe(200);
    expect(assigned.body.panel).toEqual([{ userId: judge1.id, name: '南关法院法官甲', role: 'sole' }]);

    const judge = await ApiClient.loggedIn(base, 'ng-judge1');
    const mine = await judge.get('/api/v1/cases?view=mine&openOnly=true');
    expect(mine.body.items.map((x: { id: number }) => x.id)).toContain(id);
    const detail = await judge.get(`/api/v1/cases/${id}`);
    expect(detail.body.allowedEvents.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['scheduleHearing', 'close', 'convertToOrdinary']));
    expect(detail.body.allowedEvents.map((e: { name: string }) => e.name)).not.toContain('assign');

    const rooms = await judge.get(`/api/v1/courts/${ngCourt}/rooms`);
    const hearing = await judge.fire(id, 'scheduleHearing', { startsAt: `${today}T00:00:00+08:00`, endsAt: `${today}T00:30:00+08:00`, roomId: rooms.body[0].id });
    expect(hearing.status).toBe(200);
    expect(hearing.body.hearings[0]).toMatchObject({ status: 'scheduled', roomName: rooms.body[0].name });

    expect((await judge.fire(id, 'recordHearing', { summary: '双方到庭，完成法庭调查与辩论。' })).status).toBe(200);
    const closed = await judge.fire(id, 'close', await closeInput(judge, { method: 'judgment', closedOn: today, summary: '判决被告偿还借款15万元。' }));
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ node: 'closed', closingMethod: 'judgment', closedOn: today });

    // The defendant appeals: the 民终 case opens at 长春中院 with the parties in their appeal standing.
    const lisi = await ApiClient.loggedIn(base, 'lisi');
    const firstInstance = await lisi.get(`/api/v1/cases/${id}`);
    const lisiParty = firstInstance.body.parties.find((p: { name: string }) => p.name === '李四');
    expect(firstInstance.body.allowedEvents.map((e: { name: string }) => e.name)).toContain('appeal');
    const appealed = await lisi.fire(id, 'appeal', { partyIds: [lisiParty.id], reasons: '一审认定事实不清。' });
    expect(appealed.status).toBe(200);
    expect(appealed.body.continuations).toHaveLength(1);
    const appealId = appealed.body.continuations[0].id;

    const ccClerk = await ApiClient.loggedIn(base, 'cc-filing');
    const ccQueue = await ccClerk.get('/api/v1/cases?view=filingQueue');
    expect(ccQueue.body.items.map((x: { id: number }) => x.id)).toContain(appealId);
    const appeal = await ccClerk.get(`/api/v1/cases/${appealId}`);
    expect(appeal.body).toMatchObject({ caseType: '民终', node: 'submitted', courtName: '吉林省长春市中级人民法院' });
    expect(appeal.body.origin).toMatchObject({ id, caseNumber: accepted.body.caseNumber });
    const standing = Object.fromEntries(appeal.body.parties.map((p: { name: string; standing: string }) => [p.name, p.standing]));
    expect(standing).toEqual({ 张三: 'appellee', 李四: 'appellant' });
    // The appeal court can read the first-instance case and its materials.
    const origin = await ccClerk.get(`/api/v1/cases/${id}`);
    expect(origin.status).toBe(200);
    const file = await ccClerk.get(`/api/v1/attachments/${origin.body.attachments[0].id}/content`);
    expect(file.status).toBe(200);
    expect(file.headers.get('x-content-sha256')).toBe(up.body.sha256);

    const timeline = await judge.get(`/api/v1/cases/${id}/timeline`);
    expect(timeline.body.map((e: { event: string }) => e.event)).toEqual(['submit', 'accept', 'assign', 'scheduleHearing', 'recordHearing', 'close', 'appeal']);
    expect(timeline.body[1]).toMatchObject({ nodeBefore: 'submitted', nodeAfter: 'accepted', actorName: '南关法院立案员' });
  });
});
