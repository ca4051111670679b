// The 审限 on real PostgreSQL: started on registration, kept on conversion, extended by the 院长 and then by the
// higher court, lengthened by deductions, refused when applied for too late or decided without the power.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { testClock } from '../support/testClock';
import { startTestServer, type TestServer } from '../support/testServer';

const clock = testClock('2026-03-02');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(async () => {
  await server?.close();
});

async function assigned(procedure = 'simple') {
  clock.set('2026-03-02');
  const { id, party } = await fileLoanCase(server.baseUrl);
  await acceptCase(server.baseUrl, id, procedure);
  const chief = await ApiClient.loggedIn(server.baseUrl, 'ng-chief');
  const judges = await chief.get(`/api/v1/cases/${id}/eligible-judges`);
  const j1 = judges.body.find((j: { displayName: string }) => j.displayName === '南关法院法官甲');
  await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: j1.id, reason: '测试' });
  return { id, party };
}

const periodOf = (clockBody: any, kind: string) => clockBody.periods.find((p: { kind: string }) => p.kind === kind);

describe('the trial limit', () => {
  test('starts the day after registration, with the fee and service periods, each with its derivation', async () => {
    const { id, party } = await assigned();
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    const c = (await judge.get(`/api/v1/cases/${id}/clock`)).body;
    const limit = periodOf(c, 'trialLimit');
    expect(limit).toMatchObject({ dueOn: '2026-06-02', triggerOn: '2026-03-02', status: 'running', daysLeft: 92 });
    expect(limit.trace.map((s: { 'zh-CN': string }) => s['zh-CN']).join(' ')).toContain('2026-03-02');
    expect(periodOf(c, 'feePayment')).toMatchObject({ dueOn: '2026-03-09', audience: 'party' });
    // 2026-03-07 is a Saturday: the 5-day service period rolls to Monday (CPL-2023 art 85).
    expect(periodOf(c, 'serveComplaint')).toMatchObject({ baseDueOn: '2026-03-07', dueOn: '2026-03-09' });
    expect(c.periods.find((p: { kind: string; status: string }) => p.kind === 'filingReview')).toMatchObject({ status: 'completed', dueOn: '2026-03-09' });
    // The party sees the same clock on their own case.
    expect(periodOf((await party.get(`/api/v1/cases/${id}/clock`)).body, 'trialLimit').dueOn).toBe('2026-06-02');
    const list = await judge.get('/api/v1/cases?view=mine&openOnly=true&pageSize=100');
    expect(list.body.items.find((x: { id: number }) => x.id === id)).toMatchObject({ trialLimitDueOn: '2026-06-02', alertLevel: 'none' });
  });

  test('conversion to ordinary procedure keeps the original start (CPL-Interp art 258)', async () => {
    const { id } = await assigned();
    clock.set('2026-04-10');
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    const r = await judge.fire(id, 'convertToOrdinary', { procedure: 'ordinary', reason: '案情复杂' });
    expect(r.status).toBe(200);
    expect(periodOf((await judge.get(`/api/v1/cases/${id}/clock`)).body, 'trialLimit').dueOn).toBe('2026-09-02');
  });

  test('extensions: the 院长 first, then the higher court, then no more', async () => {
    const { id } = await assigned('ordinary');
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    clock.set('2026-08-01');
    const applied = await judge.fire(id, 'applyExtension', { reason: '需要鉴定，案情复杂' });
    expect(applied.status).toBe(200);
    expect((await judge.fire(id, 'applyExtension', { reason: '再次申请' })).body.code).toBe('EXTENSION_PENDING');
    let c = (await judge.get(`/api/v1/cases/${id}/clock`)).body;
    const first = c.extensions[0];
    expect(first).toMatchObject({ status: 'pending', approver: 'president', length: { months: 6 } });

    // Someone without the power cannot decide it.
    const chief = await ApiClient.loggedIn(server.baseUrl, 'ng-chief');
    expect((await chief.fire(id, 'approveExtension', { extensionId: first.id })).body.code).toBe('CASE_EVENT_FORBIDDEN');
    const otherPresident = await ApiClient.loggedIn(server.baseUrl, 'cc-president');
    expect((await otherPresident.fire(id, 'approveExtension', { extensionId: first.id })).status).toBe(404);

    const president = await ApiClient.loggedIn(server.baseUrl, 'ng-president');
    const queue = await president.get('/api/v1/extensions/pending');
    expect(queue.body.items.map((e: { id: number }) => e.id)).toContain(first.id);
    expect((await president.fire(id, 'approveExtension', { extensionId: first.id, note: '同意延长六个月' })).status).toBe(200);
    c = (await judge.get(`/api/v1/cases/${id}/clock`)).body;
    expect(periodOf(c, 'trialLimit').dueOn).toBe('2027-03-02');
    expect(periodOf(c, 'trialLimit').trace.map((s: { 'zh-CN': string }) => s['zh-CN']).join(' ')).toMatch(/延长/);
    expect(c.nextExtension).toMatchObject({ approver: 'higherCourt', length: { months: 3 } });

    // The second extension goes to the higher court's president, not this court's.
    clock.set('2027-02-01');
    expect((await judge.fire(id, 'applyExtension', { reason: '鉴定尚未完成' })).status).toBe(200);
    c = (await judge.get(`/api/v1/cases/${id}/clock`)).body;
    const second = c.extensions[1];
    expect(second).toMatchObject({ approver: 'higherCourt', decidingCourtName: '吉林省长春市中级人民法院', status: 'pending' });
    const own = await president.fire(id, 'approveExtension', { extensionId: second.id });
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('EXTENSION_APPROVER_FORBIDDEN');
    const higherQueue = await otherPresident.get('/api/v1/extensions/pending');
    expect(higherQueue.body.items.map((e: { id: number }) => e.id)).toContain(second.id);
    // The referral lets the higher court decide the extension, nothing else on the lower court's case.
    expect((await otherPresident.get(`/api/v1/cases/${id}`)).body.allowedEvents.map((e: { name: string }) => e.name).sort()).toEqual(['approveExtension', 'refuseExtension']);
    for (const [event, input] of [['reassign', { mode: 'manual', organization: 'sole', judgeId: 1, reason: '改派' }], ['grantJudicialAid', { kind: 'deferral', reason: '困难' }], ['recordDeduction', { kind: 'appraisal', startsOn: '2027-02-01', documentNo: '鉴字1号' }]] as const) {
      const r = await otherPresident.fire(id, event, input);
      expect([event, r.status, r.body.code]).toEqual([event, 403, 'CASE_EVENT_FORBIDDEN']);
    }
    expect((await otherPresident.fire(id, 'approveExtension', { extensionId: second.id, note: '同意' })).status).toBe(200);
    // Once decided, the higher court keeps sight of the case but holds no role on it.
    const after = (await otherPresident.get(`/api/v1/cases/${id}`)).body;
    expect([after.allowedEvents, after.myRoles]).toEqual([[], []]);
    expect((await otherPresident.fire(id, 'recordDeduction', { kind: 'appraisal', startsOn: '2027-02-01', documentNo: '鉴字1号' })).body.code).toBe('CASE_EVENT_FORBIDDEN');
    c = (await judge.get(`/api/v1/cases/${id}/clock`)).body;
    expect(periodOf(c, 'trialLimit').dueOn).toBe('2027-06-02');
    expect(c.nextExtension).toBeNull();
    clock.set('2027-04-01');
    expect((await judge.fire(id, 'applyExtension', { reason: '第三次' })).body.code).toBe('EXTENSION_NOT_AVAILABLE');

    const timeline = (await judge.get(`/api/v1/cases/${id}/timeline`)).body.map((e: { event: string }) => e.event);
    expect(timeline.filter((e: string) => e === 'applyExtension')).toHaveLength(2);
    expect(timeline.filter((e: string) => e === 'approveExtension')).toHaveLength(2);
  });

  test('an extension applied for too late, or after expiry, is refused and nothing is saved', async () => {
    const { id } = await assigned();
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    clock.set('2026-05-25');
    const late = await judge.fire(id, 'applyExtension', { reason: '来不及了' });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('EXTENSION_TOO_LATE');
    clock.set('2026-06-03');
    expect((await judge.fire(id, 'applyExtension', { reason: '已超期' })).body.code).toBe('EXTENSION_AFTER_EXPIRY');
    expect((await judge.get(`/api/v1/cases/${id}/clock`)).body.extensions).toEqual([]);
  });

  test('a refusal needs reasons and leaves the due date alone', async () => {
    const { id } = await assigned();
    clock.set('2026-04-01');
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    await judge.fire(id, 'applyExtension', { reason: '证据较多' });
    const ext = (await judge.get(`/api/v1/cases/${id}/clock`)).body.extensions[0];
    const president = await ApiClient.loggedIn(server.baseUrl, 'ng-president');
    expect((await president.fire(id, 'refuseExtension', { extensionId: ext.id })).body.code).toBe('EXTENSION_REFUSAL_REASON_REQUIRED');
    expect((await president.fire(id, 'refuseExtension', { extensionId: ext.id, note: '理由不充分，可转普通程序' })).status).toBe(200);
    const c = (await judge.get(`/api/v1/cases/${id}/clock`)).body;
    expect(c.extensions[0]).toMatchObject({ status: 'refused', decisionNote: '理由不充分，可转普通程序' });
    expect(periodOf(c, 'trialLimit').dueOn).toBe('2026-06-02');
  });

  test('deductions lengthen the limit; overlapping ones count once; an open one runs until it ends', async () => {
    const { id } = await assigned();
    clock.set('2026-04-20');
    const chief = await ApiClient.loggedIn(server.baseUrl, 'ng-chief');
    const bad = await chief.fire(id, 'recordDeduction', { kind: 'appraisal', startsOn: '2026-03-20', endsOn: '2026-03-10', documentNo: '鉴定委托书' });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('DEDUCTION_ENDS_BEFORE_START');
    expect((await chief.fire(id, 'recordDeduction', { kind: 'appraisal', startsOn: '2026-03-10', endsOn: '2026-03-19', documentNo: '（2026）鉴字第1号' })).status).toBe(200);
    let c = (await chief.get(`/api/v1/cases/${id}/clock`)).body;
    expect(periodOf(c, 'trialLimit').dueOn).toBe('2026-06-12');
    // Overlapping the first by five days: only the new days count.
    await chief.fire(id, 'recordDeduction', { kind: 'publicNotice', startsOn: '2026-03-15', endsOn: '2026-03-24', documentNo: '公告' });
    c = (await chief.get(`/api/v1/cases/${id}/clock`)).body;
    expect(periodOf(c, 'trialLimit').dueOn).toBe('2026-06-17');
    // An open deduction (a suspension still running) counts up to today and moves the date as days pass.
    await chief.fire(id, 'recordDeduction', { kind: 'suspension', startsOn: '2026-04-11', documentNo: '中止诉讼裁定' });
    c = (await chief.get(`/api/v1/cases/${id}/clock`)).body;
    expect(periodOf(c, 'trialLimit').dueOn).toBe('2026-06-27');
    const open = c.deductions.find((d: { endsOn: string | null }) => d.endsOn === null);
    clock.set('2026-04-25');
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    expect((await judge.fire(id, 'endDeduction', { deductionId: open.id, endsOn: '2026-04-24' })).status).toBe(200);
    c = (await chief.get(`/api/v1/cases/${id}/clock`)).body;
    expect(periodOf(c, 'trialLimit').dueOn).toBe('2026-07-01');
  });
});
