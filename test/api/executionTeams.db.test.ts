// Issue 17 item 3 (分段集约): a court's stages and 繁简分流 rules as its setting, its execution teams, the checks at
// 分案, the stage limits on the clock, a team's queue and its batch actions. Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { exportedWorkbook } from '../support/exportedWorkbook';
import { courtId } from '../support/fixtures';
import { decidedCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let admin: ApiClient;
let chief: ApiClient;
let civilChief: ApiClient;
let clerk: ApiClient;
let officer: ApiClient;
let court: number;
let otherCourt: number;
let ids: Record<string, number>;
beforeAll(async () => {
  const base = world.server.baseUrl;
  [admin, chief, civilChief, clerk, officer] = await Promise.all([
    ApiClient.loggedIn(base, 'admin'),
    ApiClient.loggedIn(base, 'ng-execchief'),
    ApiClient.loggedIn(base, 'ng-chief'),
    ApiClient.loggedIn(base, 'ng-filing'),
    ApiClient.loggedIn(base, 'ng-exec1'),
  ]);
  court = await courtId(clerk, '吉0102');
  otherCourt = await courtId(clerk, '吉01');
  const candidates = (await chief.get(`/api/v1/admin/execution/courts/${court}/team-candidates`)).body as { userId: number; displayName: string }[];
  ids = Object.fromEntries(candidates.map((c) => [c.displayName, c.userId]));
});

const settingsUrl = () => `/api/v1/admin/execution/courts/${court}/settings`;
const stages = (limit: number | null) => [
  { code: '立案审查', label: { 'zh-CN': '立案审查', en: 'Registration review' }, limitDays: null },
  { code: '集约查控', label: { 'zh-CN': '集约查控', en: 'Asset search' }, limitDays: limit },
  { code: '财产处置', label: { 'zh-CN': '财产处置', en: 'Disposal' }, limitDays: null },
  { code: '结案审查', label: { 'zh-CN': '结案审查', en: 'Closing review' }, limitDays: 10 },
];
type Period = { kind: string; status: string; dueOn: string };
const period = async (id: number, kind: string): Promise<Period | undefined> => ((await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods as Period[]).find((p) => p.kind === kind && p.status === 'running');

/** A registered 执 case of 南关 (about 102,875 yuan applied for), its judgment served 2026-03-31. */
async function registeredExecution(preservedAmount?: string): Promise<number> {
  clock.set('2026-03-02');
  const c = await decidedCase(world.server.baseUrl, clock);
  expect((await c.judge.fire(c.id, 'recordService', { document: 'judgment', partyIds: [c.byName['张三'], c.byName['李四']], servedOn: '2026-03-31', method: 'direct' })).status).toBe(200);
  clock.set('2026-05-25');
  const r = await c.party.post('/api/v1/execution/applications', {
    titleCaseId: c.id,
    items: [{ kind: 'principal', label: '借款本金', amount: '100000.00', dueOn: '2026-04-25' }],
    interestTo: '2026-05-25',
    debtorPartyIds: [c.byName['李四']],
    assetClues: '',
    attachmentIds: [],
  });
  expect(r.status).toBe(201);
  expect((await clerk.fire(r.body.caseId, 'registerExecution', preservedAmount ? { preservedAmount } : {})).status).toBe(200);
  return r.body.caseId;
}

describe("a court's stages and triage rules", () => {
  test('the defaults until configured; the civil chief may not, the 执行局 chief not for another court', async () => {
    const r = await chief.get(settingsUrl());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ isDefault: true, version: 0, triage: { simpleMaxAmount: '100000.00', preservedCoverPercent: 100 } });
    expect(r.body.stages.map((s: { code: string }) => s.code)).toEqual(['立案审查', '集约查控', '财产处置', '案款发放', '结案审查']);
    expect((await civilChief.get(settingsUrl())).body.code).toBe('EXECUTION_ADMIN_FORBIDDEN');
    expect((await chief.get(`/api/v1/admin/execution/courts/${otherCourt}/settings`)).body.code).toBe('COURT_FORBIDDEN');
  });

  test('a bad list is refused with its code and nothing saved; a stale version is refused', async () => {
    const dup = await chief.put(settingsUrl(), { stages: [...stages(20), stages(20)[0]], triage: { simpleMaxAmount: '50000.00', preservedCoverPercent: null } });
    expect(dup.status).toBe(422);
    expect(dup.body.code).toBe('EXECUTION_STAGE_DUPLICATE');
    expect((await chief.get(settingsUrl())).body.version).toBe(0);
    const ok = await chief.put(settingsUrl(), { stages: stages(20), triage: { simpleMaxAmount: '200000.00', preservedCoverPercent: 80 }, expectedVersion: 0 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 1, isDefault: false, triage: { simpleMaxAmount: '200000.00', preservedCoverPercent: 80 } });
    const stale = await admin.put(settingsUrl(), { stages: stages(20), triage: { simpleMaxAmount: null, preservedCoverPercent: null }, expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('EXECUTION_SETTINGS_CHANGED');
  });
});

let fast: number;
let full: number;
describe('execution teams', () => {
  test('members must be staff of the execution division; names are unique per court', async () => {
    const outsider = await chief.post('/api/v1/admin/execution/teams', { courtId: court, name: '快执二队', kind: 'fast', memberIds: [ids['南关法院执行员甲']!, 1] });
    expect(outsider.status).toBe(422);
    expect(outsider.body.code).toBe('EXECUTION_TEAM_MEMBER_NOT_ELIGIBLE');
    const f = await chief.post('/api/v1/admin/execution/teams', { courtId: court, name: '快执二队', kind: 'fast', memberIds: [ids['南关法院执行员甲']!] });
    expect(f.status).toBe(201);
    fast = f.body.id;
    expect(f.body).toMatchObject({ kindLabel: { 'zh-CN': '快执团队（简案）' }, memberCount: 1, isActive: true });
    full = (await chief.post('/api/v1/admin/execution/teams', { courtId: court, name: '精执二队', kind: 'full', memberIds: [ids['南关法院执行员乙']!] })).body.id;
    const again = await admin.post('/api/v1/admin/execution/teams', { courtId: court, name: '快执二队', kind: 'full', memberIds: [] });
    expect(again.status).toBe(409);
    expect((await chief.post('/api/v1/admin/execution/teams', { courtId: otherCourt, name: '甲队', kind: 'full', memberIds: [] })).body.code).toBe('COURT_FORBIDDEN');
  });

  test('listed, filtered, sorted and exported; staff of the court see its active teams', async () => {
    // The demo seeds 执行指挥中心, 快执团队 and 精执一队 in every court; the chief sees only their own court's.
    const list = (await chief.get(`/api/v1/admin/execution/teams?sort=-id`)).body;
    expect(list.items.map((t: { name: string }) => t.name)).toEqual(['精执二队', '快执二队', '精执一队', '快执团队', '执行指挥中心']);
    expect((await chief.get('/api/v1/admin/execution/teams?kind=fast&q=二队')).body.items.map((t: { id: number }) => t.id)).toEqual([fast]);
    expect((await chief.get('/api/v1/admin/execution/teams?q=执行员乙')).body.items.map((t: { name: string }) => t.name).sort()).toEqual(['精执一队', '精执二队'].sort());
    expect((await admin.get('/api/v1/admin/execution/teams?pageSize=100')).body.total).toBeGreaterThan(5);
    const book = await exportedWorkbook(world.server.baseUrl, chief, '/api/v1/admin/execution/teams/export?q=二队&sort=name');
    expect(book.rows[0]).toEqual(['执行团队', '类型', '法院', '成员', '在办案件', '状态']);
    expect(book.rows.slice(1).map((r) => r.slice(0, 2))).toEqual([['快执二队', '快执团队（简案）'], ['精执二队', '精执团队（繁案）']]);
    const setup = (await clerk.get('/api/v1/execution/teams')).body;
    expect(setup.teams.map((t: { name: string }) => t.name)).toContain('快执二队');
    expect(setup.stages.map((s: { code: string }) => s.code)).toEqual(['立案审查', '集约查控', '财产处置', '结案审查']);
  });
});

describe('分案, stages and limits', () => {
  let a: number;
  let b: number;
  test('繁简分流 at 立案 by the court’s rules, stored and shown', async () => {
    a = await registeredExecution();
    const rec = (await clerk.get(`/api/v1/cases/${a}/execution`)).body;
    expect(rec.triage).toMatchObject({ track: 'simple', trackLabel: { 'zh-CN': '简案（快执）' }, preserved: '0.00' });
    expect(rec.triage.reasons[0]['zh-CN']).toContain('不超过200000.00元');
    b = await registeredExecution('90000.00');
    expect((await clerk.get(`/api/v1/cases/${b}/execution`)).body.triage.track).toBe('simple');
  });

  test('the team must be the court’s and the officer one of its members (422, nothing saved)', async () => {
    const notMember = await clerk.fire(a, 'assignExecution', { judgeId: ids['南关法院执行员乙']!, teamId: fast });
    expect(notMember.status).toBe(422);
    expect(notMember.body.code).toBe('EXECUTION_OFFICER_NOT_IN_TEAM');
    const unknown = await clerk.fire(a, 'assignExecution', { judgeId: ids['南关法院执行员甲']!, teamId: 999_999 });
    expect(unknown.body.code).toBe('EXECUTION_TEAM_NOT_OF_COURT');
    expect((await clerk.get(`/api/v1/cases/${a}`)).body.node).toBe('registered');
    for (const id of [a, b]) expect((await clerk.fire(id, 'assignExecution', { judgeId: ids['南关法院执行员甲']!, teamId: fast })).status).toBe(200);
    expect((await clerk.get(`/api/v1/cases/${a}/execution`)).body).toMatchObject({ teamId: fast, teamName: '快执二队' });
  });

  test("moveStage checks the court's list and starts the stage's own limit; clues and investigations start theirs", async () => {
    expect((await officer.fire(a, 'moveStage', { stage: '案款发放' })).body.code).toBe('EXECUTION_STAGE_UNKNOWN');
    expect((await officer.fire(a, 'moveStage', { stage: '集约查控' })).status).toBe(200);
    // 2026-05-25 + 20 days = 2026-06-14, a Sunday → Monday 06-15.
    expect(await period(a, 'executionStage')).toMatchObject({ dueOn: '2026-06-15' });
    expect((await officer.fire(a, 'recordClue', { clue: '工商银行账户尾号1234', urgent: true })).status).toBe(200);
    expect(await period(a, 'clueVerificationUrgent')).toMatchObject({ dueOn: '2026-05-28' });
    expect((await officer.fire(a, 'requestInvestigation', { request: '申请调查被执行人名下车辆' })).status).toBe(200);
    expect(await period(a, 'propertyInvestigationStart')).toMatchObject({ dueOn: '2026-06-04' });
    expect(await period(a, 'propertyInvestigation')).toMatchObject({ dueOn: '2026-06-25' });
    expect((await officer.fire(a, 'reportInvestigation', { step: 'started' })).status).toBe(200);
    expect(await period(a, 'propertyInvestigationStart')).toBeUndefined();
    expect((await officer.fire(a, 'verifyClue', { result: '已冻结' })).status).toBe(200);
    expect(await period(a, 'clueVerificationUrgent')).toBeUndefined();
  });

  test("the team's queue: stage, due dates, filters, sort and export", async () => {
    const q = (await officer.get(`/api/v1/execution/teams/${fast}/queue?sort=dueOn`)).body;
    // Both wait for their execution notice (3 days from 分案, 2026-05-28); the tie goes by case.
    expect(q.items.map((r: { caseId: number }) => r.caseId)).toEqual([a, b]);
    const rowA = q.items.find((r: { caseId: number }) => r.caseId === a);
    expect(rowA).toMatchObject({ stage: '集约查控', officerName: '南关法院执行员甲', track: 'simple', dueOn: '2026-05-28', overdue: false });
    expect(rowA.periods.map((p: { kind: string; dueOn: string }) => `${p.kind} ${p.dueOn}`)).toEqual(['executionNotice 2026-05-28', 'executionStage 2026-06-15', 'propertyInvestigation 2026-06-25']);
    expect((await officer.get(`/api/v1/execution/teams/${fast}/queue?sort=-stageEnteredOn`)).body.items[0].caseId).toBe(a);
    expect((await officer.get(`/api/v1/execution/teams/${fast}/queue?stage=${encodeURIComponent('集约查控')}`)).body.items.map((r: { caseId: number }) => r.caseId)).toEqual([a]);
    clock.set('2026-06-20');
    expect((await officer.get(`/api/v1/execution/teams/${fast}/queue?overdue=true`)).body.items.map((r: { caseId: number }) => r.caseId).sort()).toEqual([a, b].sort());
    const book = await exportedWorkbook(world.server.baseUrl, officer, `/api/v1/execution/teams/${fast}/queue/export?sort=dueOn`);
    expect(book.rows[0]!.slice(0, 3)).toEqual(['案号', '阶段', '进入阶段日期']);
    expect(book.rows).toHaveLength(3);
    // Another court's staff do not see the team.
    const other = await ApiClient.loggedIn(world.server.baseUrl, 'cy-exec1');
    expect((await other.get(`/api/v1/execution/teams/${fast}/queue`)).status).toBe(404);
  });

  test('batch: each case gets the same event; failures are reported per case and change nothing', async () => {
    const bad = await officer.post(`/api/v1/execution/teams/${fast}/batch`, { action: 'moveStage', caseIds: [a, b], stage: '喝茶' });
    expect(bad.status).toBe(200);
    expect(bad.body).toMatchObject({ succeeded: 0, failed: 2 });
    expect(bad.body.results.map((r: { code: string }) => r.code)).toEqual(['EXECUTION_STAGE_UNKNOWN', 'EXECUTION_STAGE_UNKNOWN']);
    const r = await officer.post(`/api/v1/execution/teams/${fast}/batch`, { action: 'moveStage', caseIds: [a, b, 999_999], stage: '结案审查' });
    expect(r.body).toMatchObject({ succeeded: 2, failed: 1 });
    expect(r.body.results[2]).toMatchObject({ caseId: 999_999, ok: false, code: 'EXECUTION_CASE_NOT_IN_TEAM' });
    expect((await officer.get(`/api/v1/execution/teams/${fast}/queue?stage=${encodeURIComponent('结案审查')}`)).body.total).toBe(2);
    expect(await period(a, 'executionStage')).toMatchObject({ dueOn: '2026-06-30' });
    // Reassigning within the team: only to a member, and only by the chief (the officer holds no role for it).
    const byOfficer = await officer.post(`/api/v1/execution/teams/${fast}/batch`, { action: 'reassign', caseIds: [a], judgeId: ids['南关法院执行员乙']! });
    expect(byOfficer.body.results[0].code).toBe('CASE_EVENT_FORBIDDEN');
    const notMember = await chief.post(`/api/v1/execution/teams/${fast}/batch`, { action: 'reassign', caseIds: [a, b], judgeId: ids['南关法院执行员乙']! });
    expect(notMember.body.results.map((x: { code: string }) => x.code)).toEqual(['EXECUTION_OFFICER_NOT_IN_TEAM', 'EXECUTION_OFFICER_NOT_IN_TEAM']);
    expect((await chief.patch(`/api/v1/admin/execution/teams/${fast}`, { memberIds: [ids['南关法院执行员甲']!, ids['南关法院执行员乙']!] })).status).toBe(200);
    const moved = await chief.post(`/api/v1/execution/teams/${fast}/batch`, { action: 'reassign', caseIds: [a, b], judgeId: ids['南关法院执行员乙']! });
    expect(moved.body).toMatchObject({ succeeded: 2, failed: 0 });
    expect((await chief.get(`/api/v1/execution/teams/${fast}/queue`)).body.items.every((x: { officerName: string }) => x.officerName === '南关法院执行员乙')).toBe(true);
    // 集约 sending of the execution notices: the new officer sends both at once; each case's 3 days end.
    const officer2 = await ApiClient.loggedIn(world.server.baseUrl, 'ng-exec2');
    const notices = await officer2.post(`/api/v1/execution/teams/${fast}/batch`, { action: 'issueNotice', caseIds: [a, b], reportDays: 7 });
    expect(notices.body).toMatchObject({ succeeded: 2, failed: 0 });
    for (const id of [a, b]) expect(await period(id, 'executionNotice')).toBeUndefined();
    const queue = (await chief.get(`/api/v1/execution/teams/${fast}/queue`)).body.items as { periods: { kind: string }[] }[];
    expect(queue.flatMap((x) => x.periods.map((p) => p.kind))).not.toContain('executionNotice');
    // The first officer no longer holds the cases: refused per case, nothing sent twice.
    const notHis = await officer.post(`/api/v1/execution/teams/${fast}/batch`, { action: 'issueNotice', caseIds: [a] });
    expect(notHis.body.results[0].code).toBe('CASE_EVENT_FORBIDDEN');
    expect(full).toBeGreaterThan(0);
  });
});
