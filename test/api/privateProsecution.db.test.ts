// Issue 19 (自诉): a victim files a private prosecution online (CrPL arts 114, 210); the filing clerk registers it with
// the 刑初 events; with no defendant detained its 审限 is 6 months (CrPL art 212). Refusals — not the victim, a charge
// not handled only upon complaint under ground (1), an unknown charge — save nothing; another party cannot see it.
// Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { demoIdNumber } from '../../src/server/db/seed/demoProvince';
import { ApiClient } from '../support/apiClient';
import { chargeId, registerCriminal } from '../support/criminalScenario';
import { filePrivateProsecution, privateDefendant, privateProsecutionInput } from '../support/privateProsecutionScenario';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let base: string;
let zhangsan: ApiClient;
let lisi: ApiClient;
let clerk: ApiClient;
let procurator: ApiClient;
beforeAll(async () => {
  base = world.server.baseUrl;
  [zhangsan, lisi, clerk, procurator] = await Promise.all([
    ApiClient.loggedIn(base, 'zhangsan'),
    ApiClient.loggedIn(base, 'lisi'),
    ApiClient.loggedIn(base, 'ng-filing'),
    ApiClient.loggedIn(base, 'procurator-ng'),
  ]);
});

const mine = async (api: ApiClient) => (await api.get('/api/v1/cases?view=mine&pageSize=100')).body.total as number;
const queued = async () => (await clerk.get('/api/v1/cases?view=filingQueue&pageSize=100')).body.total as number;

describe('a party files a private prosecution', () => {
  test('张三 files for 侮辱罪; the clerk registers it; 审限 6 months for a defendant not detained; 李四 sees nothing', async () => {
    clock.set('2026-03-02');
    const { id, detail } = await filePrivateProsecution(base);
    expect(detail).toMatchObject({ caseType: '刑初', node: 'submitted' });
    const label = (name: string) => detail.parties.find((p: { name: string }) => p.name === name).standingLabel['zh-CN'];
    expect([label('张三'), label('周某')]).toEqual(['自诉人', '被告人']);
    // CrPL-Interp art 320 [U]: 15 days to review.
    const review = (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'filingReview');
    expect(review.dueOn).toBe('2026-03-17');
    expect((await clerk.get('/api/v1/cases?view=filingQueue&pageSize=100')).body.items.map((c: { id: number }) => c.id)).toContain(id);
    expect((await zhangsan.get('/api/v1/cases?view=mine&pageSize=100')).body.items.map((c: { id: number }) => c.id)).toContain(id);
    expect((await zhangsan.get(`/api/v1/cases/${id}/criminal`)).body).toMatchObject({ prosecution: 'private', procuratorate: null, defendants: [{ name: '周某', detentionStatus: 'notDetained', charges: [{ name: '侮辱罪' }] }] });
    expect((await lisi.get(`/api/v1/cases/${id}`)).status).toBe(404);
    expect((await procurator.get(`/api/v1/cases/${id}`)).status).toBe(404);

    const { detail: registered } = await registerCriminal(base, id);
    expect(registered.caseNumber).toMatch(/^（2026）吉0102刑初\d+号$/);
    const limit = (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'trialLimit');
    expect(limit.dueOn).toBe('2026-09-02');
    expect((await zhangsan.get(`/api/v1/cases/${id}`)).body.node).toBe('accepted');
  });

  test('a detained defendant keeps the public-prosecution 审限 of 2 months (CrPL arts 208, 212)', async () => {
    clock.set('2026-03-02');
    const api = zhangsan;
    const detained = await privateDefendant(api, '侮辱罪', { detentionStatus: 'detained', custodyPlace: '长春市看守所', custodyIntervals: [{ from: '2026-02-20' }] });
    const { id } = await filePrivateProsecution(base, { defendants: [detained] });
    await registerCriminal(base, id);
    const limit = (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'trialLimit');
    expect(limit.dueOn).toBe('2026-05-02');
  });

  test('a lawyer files for 张三: 张三 is the 自诉人 linked to his account, the lawyer his agent; both see it', async () => {
    clock.set('2026-03-02');
    const { id, api: lawyer, detail } = await filePrivateProsecution(base, {}, 'lawyer-wang');
    expect(detail.parties.find((p: { name: string }) => p.name === '张三').standingLabel['zh-CN']).toBe('自诉人');
    expect((await lawyer.get(`/api/v1/cases/${id}`)).status).toBe(200);
    expect((await zhangsan.get(`/api/v1/cases/${id}`)).status).toBe(200);
    expect((await lisi.get(`/api/v1/cases/${id}`)).status).toBe(404);
  });

  test('the filing clerk may reject it with the 刑初 event', async () => {
    clock.set('2026-03-02');
    const { id } = await filePrivateProsecution(base);
    const r = await clerk.fire(id, 'reject', { reason: '缺乏罪证，自诉人经说服不撤回起诉', basis: '《刑事诉讼法》第二百一十一条' });
    expect([r.status, r.body.node]).toEqual([200, 'rejected']);
    expect((await zhangsan.get(`/api/v1/cases/${id}`)).body.node).toBe('rejected');
  });
});

