// 行初 and 行终 on real PostgreSQL: 张三 sues the 南关 market regulator online; the court registers the case in its
// 行政审判庭 and serves the organ, whose 15 days to answer with its evidence run on the clock (ALL art 67) and end with
// its defence; the panel hears the case with the organ's head recorded (ALL art 3), revokes the act (ALL art 70), and
// 张三's appeal opens 行终 at 长春中院 (ALL art 85). Refusals change nothing.
import { describe, expect, test } from 'vitest';
import { DEMO_ORGAN } from '../../src/server/db/seed/demoProvince';
import { ApiClient } from '../support/apiClient';
import { acceptAdminCase, ADMIN_DIVISION, adminComplaint, assignAdminPanel, fileAdminCase } from '../support/administrativeScenario';
import { causeId, courtId, divisionId, loanComplaint, TINY_PDF } from '../support/fixtures';
import { closeInput } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const login = (u: string) => ApiClient.loggedIn(world.server.baseUrl, u);

type Period = { kind: string; status: string; dueOn: string | null; partyName: string | null; completedOn: string | null; trace: { 'zh-CN': string }[] };
const periodsOf = async (api: ApiClient, id: number): Promise<Period[]> => (await api.get(`/api/v1/cases/${id}/clock`)).body.periods;

function expectRefused(r: { status: number; body: any }, status: number, code: string) {
  expect([r.status, r.body.code]).toEqual([status, code]);
  expect(r.body.messages['zh-CN']).toMatch(/\p{Script=Han}/u);
}

async function upload(api: ApiClient, category: string): Promise<number> {
  const r = await api.upload(`${category}.pdf`, TINY_PDF, 'application/pdf', category);
  expect(r.status).toBe(201);
  return r.body.id;
}

describe('filing a complaint against an administrative organ (ALL arts 26, 45–46)', () => {
  test('a complaint that is not an administrative one, or lacks its act, is refused and creates nothing', async () => {
    clock.set('2026-03-02');
    const zhang = await login('zhangsan');
    const before = (await zhang.get('/api/v1/cases?view=mine')).body.total;
    expectRefused(await zhang.post('/api/v1/filings', await adminComplaint(zhang, { defendant: { kind: 'organization' } })), 422, 'ADMIN_DEFENDANT_NOT_ORGAN');
    expectRefused(await zhang.post('/api/v1/filings', await adminComplaint(zhang, { defendant: { legalRepresentative: undefined } })), 422, 'ADMIN_ORGAN_HEAD_REQUIRED');
    expectRefused(await zhang.post('/api/v1/filings', await adminComplaint(zhang, { act: null })), 422, 'ADMIN_ACT_REQUIRED');
    expectRefused(await zhang.post('/api/v1/filings', await adminComplaint(zhang, { knownOn: '2026-01-01' })), 422, 'ADMIN_ACT_DATES_INVALID');
    expectRefused(await zhang.post('/api/v1/filings', await adminComplaint(zhang, { extra: { causeId: await causeId(zhang, '民间借贷纠纷') } })), 422, 'CAUSE_NOT_APPLICABLE');
    // A civil complaint still needs its cause, and states no administrative act.
    const civil = await loanComplaint(zhang);
    expectRefused(await zhang.post('/api/v1/filings', { ...civil, causeId: undefined }), 422, 'CAUSE_REQUIRED');
    expectRefused(await zhang.post('/api/v1/filings', { ...(await loanComplaint(zhang)), administrativeAct: { name: '行政处罚决定', actOn: '2026-01-05', knownOn: '2026-01-06' } }), 422, 'ADMIN_ACT_NOT_APPLICABLE');
    expect((await zhang.get('/api/v1/cases?view=mine')).body.total).toBe(before);
  });

  test('a complaint after the six months is taken, and the clerk sees the warning (the court decides)', async () => {
    clock.set('2026-03-02');
    const late = await fileAdminCase(world.server.baseUrl, { actOn: '2025-08-01', knownOn: '2025-08-20' });
    expect(late.detail.administrativeAct.lawsuitDeadline).toMatchObject({ dueOn: '2026-02-20', isLate: true, source: 'ALL art 46 para 1' });
    const clerk = await login('ng-filing');
    const seen = (await clerk.get(`/api/v1/cases/${late.id}`)).body.administrativeAct;
    expect(seen.lawsuitDeadline.warning['zh-CN']).toContain('第四十六条');
    const inTime = await fileAdminCase(world.server.baseUrl, { act: { reconsideration: { decisionOn: '2026-02-20', receivedOn: '2026-02-24' } } });
    expect(inTime.detail.administrativeAct.lawsuitDeadline).toMatchObject({ dueOn: '2026-03-11', isLate: false, source: 'ALL art 45', warning: null });
  });

  test('the kind of act is kept; an act of 2020 learnt of lately is past 5 years; an organ sued before its 2 months warns (ALL arts 46–47)', async () => {
    clock.set('2026-03-02');
    const old = await fileAdminCase(world.server.baseUrl, { actOn: '2020-01-10', knownOn: '2026-01-06', act: { actType: 'penalty' } });
    expect(old.detail.administrativeAct).toMatchObject({ actType: 'penalty', concernsRealEstate: false, lawsuitDeadline: { dueOn: '2025-01-10', isLate: true, source: 'ALL art 46 para 2' } });
    const land = await fileAdminCase(world.server.baseUrl, { actOn: '2020-01-10', knownOn: '2026-01-06', act: { actType: 'confirmation', concernsRealEstate: true } });
    expect(land.detail.administrativeAct.lawsuitDeadline).toMatchObject({ dueOn: '2026-07-06', isLate: false, source: 'ALL art 46 para 1' });
    const early = await fileAdminCase(world.server.baseUrl, { actOn: '2026-02-01', knownOn: '2026-02-01', act: { name: '不履行法定职责', actType: 'nonPerformance', dutyApplication: { appliedOn: '2026-02-01' } } });
    expect(early.detail.administrativeAct).toMatchObject({ dutyApplication: { appliedOn: '2026-02-01', periodDays: null, isEmergency: false }, lawsuitDeadline: { earliestOn: '2026-04-02', isEarly: true } });
    expect(early.detail.administrativeAct.lawsuitDeadline.warning['zh-CN']).toContain('第四十七条');
    const urgent = await fileAdminCase(world.server.baseUrl, { actOn: '2026-02-01', knownOn: '2026-02-01', act: { actType: 'nonPerformance', dutyApplication: { appliedOn: '2026-03-01', isEmergency: true } } });
    expect(urgent.detail.administrativeAct.lawsuitDeadline).toMatchObject({ earliestOn: null, isEarly: false, warning: null });
    const zhang = await login('zhangsan');
    expectRefused(await zhang.post('/api/v1/filings', await adminComplaint(zhang, { act: { actType: 'nonPerformance', dutyApplication: { appliedOn: '2026-03-05' } } })), 422, 'ADMIN_ACT_DATES_INVALID');
  });
});

