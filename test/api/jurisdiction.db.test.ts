// Jurisdiction as data (issue 19 item 5): the proposal with its rules and versions, the warning at filing (the filing is
// still received, FILING art 2), rule versions that never reach a case already filed.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { causeId, courtId, loanComplaint } from '../support/fixtures';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const login = (u: string) => ApiClient.loggedIn(world.server.baseUrl, u);
const NANGUAN = '220102';
const CHAOYANG = '220104';

describe('the competent-court proposal', () => {
  test('a loan goes to the defendant’s district; 6亿 to 长春中院 under LEVEL-2021, with rule and version', async () => {
    const party = await login('zhangsan');
    const loan = await causeId(party, '民间借贷纠纷');
    const r = await party.post('/api/v1/jurisdiction/proposal', { causeId: loan, amount: '150000', places: { plaintiffDomiciles: [NANGUAN], defendantDomiciles: [CHAOYANG] } });
    expect(r.status).toBe(200);
    expect(r.body.courts.map((c: { code: string }) => c.code)).toEqual(['吉0104']);
    expect(r.body.courts[0].reasons[0]).toMatchObject({ ruleKey: 'CPL-2023-art-22-24-territorial', version: 1, source: 'CPL-2023 arts 22, 24' });
    const big = await party.post('/api/v1/jurisdiction/proposal', { causeId: loan, amount: '600000000', places: { plaintiffDomiciles: [NANGUAN], defendantDomiciles: [CHAOYANG] } });
    expect(big.body.courts[0]).toMatchObject({ code: '吉01', reasons: [{}, { ruleKey: 'LEVEL-2021-intermediate-same-province', version: 1, source: 'LEVEL-2021 item 1' }] });
  });

  test('environmental causes of the 长春 region go to the designated 朝阳 court ("1+10"), and 南关 gets a warning', async () => {
    const party = await login('zhangsan');
    const water = await causeId(party, '水污染责任纠纷');
    const nanguan = await courtId(party, '吉0102');
    const r = await party.post('/api/v1/jurisdiction/proposal', { causeId: water, places: { plaintiffDomiciles: [NANGUAN], defendantDomiciles: [NANGUAN] }, courtId: nanguan });
    expect(r.body.courts).toEqual([expect.objectContaining({ code: '吉0104' })]);
    expect(r.body.courts[0].reasons.at(-1)).toMatchObject({ kind: 'designated', ruleKey: 'JL-environment-1+10-changchun' });
    expect(r.body.warnings).toEqual([expect.objectContaining({ code: 'COURT_NOT_COMPETENT', proposedCourtIds: [await courtId(party, '吉0104')] })]);
  });

  test('anonymous callers are refused; an unknown cause is a 422', async () => {
    const anon = new ApiClient(world.server.baseUrl);
    expect((await anon.post('/api/v1/jurisdiction/proposal', { causeId: 1, places: { plaintiffDomiciles: [], defendantDomiciles: [] } })).status).toBe(401);
    const party = await login('zhangsan');
    expect((await party.post('/api/v1/jurisdiction/proposal', { causeId: 999999, places: { plaintiffDomiciles: [], defendantDomiciles: [] } })).body.code).toBe('CAUSE_UNKNOWN');
  });
});

describe('filing with the proposal', () => {
  test('a filing at a court that is not competent is received with the warning, and keeps its proposal when the rules change', async () => {
    clock.set('2026-03-02');
    const party = await login('zhangsan');
    const complaint = await loanComplaint(party, { causeId: await causeId(party, '水污染责任纠纷'), jurisdiction: { plaintiffDomiciles: [NANGUAN], defendantDomiciles: [NANGUAN] } });
    const filed = await party.post('/api/v1/filings', complaint);
    expect(filed.status).toBe(201);
    expect(filed.body.node).toBe('submitted');
    expect(filed.body.jurisdictionWarnings).toEqual([expect.objectContaining({ code: 'COURT_NOT_COMPETENT' })]);

    // The administrator ends the designation and adds a version naming 南关 from 2026-03-03.
    const admin = await login('admin');
    const rules = (await admin.get('/api/v1/admin/jurisdiction-rules')).body as { id: number; key: string; version: number; params: Record<string, unknown> }[];
    const designated = rules.find((x) => x.key === 'JL-environment-1+10-changchun')!;
    const early = await admin.post(`/api/v1/admin/jurisdiction-rules/${designated.id}/end`, { effectiveTo: '2026-03-01' });
    expect(early.body.code).toBe('JURISDICTION_RULE_RETROACTIVE');
    expect((await admin.post(`/api/v1/admin/jurisdiction-rules/${designated.id}/end`, { effectiveTo: '2026-03-02' })).status).toBe(200);
    const v2 = await admin.post('/api/v1/admin/jurisdiction-rules', {
      key: designated.key,
      kind: 'designated',
      label: { 'zh-CN': '环境资源案件集中管辖（长春地区 → 南关）', en: 'Environment cases of 长春 → 南关' },
      source: 'demo notice',
      params: { ...designated.params, courtCodes: ['吉0102'] },
      effectiveFrom: '2026-03-03',
    });
    expect(v2.status).toBe(201);
    expect(v2.body).toMatchObject({ version: 2, effectiveTo: null });
    const bad = await admin.post('/api/v1/admin/jurisdiction-rules', { ...v2.body, id: undefined, version: undefined, effectiveTo: undefined, params: { causeKeys: 'all' } });
    expect(bad.body.code).toBe('JURISDICTION_RULE_INVALID');

    // The case filed on 2026-03-02 keeps its proposal; a filing on 2026-03-03 is proposed 南关 under version 2.
    const kept = await party.get(`/api/v1/cases/${filed.body.id}/jurisdiction`);
    expect(kept.body).toMatchObject({ proposedOn: '2026-03-02', proposal: { courts: [{ code: '吉0104' }], warnings: [{ code: 'COURT_NOT_COMPETENT' }] } });
    clock.set('2026-03-03');
    const later = await party.post('/api/v1/filings', await loanComplaint(party, { causeId: await causeId(party, '水污染责任纠纷'), jurisdiction: { plaintiffDomiciles: [NANGUAN], defendantDomiciles: [NANGUAN] } }));
    expect(later.body.jurisdictionWarnings).toEqual([]);
    expect((await party.get(`/api/v1/cases/${later.body.id}/jurisdiction`)).body.proposal.courts[0].reasons.at(-1)).toMatchObject({ version: 2 });
    expect((await party.get(`/api/v1/cases/${filed.body.id}/jurisdiction`)).body).toEqual(kept.body);
    // Another user does not see the case's proposal.
    expect((await (await login('lawyer-wang')).get(`/api/v1/cases/${filed.body.id}/jurisdiction`)).status).toBe(404);
  });
});
