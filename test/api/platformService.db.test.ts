// Electronic service into the portal inbox: every service carries a file; the filer's side is served on arrival,
// the other side when it opens the file; each party's period runs from its own date; opening twice changes nothing;
// only the addressee, its lawyer and the serving court's staff may download it; no account, no platform service.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { docxText } from '../support/docxText';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { testClock } from '../support/testClock';
import { serverForSpec } from '../support/serverForSpec';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

const periods = async (api: ApiClient, id: number, kind: string) => (await api.get(`/api/v1/cases/${id}/clock`)).body.periods.filter((p: { kind: string }) => p.kind === kind);

describe('service through the platform', () => {
  test('the defendant is served when it opens the complaint copy, and its defence period runs from that day', async () => {
    clock.set('2026-03-02');
    const { id } = await fileLoanCase(world.server.baseUrl);
    await acceptCase(world.server.baseUrl, id, 'ordinary');
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    const li = (await clerk.get(`/api/v1/cases/${id}`)).body.parties.find((p: { name: string }) => p.name === '李四');
    const sent = await clerk.fire(id, 'serveOnPlatform', { document: 'complaintCopy', partyIds: [li.id] });
    expect(sent.status).toBe(200);
    // Not yet read: not served, no defence period, the court's service period still running.
    expect(await periods(clerk, id, 'defence')).toHaveLength(0);
    expect((await periods(clerk, id, 'serveComplaint'))[0].status).toBe('running');

    clock.set('2026-03-04');
    const lisi = await ApiClient.loggedIn(world.server.baseUrl, 'lisi');
    const inbox = await lisi.get('/api/v1/inbox');
    const item = inbox.body.items.find((d: { caseId: number }) => d.caseId === id);
    expect(item).toMatchObject({ document: 'complaintCopy', readAt: null, deemedOn: null });
    expect(item.fileName).toMatch(/^起诉状副本/);
    // The court's staff may look at what it sent: that is not the party opening it.
    expect((await clerk.bytes(`/api/v1/inbox/${item.id}/file`)).status).toBe(200);
    expect((await lisi.get(`/api/v1/inbox/${item.id}`)).body).toMatchObject({ readAt: null, deemedOn: null });
    // The complaint was filed online without an uploaded 起诉状: its copy is generated from what the filer entered.
    const opened = await lisi.bytes(`/api/v1/inbox/${item.id}/file`);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-disposition')).toContain('attachment');
    const text = await docxText(opened.bytes);
    expect(text).toContain('民事起诉状（副本）');
    expect(text).toContain('判令被告偿还借款本金人民币150000元');
    expect(text).toContain('被告：李四');
    const read = await lisi.get(`/api/v1/inbox/${item.id}`);
    expect(read.body).toMatchObject({ deemedOn: '2026-03-04' });
    expect(read.body.readAt).not.toBeNull();
    const [defence] = await periods(clerk, id, 'defence');
    // Read 03-04 → 15 days → 03-19 (Thursday).
    expect(defence).toMatchObject({ partyName: '李四', triggerOn: '2026-03-04', dueOn: '2026-03-19' });
    expect(defence.trace[0]['zh-CN']).toContain('平台电子送达');
    expect((await periods(clerk, id, 'serveComplaint'))[0].status).toBe('completed');
    const timeline = (await clerk.get(`/api/v1/cases/${id}/timeline`)).body.map((e: { event: string }) => e.event);
    expect(timeline).toContain('platformServiceRead');

    // Opening again (another tab, a download days later) changes nothing and gives the same file.
    clock.set('2026-03-05');
    const again = await lisi.bytes(`/api/v1/inbox/${item.id}/file?download=true`);
    expect(again.headers.get('x-content-sha256')).toBe(opened.headers.get('x-content-sha256'));
    expect(await periods(clerk, id, 'defence')).toHaveLength(1);
    expect((await clerk.get(`/api/v1/cases/${id}/timeline`)).body.filter((e: { event: string }) => e.event === 'platformServiceRead')).toHaveLength(1);
    // Nobody else can open it: the other party, another court's staff.
    for (const who of ['zhangsan', 'cc-filing']) {
      const other = await ApiClient.loggedIn(world.server.baseUrl, who);
      expect([who, (await other.bytes(`/api/v1/inbox/${item.id}/file`)).status]).toEqual([who, 404]);
      expect([who, (await other.get(`/api/v1/inbox/${item.id}`)).status]).toEqual([who, 404]);
    }
  });

  test('the filer, who gave this address, is served on arrival; a party without an account cannot be served this way', async () => {
    clock.set('2026-03-02');
    const { id } = await fileLoanCase(world.server.baseUrl);
    await acceptCase(world.server.baseUrl, id, 'ordinary');
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    const parties = (await clerk.get(`/api/v1/cases/${id}`)).body.parties;
    const zhang = parties.find((p: { name: string }) => p.name === '张三');
    const r = await clerk.fire(id, 'serveOnPlatform', { document: 'complaintCopy', partyIds: [zhang.id] });
    expect(r.status).toBe(200);
    const inbox = (await (await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan')).get('/api/v1/inbox')).body.items.find((d: { caseId: number }) => d.caseId === id);
    expect(inbox).toMatchObject({ deemedOn: '2026-03-02', readAt: null });

    await world.server.database.pool.query(`update case_parties set user_id = null where id = $1`, [parties.find((p: { name: string }) => p.name === '李四').id]);
    const none = await clerk.fire(id, 'serveOnPlatform', { document: 'complaintCopy', partyIds: [parties.find((p: { name: string }) => p.name === '李四').id] });
    expect([none.status, none.body.code]).toEqual([422, 'SERVICE_NO_PLATFORM_ACCOUNT']);
  });
});