describe('行初 from registration to the appeal', () => {
  test("registration, the organ's 15 days ended by its defence, the hearing with its head, judgment and appeal to 长春中院", async () => {
    clock.set('2026-03-02');
    const { id, party: zhang } = await fileAdminCase(world.server.baseUrl);
    const clerk = await login('ng-filing');
    const ng = await courtId(clerk, '吉0102');
    // ALL art 82: simple procedure only on one of its grounds; the case goes to the administrative division.
    expectRefused(await clerk.fire(id, 'accept', { procedure: 'simple', divisionId: await divisionId(clerk, ng, ADMIN_DIVISION) }), 422, 'ADMIN_SIMPLE_GROUND_REQUIRED');
    expectRefused(await clerk.fire(id, 'accept', { procedure: 'ordinary', divisionId: await divisionId(clerk, ng) }), 422, 'DIVISION_INVALID');
    expect((await clerk.get(`/api/v1/cases/${id}`)).body).toMatchObject({ node: 'submitted', caseNumber: null });

    const accepted = await acceptAdminCase(world.server.baseUrl, id);
    expect(accepted.caseNumber).toMatch(/^（2026）吉0102行初\d+号$/);
    const fees = (await clerk.get(`/api/v1/cases/${id}/fees`)).body.notices;
    expect(fees.map((n: { amount: string }) => n.amount)).toEqual(['50.00']); // FEE art 13(5)
    let periods = await periodsOf(clerk, id);
    expect(periods.find((p) => p.kind === 'trialLimit')).toMatchObject({ status: 'running', dueOn: '2026-09-02' });
    expect(periods.find((p) => p.kind === 'serveComplaint')!.trace.map((s) => s['zh-CN']).join(' ')).toContain('《行政诉讼法》第六十七条');

    // The complaint copy reaches the organ on 03-03: its 15 days run to 03-18 (ALL art 67).
    const organId = accepted.parties.find((p: { name: string }) => p.name === DEMO_ORGAN.name).id as number;
    const zhangId = accepted.parties.find((p: { name: string }) => p.name === '张三').id as number;
    clock.set('2026-03-03');
    expect((await clerk.fire(id, 'recordService', { document: 'complaintCopy', partyIds: [organId], servedOn: '2026-03-03', method: 'direct' })).status).toBe(200);
    periods = await periodsOf(clerk, id);
    expect(periods.find((p) => p.kind === 'organDefence')).toMatchObject({ status: 'running', dueOn: '2026-03-18', partyName: DEMO_ORGAN.name });
    expect(periods.find((p) => p.kind === 'serveComplaint')).toMatchObject({ status: 'completed' });

    // Only the organ answers for itself; its defence, evidence and legal basis end its period.
    clock.set('2026-03-10');
    const organ = await login('organ-ng-scjg');
    const input = { partyId: organId, attachmentIds: [await upload(organ, 'defence')], evidence: [{ name: '现场检查笔录', source: '执法人员制作', purpose: '证明原告销售过期食品', pages: 3 }], legalBasis: ['《中华人民共和国食品安全法》第一百二十四条'] };
    expectRefused(await zhang.fire(id, 'submitOrganDefence', { ...input, partyId: zhangId, attachmentIds: [await upload(zhang, 'defence')] }), 422, 'PARTY_STANDING_NOT_ALLOWED');
    expectRefused(await zhang.fire(id, 'submitOrganDefence', { ...input, attachmentIds: [await upload(zhang, 'defence')] }), 403, 'PARTY_NOT_REPRESENTED');
    expect((await periodsOf(clerk, id)).find((p) => p.kind === 'organDefence')).toMatchObject({ status: 'running' });
    expect((await organ.fire(id, 'submitOrganDefence', input)).status).toBe(200);
    expect((await periodsOf(clerk, id)).find((p) => p.kind === 'organDefence')).toMatchObject({ status: 'completed', completedOn: '2026-03-10' });
    const answered = (await clerk.get(`/api/v1/cases/${id}/timeline`)).body.find((e: { event: string }) => e.event === 'submitOrganDefence');
    expect(answered.payload).toMatchObject({ timing: 'inTime', isEvidenceLate: false });

    // ALL art 68: a panel, not a sole judge, under the ordinary procedure.
    const chief = await login('ng-adminchief');
    const judges = (await chief.get(`/api/v1/cases/${id}/eligible-judges`)).body as { id: number; displayName: string }[];
    expectRefused(await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judges[0]!.id, reason: '测试' }), 422, 'TRIAL_ORGANIZATION_NOT_ALLOWED');
    const judge = await assignAdminPanel(world.server.baseUrl, id);

    clock.set('2026-03-31');
    const rooms = (await judge.get(`/api/v1/courts/${ng}/rooms`)).body;
    expect((await judge.fire(id, 'scheduleHearing', { startsAt: '2026-03-31T08:30:00+08:00', endsAt: '2026-03-31T09:30:00+08:00', roomId: rooms[0].id })).status).toBe(200);
    expectRefused(await judge.fire(id, 'recordHearing', { organAppearance: { appeared: 'staff', name: '钱科员' } }), 422, 'ORGAN_HEAD_ABSENCE_REASON_REQUIRED');
    expect((await judge.fire(id, 'recordHearing', { organAppearance: { appeared: 'deputy', name: '孙某', title: '副局长' } })).status).toBe(200);
    const heard = (await judge.get(`/api/v1/cases/${id}/timeline`)).body.find((e: { event: string }) => e.event === 'recordHearing');
    expect(heard.payload).toMatchObject({ organHeadAppeared: true, organAppearance: { appeared: 'deputy', name: '孙某' } });

    expectRefused(await judge.fire(id, 'close', await closeInput(judge, { method: 'judgment', closedOn: '2026-03-31' })), 422, 'ADMIN_JUDGMENT_KIND_REQUIRED');
    const closed = await judge.fire(id, 'close', await closeInput(judge, { method: 'judgment', judgmentKind: 'revoke', closedOn: '2026-03-31' }));
    expect(closed.status).toBe(200);
    expect(closed.body.administrativeAct.judgmentKind).toBe('revoke');

    // ALL art 85: 15 days from service of the judgment.
    expect((await judge.fire(id, 'recordService', { document: 'judgment', partyIds: [organId], servedOn: '2026-03-31', method: 'direct' })).status).toBe(200);
    expect((await periodsOf(judge, id)).find((p) => p.kind === 'adminAppealJudgment')).toMatchObject({ status: 'running', dueOn: '2026-04-15' });

    const appealed = await organ.fire(id, 'appeal', { partyIds: [organId], reasons: '原判认定事实错误' });
    expect(appealed.status).toBe(200);
    const appeal = appealed.body.continuations[0];
    expect(appeal).toMatchObject({ caseType: '行终', courtName: '吉林省长春市中级人民法院', node: 'submitted' });

    const ccClerk = await login('cc-filing');
    const cc = await courtId(ccClerk, '吉01');
    const registered = await ccClerk.fire(appeal.id, 'accept', { divisionId: await divisionId(ccClerk, cc, ADMIN_DIVISION) });
    expect(registered.status).toBe(200);
    expect(registered.body.caseNumber).toMatch(/^（2026）吉01行终\d+号$/);
    // The 行终 shows the act and what the first instance did with it (ALL art 70).
    expect(registered.body.administrativeAct).toMatchObject({ name: '行政处罚决定', documentNumber: '南市监罚〔2026〕3号', judgmentKind: 'revoke' });
    expect((await periodsOf(ccClerk, appeal.id)).find((p) => p.kind === 'trialLimit')).toMatchObject({ status: 'running', dueOn: '2026-06-30' });
  });
});

