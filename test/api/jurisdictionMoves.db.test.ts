// 提级 / 下放 (CPL-2023 art 39; ALL art 24) and 指定管辖 (CPL-2023 art 38; ALL art 23) by the 移送 mechanism: the case
// closes here with its history, the receiving court registers it under its own number within TL-2000 art 6's 3 days,
// no second fee; and the 行政起诉's court proposal by ALL arts 15 and 18–20, stored with the filing.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { acceptAdminCase, adminComplaint, assignAdminPanel, fileAdminCase } from '../support/administrativeScenario';
import { courtId, divisionId } from '../support/fixtures';
import { assignedCase } from '../support/jurisdictionScenario';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const login = (u: string) => ApiClient.loggedIn(world.server.baseUrl, u);
const periods = async (api: ApiClient, id: number) => (await api.get(`/api/v1/cases/${id}/clock`)).body.periods as { kind: string; status: string; dueOn: string; trace: unknown }[];

describe('提级 (CPL-2023 art 39)', () => {
  test('长春中院 takes 南关’s loan case: refused to a court that is not above 南关, then moved with history, its own number, no second fee', async () => {
    clock.set('2026-03-02');
    const c = await assignedCase(world.server.baseUrl);
    const judge = await login('ng-judge1');
    const [cc, cy] = [await courtId(judge, '吉01'), await courtId(judge, '吉0104')];
    const input = { receivingCourtId: cc, direction: 'up', decisionNumber: '（2026）吉01民辖3号', reason: '本案有重大影响，上级法院决定提级审理' };
    const sideways = await judge.fire(c.id, 'elevateJurisdiction', { ...input, receivingCourtId: cy });
    expect([sideways.status, sideways.body.code]).toEqual([422, 'JURISDICTION_NOT_HIGHER_COURT']);
    const down = await judge.fire(c.id, 'elevateJurisdiction', { ...input, direction: 'down' });
    expect([down.status, down.body.code]).toEqual([409, 'JURISDICTION_NO_LOWER_COURT']);
    expect((await (await login('zhangsan')).fire(c.id, 'elevateJurisdiction', input)).status).toBe(403);

    const r = await judge.fire(c.id, 'elevateJurisdiction', input);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ node: 'closed', closingMethod: 'transfer' });
    expect(r.body.closingSummary).toContain('提级由吉林省长春市中级人民法院审理');
    const moved = r.body.continuations[0];
    expect(moved).toMatchObject({ caseType: '民初', node: 'submitted', caseNumber: null });

    // TL-2000 art 6: 3 days to register a case whose jurisdiction changed.
    const clerk = await login('cc-filing');
    expect((await periods(clerk, moved.id)).find((p) => p.kind === 'filingReview')).toMatchObject({ status: 'running', dueOn: '2026-03-05' });
    const acc = await clerk.fire(moved.id, 'accept', { procedure: 'ordinary', divisionId: await divisionId(clerk, cc) });
    expect(acc.status).toBe(200);
    expect(acc.body.caseNumber).toMatch(/^（2026）吉01民初\d+号$/);
    expect((await clerk.get(`/api/v1/cases/${moved.id}/fees`)).body.notices).toEqual([]);
    const line = (await clerk.get(`/api/v1/cases/${moved.id}/timeline`)).body as { event: string; payload: Record<string, unknown> }[];
    expect(line[0]).toMatchObject({ event: 'receiveTransfer', payload: { move: 'elevate', decisionNumber: '（2026）吉01民辖3号' } });
  });
});

describe('指定管辖 (CPL-2023 art 38)', () => {
  test('长春中院 designates 宽城 for a disputed case; a court not above both cannot designate', async () => {
    clock.set('2026-03-02');
    const c = await assignedCase(world.server.baseUrl);
    const judge = await login('ng-judge1');
    const [cc, kc, cy] = [await courtId(judge, '吉01'), await courtId(judge, '吉0103'), await courtId(judge, '吉0104')];
    const input = { receivingCourtId: kc, designatingCourtId: cc, ground: 'dispute', decisionNumber: '（2026）吉01民辖4号', reason: '南关、宽城两院管辖权争议，协商不成' };
    const notTransferred = await judge.fire(c.id, 'designateJurisdiction', { ...input, ground: 'transferredNotCompetent' });
    expect([notTransferred.status, notTransferred.body.code]).toEqual([409, 'DESIGNATION_GROUND_NOT_TRANSFERRED']);
    const peer = await judge.fire(c.id, 'designateJurisdiction', { ...input, designatingCourtId: cy });
    expect([peer.status, peer.body.code]).toEqual([422, 'DESIGNATING_COURT_NOT_COMMON_HIGHER']);
    expect((await judge.get(`/api/v1/cases/${c.id}`)).body.node).toBe('assigned');

    const r = await judge.fire(c.id, 'designateJurisdiction', input);
    expect(r.status).toBe(200);
    expect(r.body.closingSummary).toContain('指定长春市宽城区人民法院管辖');
    const moved = r.body.continuations[0];
    const acc = await (await login('kc-filing')).fire(moved.id, 'accept', { procedure: 'simple', divisionId: await divisionId(judge, kc) });
    expect(acc.status).toBe(200);
    expect(acc.body.caseNumber).toMatch(/^（2026）吉0103民初\d+号$/);
  });
});

