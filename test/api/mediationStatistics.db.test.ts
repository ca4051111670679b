// Issue 16 item 6: the centre's figures — received, settled, sent to registration, withdrawn, rates, days, by
// organisation and mediator, 司法确认 decided — and mediation matters kept out of the courts' 收案/结案 figures.
import { beforeAll, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { courtId, loanComplaint } from '../support/fixtures';
import { acceptCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let clerk: ApiClient;
let mediator: ApiClient;
let zhang: ApiClient;
let lisi: ApiClient;
let committee: { id: number; mediators: { userId: number }[] };
beforeAll(async () => {
  const base = world.server.baseUrl;
  clerk = await ApiClient.loggedIn(base, 'ng-filing');
  mediator = await ApiClient.loggedIn(base, 'ng-mediator');
  zhang = await ApiClient.loggedIn(base, 'zhangsan');
  lisi = await ApiClient.loggedIn(base, 'lisi');
  const orgs = (await clerk.get(`/api/v1/mediation/organisations?courtId=${await courtId(clerk, '吉0102')}`)).body;
  committee = orgs.find((o: { name: string }) => o.name === '南关区人民调解委员会');
});

async function matter(): Promise<number> {
  const { caseType: _t, mediationConsent: _m, ...application } = await loanComplaint(zhang, {});
  const r = await zhang.post('/api/v1/mediation/applications', application);
  expect(r.status).toBe(201);
  return r.body.id;
}

async function mediating(): Promise<number> {
  const id = await matter();
  expect((await clerk.fire(id, 'designateMediator', { organisationId: committee.id, mediatorId: committee.mediators[0]!.userId, acknowledgeWarnings: true })).status).toBe(200);
  expect((await mediator.fire(id, 'acceptEntrustment', {})).status).toBe(200);
  return id;
}

async function settle(id: number) {
  expect((await mediator.fire(id, 'draftAgreement', { terms: ['李四偿还借款'] })).status).toBe(200);
  const sha = (await zhang.get(`/api/v1/cases/${id}/mediation`)).body.agreement.sha256 as string;
  for (const p of [zhang, lisi]) expect((await p.fire(id, 'signAgreement', { sha256: sha })).status).toBe(200);
  expect((await mediator.fire(id, 'concludeAgreement', {})).status).toBe(200);
}

test('the centre counts what was received and how it ended; the courts count only registered cases', async () => {
  clock.set('2026-03-02');
  const settledA = await mediating();
  const settledB = await mediating();
  const failed = await mediating();
  const withdrawn = await matter();
  await matter(); // still waiting to be entrusted
  clock.set('2026-03-12');
  await settle(settledA);
  await settle(settledB);
  const ended = await mediator.fire(failed, 'endMediation', { ground: 'wideDivergence' });
  const filingId = ended.body.continuations[0].id as number;
  expect((await zhang.fire(withdrawn, 'withdrawMediation', {})).status).toBe(200);
  // One agreement confirmed by the court.
  for (const p of [zhang, lisi]) expect((await p.fire(settledA, 'applyForConfirmation', {})).status).toBe(200);
  const confirmation = (await zhang.get(`/api/v1/cases/${settledA}`)).body.continuations[0].id as number;
  const division = (await clerk.get(`/api/v1/courts/${await courtId(clerk, '吉0102')}/divisions`)).body.find((d: { name: string }) => d.name === '民事审判第一庭');
  const judges = (await clerk.get(`/api/v1/cases/${confirmation}/eligible-judges?divisionId=${division.id}`)).body as { id: number; displayName: string }[];
  expect((await clerk.fire(confirmation, 'acceptConfirmation', { divisionId: division.id, judgeId: judges.find((j) => j.displayName === '南关法院法官甲')!.id })).status).toBe(200);
  const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
  expect((await judge.fire(confirmation, 'ruleOnConfirmation', { decision: 'confirm' })).status).toBe(200);
  await acceptCase(world.server.baseUrl, filingId);

  const president = await ApiClient.loggedIn(world.server.baseUrl, 'ng-president');
  const stats = await president.get('/api/v1/statistics/mediation?months=3');
  expect(stats.status).toBe(200);
  expect(stats.body.months).toEqual(['2026-01', '2026-02', '2026-03']);
  expect(stats.body.total).toMatchObject({ received: 5, settled: 2, failed: 1, withdrawn: 1, successRate: 0.5, conversionRate: 0.25, confirmationsGranted: 1, confirmationsDismissed: 0, confirmationsRefused: 0 });
  // Ended on 03-12 (three) and withdrawn the same day, all received on 03-02: 10 days each.
  expect(stats.body.total.averageDays).toBe(10);
  const ng = stats.body.courts.find((c: { courtName: string }) => c.courtName === '长春市南关区人民法院');
  expect(ng.monthly).toEqual({ received: [0, 0, 5], settled: [0, 0, 2], failed: [0, 0, 1] });
  expect(stats.body.byOrganisation).toEqual([expect.objectContaining({ name: '南关区人民调解委员会', received: 3, settled: 2, failed: 1, successRate: 2 / 3 })]);
  expect(stats.body.byMediator).toEqual([expect.objectContaining({ name: '南关法院特邀调解员', organisationName: '南关区人民调解委员会', settled: 2 })]);

  // 收案 counts the registered 民初 and 民特, not the five matters.
  const monthly = (await president.get('/api/v1/statistics/monthly?months=1')).body;
  expect(monthly.courts.find((c: { courtName: string }) => c.courtName === '长春市南关区人民法院').received).toEqual([2]);
  // Someone without a 院庭长 role sees none of it.
  expect((await clerk.get('/api/v1/statistics/mediation')).status).toBe(403);
});
