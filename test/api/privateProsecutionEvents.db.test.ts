// Issue 19 (自诉 events, CrPL arts 212, 213): a registered 自诉 is mediated to a close (not one the authorities declined
// to pursue), settled or withdrawn with the court's approval, and the defendant counterclaims against the 自诉人; none of
// it on a public prosecution. Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { assignCriminal, chargeId, fileProsecution, registerCriminal } from '../support/criminalScenario';
import { filePrivateProsecution, privateDefendant } from '../support/privateProsecutionScenario';
import { closingDocument } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let base: string;
let judge: ApiClient;
beforeAll(async () => {
  base = world.server.baseUrl;
  judge = await ApiClient.loggedIn(base, 'ng-crimjudge');
});

/** A 自诉 of 张三 against 周某, registered and assigned to a panel of 南关's 刑事审判庭. */
async function registeredPrivate(o: Record<string, unknown> = {}) {
  clock.set('2026-03-02');
  const { id, api } = await filePrivateProsecution(base, o);
  await registerCriminal(base, id);
  await assignCriminal(base, id);
  const detail = (await judge.get(`/api/v1/cases/${id}`)).body;
  const partyOf = (standing: string) => detail.parties.find((p: { standing: string }) => p.standing === standing).id as number;
  return { id, zhangsan: api, defendant: partyOf('defendant'), complainant: partyOf('privateProsecutor') };
}

const timelineEntry = async (id: number, event: string) => ((await judge.get(`/api/v1/cases/${id}/timeline`)).body as { event: string; payload: Record<string, unknown> }[]).find((e) => e.event === event);

describe('CrPL art 212: mediation, settlement and withdrawal', () => {
  test('a 侮辱 自诉 is mediated: closed by the 调解书, on the timeline', async () => {
    const { id } = await registeredPrivate();
    const r = await judge.fire(id, 'mediatePrivateProsecution', { closedOn: '2026-03-02', documentId: await closingDocument(judge, '刑事调解书.pdf') });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ node: 'closed', closingMethod: 'mediation' });
    expect((await timelineEntry(id, 'mediatePrivateProsecution'))?.payload).toMatchObject({ method: 'mediation', ending: 'mediation', source: 'CrPL art 212' });
  });

  test('a 自诉 the police declined to pursue is not mediated (409), but its withdrawal is approved', async () => {
    const { id } = await registeredPrivate({ ground: 'authoritiesDeclined', authoritiesDecision: '长春市公安局南关分局不予立案通知书', defendants: [await privateDefendant(judge, '故意伤害罪')] });
    const refused = await judge.fire(id, 'mediatePrivateProsecution', { closedOn: '2026-03-02', documentId: await closingDocument(judge, '刑事调解书.pdf') });
    expect([refused.status, refused.body.code]).toEqual([409, 'MEDIATION_NOT_ALLOWED']);
    expect(refused.body.messages['zh-CN']).toContain('第二百一十二条');
    expect((await judge.get(`/api/v1/cases/${id}`)).body.node).toBe('assigned');
    const ok = await judge.fire(id, 'approvePrivateEnding', { kind: 'withdrawal', closedOn: '2026-03-02', reason: '自诉人申请撤回自诉，经审查准许。' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ node: 'closed', closingMethod: 'withdrawal' });
    expect((await timelineEntry(id, 'approvePrivateEnding'))?.payload).toMatchObject({ ending: 'withdrawal' });
  });

  test('a public prosecution has none of these events (422)', async () => {
    clock.set('2026-03-02');
    const { id } = await fileProsecution(base);
    await registerCriminal(base, id);
    await assignCriminal(base, id);
    const r = await judge.fire(id, 'approvePrivateEnding', { kind: 'settlement', closedOn: '2026-03-02', reason: '和解' });
    expect([r.status, r.body.code]).toEqual([422, 'NOT_PRIVATE_PROSECUTION']);
    expect((await judge.get(`/api/v1/cases/${id}`)).body.node).toBe('assigned');
  });
});

describe('CrPL art 213: the counterclaim', () => {
  test('周某 counterclaims 侮辱 against 张三 through the court; a theft counterclaim and one for the 自诉人 are refused', async () => {
    const { id, zhangsan, defendant, complainant } = await registeredPrivate();
    const insult = await chargeId(judge, '侮辱罪');
    const input = { partyId: defendant, ground: 'complaintOnly', chargeIds: [insult], facts: '自诉人张三在同一微信群中辱骂被告人周某。' };
    const theft = await judge.fire(id, 'fileCriminalCounterclaim', { ...input, chargeIds: [await chargeId(judge, '盗窃罪')] });
    expect([theft.status, theft.body.code]).toEqual([422, 'CHARGE_NOT_COMPLAINT_ONLY']);
    expect((await judge.fire(id, 'fileCriminalCounterclaim', { ...input, partyId: complainant })).body.code).toBe('COUNTERCLAIMANT_NOT_DEFENDANT');
    // The 自诉人 cannot counterclaim on the defendant's behalf.
    expect((await zhangsan.fire(id, 'fileCriminalCounterclaim', input)).status).toBe(403);
    const ok = await judge.fire(id, 'fileCriminalCounterclaim', input);
    expect(ok.status).toBe(200);
    expect(ok.body.node).toBe('assigned');
    expect((await timelineEntry(id, 'fileCriminalCounterclaim'))?.payload).toMatchObject({ counterclaimantPartyId: defendant, againstPartyIds: [complainant], chargeIds: [insult], source: 'CrPL art 213' });
  });
});