describe('行政起诉: the proposal by ALL arts 15, 18–20 and 提级 (ALL art 24)', () => {
  test('the proposal names the court of the organ’s place, or 长春中院 against a district government', async () => {
    const zhang = await login('zhangsan');
    const ask = (administrative: Record<string, unknown>) => zhang.post('/api/v1/jurisdiction/proposal', { caseType: '行初', places: { plaintiffDomiciles: ['220104'], defendantDomiciles: [], administrative } });
    const local = await ask({ actingOrganPlace: '220102' });
    expect(local.status).toBe(200);
    expect(local.body.courts.map((c: { code: string }) => c.code)).toEqual(['吉0102']);
    expect(local.body.courts[0].reasons[0]).toMatchObject({ ruleKey: 'ALL-art-18-acting-organ', version: 1, source: 'ALL art 18 para 1' });
    const gov = await ask({ actingOrganPlace: '220102', organKind: 'countyOrAboveGovernment' });
    expect(gov.body.courts[0]).toMatchObject({ code: '吉01', reasons: [{}, { ruleKey: 'ALL-art-15-1-organs', source: 'ALL art 15(1)' }] });
    const freedom = await ask({ actingOrganPlace: '220102', restrictsPersonalFreedom: true });
    expect(freedom.body.courts.map((c: { code: string }) => c.code)).toEqual(['吉0102', '吉0104']);
    const civil = await zhang.post('/api/v1/jurisdiction/proposal', { places: { plaintiffDomiciles: [], defendantDomiciles: ['220102'] } });
    expect([civil.status, civil.body.code]).toEqual([422, 'CAUSE_REQUIRED']);
  });

  test('a 行初 filed at 南关 against a district government is received with the warning and keeps its proposal', async () => {
    clock.set('2026-03-02');
    const zhang = await login('zhangsan');
    const filed = await zhang.post('/api/v1/filings', await adminComplaint(zhang, { extra: { jurisdiction: { plaintiffDomiciles: ['220102'], defendantDomiciles: ['220102'], administrative: { actingOrganPlace: '220102', organKind: 'countyOrAboveGovernment' } } } }));
    expect(filed.status).toBe(201);
    expect(filed.body.jurisdictionWarnings).toEqual([expect.objectContaining({ code: 'COURT_NOT_COMPETENT', proposedCourtIds: [await courtId(zhang, '吉01')] })]);
    expect(filed.body.jurisdictionWarnings[0].message['zh-CN']).toContain('《行政诉讼法》第二十二条');
    const kept = await zhang.get(`/api/v1/cases/${filed.body.id}/jurisdiction`);
    expect(kept.body.proposal.courts[0].reasons.map((r: { source: string }) => r.source)).toEqual(['ALL art 18 para 1', 'ALL art 15(1)']);
  });

  test('长春中院 takes 南关’s 行初 up; the act goes with it; an administrative case is not handed down', async () => {
    clock.set('2026-03-02');
    const { id } = await fileAdminCase(world.server.baseUrl);
    await acceptAdminCase(world.server.baseUrl, id);
    await assignAdminPanel(world.server.baseUrl, id);
    const clerk = await login('ng-filing');
    const cc = await courtId(clerk, '吉01');
    const r = await clerk.fire(id, 'elevateJurisdiction', { receivingCourtId: cc, direction: 'up', decisionNumber: '（2026）吉01行辖1号', reason: '报请上级法院审理' });
    expect(r.status).toBe(200);
    const moved = r.body.continuations[0];
    expect(moved).toMatchObject({ caseType: '行初', node: 'submitted' });
    const there = await login('cc-filing');
    const detail = (await there.get(`/api/v1/cases/${moved.id}`)).body;
    expect(detail.administrativeAct).toMatchObject({ name: '行政处罚决定', documentNumber: '南市监罚〔2026〕3号' });
    const acc = await there.fire(moved.id, 'accept', { procedure: 'ordinary', divisionId: await divisionId(there, cc, '行政审判庭') });
    expect(acc.status).toBe(200);
    expect(acc.body.caseNumber).toMatch(/^（2026）吉01行初\d+号$/);
    expect((await there.get(`/api/v1/cases/${moved.id}/fees`)).body.notices).toEqual([]);
    // ALL art 24 has no 下放: 长春中院 may not hand it to 南关.
    const down = await there.fire(moved.id, 'elevateJurisdiction', { receivingCourtId: await courtId(there, '吉0102'), direction: 'down', decisionNumber: '（2026）吉行辖1号', reason: '交下级法院审理' });
    expect([down.status, down.body.code]).toEqual([409, 'JURISDICTION_HAND_DOWN_NOT_ADMINISTRATIVE']);
  });
});
