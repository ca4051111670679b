// Issue 16 items 3 and 6: the parties' joint choice of a mediator (ONLINE-MED art 10), appraisal time not counted in
// the mediation period (art 26), and the centre's view (age, overdue entrustments, mediator workload). Real HTTP and
// PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { sweepPeriods } from '../../src/server/jobs/periodSweep';
import { ApiClient } from '../support/apiClient';
import { exportedWorkbook } from '../support/exportedWorkbook';
import { courtId } from '../support/fixtures';
import { fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let clerk: ApiClient;
let mediator: ApiClient;
let zhang: ApiClient;
let lisi: ApiClient;
beforeAll(async () => {
  const base = world.server.baseUrl;
  [clerk, mediator, zhang, lisi] = await Promise.all([
    ApiClient.loggedIn(base, 'ng-filing'),
    ApiClient.loggedIn(base, 'ng-mediator'),
    ApiClient.loggedIn(base, 'zhangsan'),
    ApiClient.loggedIn(base, 'lisi'),
  ]);
});

type Period = { kind: string; status: string; dueOn: string; trace: { 'zh-CN': string; en: string }[] };
const periods = async (id: number): Promise<Period[]> => (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods;
const period = async (id: number, kind: string) => (await periods(id)).find((p) => p.kind === kind && p.status !== 'cancelled');
type Candidate = { userId: number; displayName: string; organisationId: number };

/** A complaint filed with consent and routed to the centre on `day`: the new 民诉前调 matter. */
async function matterReceived(day = '2026-03-02') {
  clock.set(day);
  const filing = await fileLoanCase(world.server.baseUrl, { mediationConsent: true });
  expect((await clerk.fire(filing.id, 'routeToMediation', {})).status).toBe(200);
  const timeline = (await clerk.get(`/api/v1/cases/${filing.id}/timeline`)).body;
  return timeline.at(-1).payload.mediationCaseId as number;
}

const choiceOf = async (api: ApiClient, id: number) => (await api.get(`/api/v1/cases/${id}/mediation`)).body.choice;

describe('the parties choose a mediator jointly (ONLINE-MED art 10)', () => {
  test('both name the same mediator in time: the choice is agreed and the clerk must entrust that mediator', async () => {
    const id = await matterReceived();
    // The 2 working days run alongside the court's 3 (2026-03-02 is a Monday).
    expect(await period(id, 'mediatorChoice')).toMatchObject({ status: 'running', dueOn: '2026-03-04' });
    expect(await period(id, 'mediatorDesignation')).toMatchObject({ status: 'running', dueOn: '2026-03-05' });
    const choice = await choiceOf(zhang, id);
    expect(choice.status).toBe('open');
    const [first, second] = choice.candidates as Candidate[];
    expect(first && second).toBeTruthy();
    // Only a party picks; the clerk does not.
    expect((await clerk.fire(id, 'proposeMediator', { mediatorId: first!.userId })).status).toBe(403);
    const one = await zhang.fire(id, 'proposeMediator', { mediatorId: first!.userId });
    expect(one.status).toBe(200);
    expect((await choiceOf(lisi, id)).status).toBe('open');
    clock.set('2026-03-04');
    expect((await lisi.fire(id, 'proposeMediator', { mediatorId: first!.userId })).status).toBe(200);
    const agreed = await choiceOf(clerk, id);
    expect(agreed).toMatchObject({ status: 'agreed', agreedMediatorId: first!.userId });
    expect(agreed.proposals.map((p: { mediatorId: number }) => p.mediatorId)).toEqual([first!.userId, first!.userId]);
    expect(await period(id, 'mediatorChoice')).toMatchObject({ status: 'completed' });
    // No change of mind once agreed.
    expect((await zhang.fire(id, 'proposeMediator', { mediatorId: second!.userId })).body.code).toBe('MEDIATOR_CHOICE_CLOSED');

    // Another mediator, or the organisation alone, is refused with the rule; nothing is saved.
    const other = await clerk.fire(id, 'designateMediator', { organisationId: second!.organisationId, mediatorId: second!.userId });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('MEDIATOR_CHOSEN_BY_PARTIES');
    expect(other.body.message).toContain('《人民法院在线调解规则》第十条');
    expect((await clerk.fire(id, 'designateMediator', { organisationId: first!.organisationId })).body.code).toBe('MEDIATOR_CHOSEN_BY_PARTIES');
    expect((await clerk.get(`/api/v1/cases/${id}`)).body.node).toBe('received');
    // The checkbox of older clients is ignored: the record decides.
    const done = await clerk.fire(id, 'designateMediator', { organisationId: first!.organisationId, mediatorId: first!.userId, chosenByParties: false });
    expect(done.status).toBe(200);
    const timeline = (await clerk.get(`/api/v1/cases/${id}/timeline`)).body as { event: string; payload: { effects?: Record<string, unknown> } & Record<string, unknown> }[];
    expect(JSON.stringify(timeline.find((e) => e.event === 'designateMediator')!.payload)).toContain('"chosenByParties":true');
    expect((await clerk.get(`/api/v1/cases/${id}/mediation`)).body.entrustment).toMatchObject({ mediatorId: first!.userId, chosenByParties: true });
  });

  test('while the parties may still choose, the clerk designates only after confirming the warning; nothing is saved before', async () => {
    const id = await matterReceived();
    const [first] = (await choiceOf(clerk, id)).candidates as Candidate[];
    const early = await clerk.fire(id, 'designateMediator', { organisationId: first!.organisationId, mediatorId: first!.userId });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('MEDIATOR_CHOICE_RUNNING');
    expect(early.body.details).toMatchObject({ acknowledgeable: true, choiceDueOn: (await period(id, 'mediatorChoice'))!.dueOn });
    expect(early.body.message).toContain('《人民法院在线调解规则》第十条');
    expect((await clerk.get(`/api/v1/cases/${id}`)).body.node).toBe('received');
    const knowingly = await clerk.fire(id, 'designateMediator', { organisationId: first!.organisationId, mediatorId: first!.userId, acknowledgeWarnings: true });
    expect(knowingly.status).toBe(200);
    expect((await clerk.get(`/api/v1/cases/${id}/mediation`)).body.entrustment).toMatchObject({ mediatorId: first!.userId, chosenByParties: false });
  });

  test('the parties disagree: nothing is agreed and the clerk designates freely', async () => {
    const id = await matterReceived();
    const [first, second] = (await choiceOf(zhang, id)).candidates as Candidate[];
    expect((await zhang.fire(id, 'proposeMediator', { mediatorId: first!.userId })).status).toBe(200);
    expect((await lisi.fire(id, 'proposeMediator', { mediatorId: second!.userId })).status).toBe(200);
    expect((await choiceOf(clerk, id)).status).toBe('open');
    clock.set('2026-03-05');
    expect((await choiceOf(clerk, id)).status).toBe('closed');
    // The period is over: a late agreement is not a joint choice.
    expect((await zhang.fire(id, 'proposeMediator', { mediatorId: second!.userId })).body.code).toBe('MEDIATOR_CHOICE_CLOSED');
    const r = await clerk.fire(id, 'designateMediator', { organisationId: second!.organisationId, mediatorId: second!.userId, chosenByParties: true });
    expect(r.status).toBe(200);
    expect((await clerk.get(`/api/v1/cases/${id}/mediation`)).body.entrustment.chosenByParties).toBe(false);
  });

  test('the period lapses with one party silent: free designation; a mediator the court does not invite cannot be named', async () => {
    const id = await matterReceived();
    const bogus = await zhang.fire(id, 'proposeMediator', { mediatorId: 1 });
    expect(bogus.status).toBe(422);
    expect(['MEDIATOR_UNAVAILABLE', 'MEDIATION_ORGANISATION_UNAVAILABLE']).toContain(bogus.body.code);
    const [first, second] = (await choiceOf(zhang, id)).candidates as Candidate[];
    expect((await zhang.fire(id, 'proposeMediator', { mediatorId: first!.userId })).status).toBe(200);
    clock.set('2026-03-09');
    expect((await clerk.fire(id, 'designateMediator', { organisationId: second!.organisationId, mediatorId: second!.userId })).status).toBe(200);
  });
});

describe('appraisal time is not counted in the mediation period (ONLINE-MED art 26)', () => {
  test('the due date moves by exactly the days the appraisal ran, and the derivation says so', async () => {
    const id = await matterReceived();
    const named = ((await choiceOf(clerk, id)).candidates as Candidate[]).find((c) => c.displayName === '南关法院特邀调解员')!;
    expect((await clerk.fire(id, 'designateMediator', { organisationId: named.organisationId, mediatorId: named.userId, acknowledgeWarnings: true })).status).toBe(200);
    clock.set('2026-03-03');
    expect((await mediator.fire(id, 'acceptEntrustment', {})).status).toBe(200);
    expect(await period(id, 'preFilingMediation')).toMatchObject({ dueOn: '2026-04-02' });

    clock.set('2026-03-10');
    expect((await mediator.fire(id, 'endAppraisal', {})).status).toBe(409);
    const started = await mediator.fire(id, 'startAppraisal', { subject: '借条笔迹鉴定', reference: '（2026）鉴字第8号' });
    expect(started.status).toBe(200);
    expect((await mediator.fire(id, 'startAppraisal', { subject: '再次鉴定' })).status).toBe(409);
    // While it runs the period stands still, and cannot be extended.
    const parties = (await clerk.get(`/api/v1/cases/${id}`)).body.parties as { id: number }[];
    const ext = await mediator.fire(id, 'extendMediation', { days: 10, consentingPartyIds: parties.map((p) => p.id) });
    expect(ext.status).toBe(409);
    expect(ext.body.code).toBe('MEDIATION_APPRAISAL_RUNNING');

    clock.set('2026-03-13');
    const ended = await clerk.fire(id, 'endAppraisal', { note: '鉴定意见已送达' });
    expect(ended.status).toBe(200);
    // 2026-03-10 to 2026-03-13: 4 days, so 2026-04-02 + 4 = 2026-04-06, a 清明 holiday: the last day rolls to 04-07.
    const p = await period(id, 'preFilingMediation');
    expect(p!.dueOn).toBe('2026-04-07');
    const zh = p!.trace.map((s) => s['zh-CN']).join('\n');
    expect(zh).toContain('不计入期间4日（诉前鉴定期间）→ 2026-04-06');
    expect(zh).toContain('《人民法院在线调解规则》第二十六条');
    const clockView = (await clerk.get(`/api/v1/cases/${id}/clock`)).body;
    expect(clockView.deductions).toMatchObject([{ kind: 'mediationAppraisal', startsOn: '2026-03-10', endsOn: '2026-03-13' }]);
    // A second appraisal still running: the daily sweep moves the end by each day it lasts (2026-03-20..22: 3 days).
    clock.set('2026-03-20');
    expect((await mediator.fire(id, 'startAppraisal', { subject: '房屋价值评估' })).status).toBe(200);
    await sweepPeriods(world.server.deps, { today: '2026-03-21' });
    await sweepPeriods(world.server.deps, { today: '2026-03-22' });
    expect((await period(id, 'preFilingMediation'))!.dueOn).toBe('2026-04-09');
    clock.set('2026-03-22');
    expect((await mediator.fire(id, 'endAppraisal', {})).status).toBe(200);
    expect((await period(id, 'preFilingMediation'))!.dueOn).toBe('2026-04-09');
    // Extended afterwards with every party's consent: from the moved end.
    expect((await mediator.fire(id, 'extendMediation', { days: 10, consentingPartyIds: parties.map((x) => x.id) })).status).toBe(200);
    // 2026-04-09 + 10 = Sunday 2026-04-19: the last day rolls to Monday.
    expect((await period(id, 'preFilingMediation'))!.dueOn).toBe('2026-04-20');
  });
});

describe("the centre's view: age, overdue entrustments, mediators' workload", () => {
  type Row = { id: number; displayName: string; open: number; entrusted: number; mediating: number; agreementDrafted: number; overdue: number; settledThisMonth: number };
  const workload = async (api: ApiClient, query = '') => (await api.get(`/api/v1/mediation/workload?pageSize=100${query}`)).body.items as Row[];
  const centre = async (query: string) => ((await clerk.get(`/api/v1/cases?view=mediationCentre&pageSize=100${query}`)).body.items as { id: number; ageDays: number }[]);

  test('the figures per mediator and the filters of the centre list', async () => {
    const ng = ((await choiceOf(clerk, await matterReceived())).candidates as Candidate[]).find((c) => c.displayName === '南关法院特邀调解员')!;
    clock.set('2026-03-06');
    const before = (await workload(clerk)).find((r) => r.id === ng.userId)!;
    expect(before).toBeDefined();

    // A: received, never entrusted. B: entrusted, never confirmed. C: mediating. D: settled on 2026-03-03.
    const a = await matterReceived();
    const designate = (id: number) => clerk.fire(id, 'designateMediator', { organisationId: ng.organisationId, mediatorId: ng.userId, acknowledgeWarnings: true });
    const b = await matterReceived();
    expect((await designate(b)).status).toBe(200);
    const c = await matterReceived();
    expect((await designate(c)).status).toBe(200);
    expect((await mediator.fire(c, 'acceptEntrustment', {})).status).toBe(200);
    const d = await matterReceived();
    expect((await designate(d)).status).toBe(200);
    expect((await mediator.fire(d, 'acceptEntrustment', {})).status).toBe(200);
    clock.set('2026-03-03');
    expect((await mediator.fire(d, 'draftAgreement', { terms: ['李四于2026年4月30日前偿还借款本金10000元'] })).status).toBe(200);
    const sha = (await zhang.get(`/api/v1/cases/${d}/mediation`)).body.agreement.sha256 as string;
    expect((await zhang.fire(d, 'signAgreement', { sha256: sha })).status).toBe(200);
    expect((await lisi.fire(d, 'signAgreement', { sha256: sha })).status).toBe(200);
    expect((await mediator.fire(d, 'concludeAgreement', {})).status).toBe(200);

    // 2026-03-06: the court's 3 working days for A and the mediator's for B ran out on 2026-03-05.
    clock.set('2026-03-06');
    const overdue = (await centre('&overdueEntrustment=true')).map((x) => x.id);
    expect(overdue).toEqual(expect.arrayContaining([a, b]));
    expect(overdue).not.toContain(c);
    expect(overdue).not.toContain(d);
    const byMediator = (await centre(`&mediatorId=${ng.userId}`)).map((x) => x.id);
    expect(byMediator).toEqual(expect.arrayContaining([b, c, d]));
    expect(byMediator).not.toContain(a);
    expect((await centre(`&organisationId=${ng.organisationId}`)).map((x) => x.id)).toEqual(expect.arrayContaining([b, c, d]));
    expect((await centre('&sort=receivedOn')).find((x) => x.id === a)!.ageDays).toBe(4);

    const after = (await workload(clerk)).find((r) => r.id === ng.userId)!;
    expect({
      open: after.open - before.open,
      entrusted: after.entrusted - before.entrusted,
      mediating: after.mediating - before.mediating,
      agreementDrafted: after.agreementDrafted - before.agreementDrafted,
      overdue: after.overdue - before.overdue,
      settledThisMonth: after.settledThisMonth - before.settledThisMonth,
    }).toEqual({ open: 2, entrusted: 1, mediating: 1, agreementDrafted: 0, overdue: 1, settledThisMonth: 1 });

    // Sorted on the server; exported with the same filter; the court's own people only.
    const sorted = await workload(clerk, '&sort=-open');
    expect(sorted.map((r) => r.open)).toEqual([...sorted.map((r) => r.open)].sort((x, y) => y - x));
    const book = await exportedWorkbook(world.server.baseUrl, clerk, `/api/v1/mediation/workload/export?organisationId=${ng.organisationId}`);
    expect(book.rows[0]).toEqual(['调解员', '调解组织', '在办', '待确认委派', '调解中', '协议待签署', '超期', '本月调解成功', '状态']);
    expect(book.rows.some((r) => r[0] === '南关法院特邀调解员')).toBe(true);
    expect((await zhang.get('/api/v1/mediation/workload')).status).toBe(403);
    expect((await mediator.get('/api/v1/mediation/workload')).status).toBe(403);
    const other = await ApiClient.loggedIn(world.server.baseUrl, 'cc-filing');
    const forbidden = await other.get(`/api/v1/mediation/workload?courtId=${await courtId(clerk, '吉0102')}`);
    expect(forbidden.status).toBe(403);
  });
});
