// Issue 18 (执行 2/2), 执前调: a submitted execution application routed, with the applicant's consent, to a numbered
// 执前调 matter worked like any mediation; agreement withdraws the application, failure brings it to 立案 with
// everything entered before. Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { submittedExecutionApplication } from '../support/executionScenario';
import { courtId } from '../support/fixtures';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let clerk: ApiClient;
let mediator: ApiClient;
let lisi: ApiClient;
let organisationId: number;
let mediatorId: number;
beforeAll(async () => {
  const base = world.server.baseUrl;
  [clerk, mediator, lisi] = await Promise.all([ApiClient.loggedIn(base, 'ng-filing'), ApiClient.loggedIn(base, 'ng-mediator'), ApiClient.loggedIn(base, 'lisi')]);
  const orgs = (await clerk.get(`/api/v1/mediation/organisations?courtId=${await courtId(clerk, '吉0102')}`)).body;
  const org = orgs.find((o: { name: string }) => o.name === '南关区人民调解委员会');
  organisationId = org.id;
  mediatorId = org.mediators.find((m: { displayName: string }) => m.displayName === '南关法院特邀调解员').userId;
});

type Period = { kind: string; status: string; dueOn: string };
const running = async (id: number, kind: string) => ((await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods as Period[]).find((p) => p.kind === kind && p.status === 'running');

/** 张三's application routed to 执前调, entrusted and accepted by the mediator on 2026-05-26. */
async function mediatedApplication() {
  clock.set('2026-03-02');
  const app = await submittedExecutionApplication(world.server.baseUrl, clock);
  const before = (await clerk.get(`/api/v1/cases/${app.id}`)).body;
  const refused = await clerk.fire(app.id, 'routeToMediation', {});
  expect(refused.status).toBe(400); // the applicant's consent is part of the input
  const routed = await clerk.fire(app.id, 'routeToMediation', { applicantConsents: true, note: '申请执行人同意执前调解' });
  expect(routed.status).toBe(200);
  expect(routed.body.node).toBe('inMediation');
  const timeline = (await clerk.get(`/api/v1/cases/${app.id}/timeline`)).body;
  const matterId = timeline.at(-1).payload.mediationCaseId as number;
  expect((await clerk.fire(matterId, 'designateMediator', { organisationId, mediatorId, acknowledgeWarnings: true })).status).toBe(200);
  clock.set('2026-05-26');
  expect((await mediator.fire(matterId, 'acceptEntrustment', {})).status).toBe(200);
  return { ...app, before, matterId };
}

describe('执前调 (issue 18; 30 days [U] by analogy with ONLINE-MED art 24)', () => {
  test('the matter is numbered 执前调, has the application’s parties and files, and 30 days on the clock; the centre lists it', async () => {
    const m = await mediatedApplication();
    const matter = (await clerk.get(`/api/v1/cases/${m.matterId}`)).body;
    expect(matter).toMatchObject({ caseType: '执前调', node: 'mediating' });
    expect(matter.caseNumber).toMatch(/^（2026）吉0102执前调\d+号$/);
    const names = (d: { parties: { name: string; standing: string }[] }) => d.parties.map((p) => `${p.standing}:${p.name}`);
    expect(names(matter)).toEqual(names(m.before));
    // 2026-05-26 + 30 days = 2026-06-25 (a Thursday).
    expect(await running(m.matterId, 'preFilingMediation')).toMatchObject({ dueOn: '2026-06-25' });
    const centre = (await clerk.get('/api/v1/cases?view=mediationCentre&pageSize=100')).body.items.map((c: { id: number }) => c.id);
    expect(centre).toContain(m.matterId);
    // No judicial confirmation: the title is enforceable already.
    expect(matter.availableEvents ?? []).not.toContain('applyForConfirmation');
  });

  test('failure: the 执 application returns to 立案 with everything entered, and is registered as it was', async () => {
    const m = await mediatedApplication();
    const ended = await mediator.fire(m.matterId, 'endMediation', { ground: 'partyRefusesToContinue', note: '被执行人拒绝继续调解' });
    expect(ended.status).toBe(200);
    const back = (await clerk.get(`/api/v1/cases/${m.id}`)).body;
    expect(back.node).toBe('submitted');
    expect(back.caseNumber).toBe(m.before.caseNumber);
    expect(back.parties).toEqual(m.before.parties);
    const record = (await clerk.get(`/api/v1/cases/${m.id}/execution`)).body;
    expect(record.items.map((i: { amount: string }) => i.amount)).toEqual(['100000.00']);
    const registered = await clerk.fire(m.id, 'registerExecution', {});
    expect(registered.status).toBe(200);
    expect(registered.body.node).toBe('registered');
  });

  test('agreement: signed by both, the matter settles and the execution application is withdrawn', async () => {
    const m = await mediatedApplication();
    const drafted = await mediator.fire(m.matterId, 'draftAgreement', { terms: ['李四于2026年6月30日前向张三支付90000元', '张三放弃其余执行请求'], performance: '银行转账' });
    expect(drafted.status).toBe(200);
    const sha = (await mediator.get(`/api/v1/cases/${m.matterId}/timeline`)).body.at(-1).payload.agreementSha256 as string;
    expect((await m.party.fire(m.matterId, 'signAgreement', { sha256: sha })).status).toBe(200);
    expect((await lisi.fire(m.matterId, 'signAgreement', { sha256: sha })).status).toBe(200);
    const done = await mediator.fire(m.matterId, 'concludeAgreement', {});
    expect(done.status).toBe(200);
    expect(done.body.node).toBe('agreed');
    expect((await clerk.get(`/api/v1/cases/${m.id}`)).body.node).toBe('withdrawn');
    expect(await running(m.matterId, 'confirmationApplication')).toBeUndefined();
    expect((await clerk.fire(m.id, 'registerExecution', {})).status).toBe(409);
  });

  test('the figures: 执前调 received and settled, with the rate (GET /statistics/execution)', async () => {
    const president = await ApiClient.loggedIn(world.server.baseUrl, 'ng-president');
    const r = await president.get('/api/v1/statistics/execution?months=3');
    expect(r.status).toBe(200);
    // Three matters received above (one per test, in 2026-05 and 2026-03 … all within the months), one settled.
    expect(r.body.settlements.total).toMatchObject({ preExecutionReceived: 3, preExecutionSettled: 1 });
    expect(r.body.settlements.total.preExecutionSettledRate).toBeCloseTo(1 / 3);
    const ng = r.body.settlements.courts.find((c: { courtName: string }) => c.courtName.includes('南关'));
    expect(ng).toMatchObject({ preExecutionReceived: 3, preExecutionSettled: 1 });
  });
});