describe("the organ's evidence after its 15 days (ALL art 34)", () => {
  test('is taken and flagged late, with or without a reason the court will weigh', async () => {
    clock.set('2026-03-02');
    const { id } = await fileAdminCase(world.server.baseUrl);
    const accepted = await acceptAdminCase(world.server.baseUrl, id);
    const organId = accepted.parties.find((p: { name: string }) => p.name === DEMO_ORGAN.name).id as number;
    const clerk = await login('ng-filing');
    expect((await clerk.fire(id, 'recordService', { document: 'complaintCopy', partyIds: [organId], servedOn: '2026-03-02', method: 'direct' })).status).toBe(200);
    // Due 03-17; filed on 03-20.
    clock.set('2026-03-20');
    const organ = await login('organ-ng-scjg');
    const base = { partyId: organId, evidence: [{ name: '询问笔录', source: '执法人员制作', purpose: '证明违法事实', pages: 2 }], legalBasis: ['《中华人民共和国行政处罚法》第五十七条'] };
    expect((await organ.fire(id, 'submitOrganDefence', { ...base, attachmentIds: [await upload(organ, 'defence')] })).status).toBe(200);
    expect((await organ.fire(id, 'submitOrganDefence', { ...base, attachmentIds: [await upload(organ, 'defence')], lateReason: '执法人员因公负伤，证据未能及时整理' })).status).toBe(200);
    const filed = (await clerk.get(`/api/v1/cases/${id}/timeline`)).body.filter((e: { event: string }) => e.event === 'submitOrganDefence');
    expect(filed.map((e: { payload: Record<string, unknown> }) => [e.payload.timing, e.payload.isEvidenceLate, e.payload.dueOn])).toEqual([
      ['late', true, '2026-03-17'],
      ['lateJustified', true, '2026-03-17'],
    ]);
    expect((await periodsOf(clerk, id)).find((p) => p.kind === 'organDefence')?.status).not.toBe('completed');
  });
});