describe('refusals save nothing', () => {
  test.each<[string, (api: ApiClient) => Promise<Record<string, unknown>>, number, string]>([
    ['a near relative of a living victim (CrPL art 114)', async () => ({ capacity: 'nearRelative', victim: undefined }), 422, 'PRIVATE_PROSECUTOR_NOT_VICTIM'],
    ['someone else’s ID as the complainant', async () => ({ complainant: { name: '李四', idNumber: demoIdNumber('22010419900101002') } }), 422, 'PRIVATE_PROSECUTOR_NOT_SELF'],
    ['故意伤害罪 on ground (1) (CrPL art 210(1))', async (api) => ({ defendants: [await privateDefendant(api, '故意伤害罪')] }), 422, 'CHARGE_NOT_COMPLAINT_ONLY'],
    ['an unknown charge', async (api) => ({ defendants: [await privateDefendant(api, '侮辱罪', { chargeIds: [999999] })] }), 422, 'CHARGE_UNKNOWN'],
    ['ground (3) without the authorities’ decision', async () => ({ ground: 'authoritiesDeclined' }), 422, 'AUTHORITIES_DECISION_REQUIRED'],
    ['an intermediate court', async (api) => ({ courtId: (await api.get('/api/v1/courts')).body.find((c: { code: string }) => c.code === '吉01').id }), 422, 'COURT_NOT_BASIC'],
  ])('%s: %i %s in both languages', async (_, change, status, code) => {
    clock.set('2026-03-02');
    const [before, queue] = [await mine(zhangsan), await queued()];
    const input = await privateProsecutionInput(zhangsan);
    const r = await zhangsan.post('/api/v1/private-prosecutions', { ...input, ...(await change(zhangsan)) });
    expect([r.status, r.body.code]).toEqual([status, code]);
    expect(r.body.messages['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(r.body.messages.en).toMatch(/[a-z]/);
    expect([await mine(zhangsan), await queued()]).toEqual([before, queue]);
  });

  test('故意伤害罪 as a minor case with evidence (ground 2) is accepted', async () => {
    clock.set('2026-03-02');
    const { detail } = await filePrivateProsecution(base, { ground: 'minorWithEvidence', defendants: [await privateDefendant(zhangsan, '故意伤害罪')] });
    expect(detail.node).toBe('submitted');
  });

  test('only a party or a lawyer files a 自诉', async () => {
    const input = await privateProsecutionInput(zhangsan);
    expect((await procurator.post('/api/v1/private-prosecutions', input)).status).toBe(403);
    expect((await clerk.post('/api/v1/private-prosecutions', input)).status).toBe(403);
    expect(await chargeId(zhangsan, '侮辱罪')).toBeGreaterThan(0);
  });
});