describe('审限 extension of 行初 (ALL art 81; ALL-Interp art 50)', () => {
  test('a basic court applies straight to the high court, whose president decides; others may not', async () => {
    clock.set('2026-03-02');
    const { id } = await fileAdminCase(world.server.baseUrl);
    await acceptAdminCase(world.server.baseUrl, id);
    const judge = await assignAdminPanel(world.server.baseUrl, id);
    // Due 2026-09-02; 10 days ahead [U] is 08-23 at the latest.
    clock.set('2026-08-24');
    expectRefused(await judge.fire(id, 'applyExtension', { reason: '案情复杂，需要调取证据' }), 422, 'EXTENSION_TOO_LATE');
    clock.set('2026-08-20');
    const applied = await judge.fire(id, 'applyExtension', { reason: '案情复杂，需要调取证据' });
    expect(applied.status).toBe(200);
    const entry = (await judge.get(`/api/v1/cases/${id}/timeline`)).body.find((e: { event: string }) => e.event === 'applyExtension');
    const high = await courtId(judge, '吉');
    expect(entry.payload).toMatchObject({ approver: 'highCourt', decidingCourtId: high });
    const extensionId = entry.payload.extensionId as number;
    for (const who of ['ng-president', 'cc-president']) {
      const r = await (await login(who)).fire(id, 'approveExtension', { extensionId });
      expect([403, 404]).toContain(r.status);
    }
    const approved = await (await login('jl-president')).fire(id, 'approveExtension', { extensionId, note: '同意延长三个月' });
    expect(approved.status).toBe(200);
    expect((await periodsOf(judge, id)).find((p) => p.kind === 'trialLimit')).toMatchObject({ dueOn: '2026-12-02' });
  });
});
