// Issue 19 (刑事案件): a defendant without a portal account appeals through the court, in writing or orally, within the
// 10 days (CrPL arts 227, 230); the defender appeals from the lawyer portal with the defendant's consent; the 刑终 is
// the case of the procuratorate at the appeal court's level (CrPL art 235), and a remand sends a new 刑初 back to the
// court below for a new panel (CrPL arts 238, 239, 241). Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { assignCriminal, fileProsecution, judgedCriminalCase, registerCriminal, twoYears } from '../support/criminalScenario';
import { docxText } from '../support/docxText';
import { courtId } from '../support/fixtures';
import { closingDocument } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let base: string;
let ng: ApiClient;
let cc: ApiClient;
let kc: ApiClient;
let judge: ApiClient;
beforeAll(async () => {
  base = world.server.baseUrl;
  [ng, cc, kc, judge] = await Promise.all([
    ApiClient.loggedIn(base, 'procurator-ng'),
    ApiClient.loggedIn(base, 'procurator-cc'),
    ApiClient.loggedIn(base, 'procurator-kc'),
    ApiClient.loggedIn(base, 'ng-crimjudge'),
  ]);
});

const appealOf = (r: { body: { continuations: { caseType: string; id: number }[] } }) => r.body.continuations.find((k) => k.caseType === '刑终')?.id;

describe("the court records a defendant's appeal", () => {
  test('lodged through the 看守所 after the 10 days: 409 with nothing opened; within them: the 刑终 opens at 长春中院', async () => {
    const { id, defendantPartyId } = await judgedCriminalCase(base, clock, '2026-03-02');
    clock.set('2026-03-03');
    expect((await judge.fire(id, 'recordService', { document: 'judgment', partyIds: [defendantPartyId], servedOn: '2026-03-03', method: 'direct' })).status).toBe(200);
    clock.set('2026-03-16');
    const input = { partyIds: [defendantPartyId], form: 'written', receivedOn: '2026-03-16', reasons: '量刑过重。' };
    const late = await judge.fire(id, 'recordDefendantAppeal', { ...input, detentionCentre: { name: '长春市看守所', receivedOn: '2026-03-14' } });
    expect([late.status, late.body.code]).toEqual([409, 'APPEAL_PERIOD_EXPIRED']);
    expect(late.body.messages['zh-CN']).toContain('2026-03-13');
    expect((await judge.get(`/api/v1/cases/${id}`)).body.continuations).toEqual([]);
    const future = await judge.fire(id, 'recordDefendantAppeal', { ...input, receivedOn: '2026-03-17' });
    expect([future.status, future.body.code]).toEqual([422, 'APPEAL_RECEIVED_IN_FUTURE']);
    const victim = (await judge.get(`/api/v1/cases/${id}`)).body.parties.find((p: { standing: string }) => p.standing === 'victim').id;
    expect((await judge.fire(id, 'recordDefendantAppeal', { ...input, partyIds: [victim], receivedOn: '2026-03-12' })).body.code).toBe('APPELLANT_NOT_DEFENDANT');

    const ok = await judge.fire(id, 'recordDefendantAppeal', { ...input, form: 'oral', detentionCentre: { name: '长春市看守所', receivedOn: '2026-03-13' } });
    expect(ok.status).toBe(200);
    const appealId = appealOf(ok)!;
    const timeline = (await judge.get(`/api/v1/cases/${id}/timeline`)).body;
    const entry = (timeline.items ?? timeline).find((e: { event: string }) => e.event === 'recordDefendantAppeal');
    expect(entry.payload).toMatchObject({ form: 'oral', receivedOn: '2026-03-16', lodgedOn: '2026-03-13', detentionCentre: { name: '长春市看守所' }, appealCaseId: appealId });

    // CrPL art 235: the 刑终 is the 市检察院's case; the basic procuratorate keeps its 刑初 only; another sees neither.
    const appeal = (await cc.get(`/api/v1/cases/${appealId}`)).body;
    expect(appeal).toMatchObject({ caseType: '刑终', node: 'submitted' });
    expect(appeal.parties.find((p: { name: string }) => p.name === '赵某').standing).toBe('appellant');
    expect((await cc.get(`/api/v1/cases/${appealId}/criminal`)).body).toMatchObject({ procuratorate: '长春市人民检察院', protestedBy: null });
    expect((await ng.get(`/api/v1/cases/${appealId}`)).status).toBe(404);
    expect((await ng.get(`/api/v1/cases/${id}`)).status).toBe(200);
    expect((await kc.get(`/api/v1/cases/${appealId}`)).status).toBe(404);
    expect((await kc.get(`/api/v1/cases/${id}`)).status).toBe(404);
    expect((await cc.get('/api/v1/cases?view=mine&pageSize=100')).body.items.map((c: { id: number }) => c.id)).toContain(appealId);

    // The hearing notice of the 刑终 goes to the procuratorate at 长春中院's level.
    await registerCriminal(base, appealId, { appeal: true, clerk: 'cc-filing', court: '吉01' });
    await assignCriminal(base, appealId, 'cc-filing');
    const ccJudge = await ApiClient.loggedIn(base, 'cc-crimjudge');
    const rooms = (await ccJudge.get(`/api/v1/courts/${await courtId(ccJudge, '吉01')}/rooms`)).body;
    const scheduled = await ccJudge.fire(appealId, 'scheduleHearing', { startsAt: '2026-03-25T09:00:00+08:00', endsAt: '2026-03-25T10:00:00+08:00', roomId: rooms[0].id });
    expect(scheduled.status).toBe(200);
    const t2 = (await ccJudge.get(`/api/v1/cases/${appealId}/timeline`)).body;
    expect((t2.items ?? t2).find((e: { event: string }) => e.event === 'scheduleHearing').payload.hearingNoticeTo).toMatchObject({ name: '长春市人民检察院' });
  });
});

describe("the defender appeals with the defendant's consent", () => {
  test('bound by the licence number, 王律师 sees the case and appeals once the consent is confirmed', async () => {
    clock.set('2026-04-01');
    const { id } = await fileProsecution(base);
    await registerCriminal(base, id);
    await assignCriminal(base, id);
    const d = (await judge.get(`/api/v1/cases/${id}/criminal`)).body.defendants[0];
    const unknown = await judge.fire(id, 'recordDefenceCounsel', { partyId: d.partyId, name: '王律师', isLegalAid: false, licenseNumber: '12201200019999999' });
    expect([unknown.status, unknown.body.code]).toEqual([422, 'LAWYER_NOT_FOUND']);
    const lawyer = await ApiClient.loggedIn(base, 'lawyer-wang');
    expect((await lawyer.get(`/api/v1/cases/${id}`)).status).toBe(404);
    expect((await judge.fire(id, 'recordDefenceCounsel', { partyId: d.partyId, name: '王律师', lawFirm: '吉林长春示范律师事务所', isLegalAid: false, licenseNumber: '12201200010000001' })).status).toBe(200);
    expect((await lawyer.get(`/api/v1/cases/${id}`)).status).toBe(200);
    const judged = await judge.fire(id, 'pronounceJudgment', { closedOn: '2026-04-01', verdicts: [twoYears(d.partyId, d.charges.map((c: { id: number }) => c.id))], documentId: await closingDocument(judge, '刑事判决书.pdf') });
    expect(judged.status).toBe(200);

    const noConsent = await lawyer.fire(id, 'appeal', { partyIds: [d.partyId], reasons: '事实不清。' });
    expect([noConsent.status, noConsent.body.code]).toEqual([422, 'DEFENDANT_CONSENT_REQUIRED']);
    const ok = await lawyer.fire(id, 'appeal', { partyIds: [d.partyId], reasons: '事实不清。', hasDefendantConsent: true });
    expect(ok.status).toBe(200);
    const appealId = appealOf(ok)!;
    expect((await lawyer.get(`/api/v1/cases/${appealId}`)).body).toMatchObject({ caseType: '刑终' });
    expect((await cc.get(`/api/v1/cases/${appealId}`)).status).toBe(200);
    // The defendant's own appeal, recorded later by the court, joins the same 刑终: already an appellant.
    const again = await judge.fire(id, 'recordDefendantAppeal', { partyIds: [d.partyId], form: 'written', receivedOn: '2026-04-01', reasons: '不服' });
    expect([again.status, again.body.code]).toEqual([409, 'APPEAL_ALREADY_FILED']);
  });
});

describe('remand', () => {
  test('发回重审 opens a new linked 刑初 at 南关: same defendants and charges, a new number, 审限 anew, no judge of before', async () => {
    clock.set('2026-05-04');
    const { id } = await fileProsecution(base);
    const first = await registerCriminal(base, id);
    await assignCriminal(base, id);
    const d = (await judge.get(`/api/v1/cases/${id}/criminal`)).body.defendants[0];
    await judge.fire(id, 'pronounceJudgment', { closedOn: '2026-05-04', verdicts: [twoYears(d.partyId, d.charges.map((c: { id: number }) => c.id))], documentId: await closingDocument(judge, '刑事判决书.pdf') });
    const appealed = await judge.fire(id, 'recordDefendantAppeal', { partyIds: [d.partyId], form: 'written', receivedOn: '2026-05-04', reasons: '量刑过重。' });
    const appealId = appealOf(appealed)!;
    await registerCriminal(base, appealId, { appeal: true, clerk: 'cc-filing', court: '吉01' });
    await assignCriminal(base, appealId, 'cc-filing');
    const ccJudge = await ApiClient.loggedIn(base, 'cc-crimjudge');
    clock.set('2026-05-20');
    const decided = await ccJudge.fire(appealId, 'decideAppeal', { outcome: 'remanded', closedOn: '2026-05-20', documentId: await closingDocument(ccJudge, '刑事裁定书.pdf') });
    expect(decided.status).toBe(200);
    const retrial = decided.body.continuations.find((k: { caseType: string }) => k.caseType === '刑初');
    expect(retrial).toBeTruthy();
    const clerk = await ApiClient.loggedIn(base, 'ng-filing');
    const queued = (await clerk.get(`/api/v1/cases/${retrial.id}`)).body;
    expect(queued).toMatchObject({ caseType: '刑初', node: 'submitted', courtId: await courtId(clerk, '吉0102') });
    expect(queued.origin?.id ?? queued.originCaseId).toBe(appealId);
    const facts = (await ng.get(`/api/v1/cases/${retrial.id}/criminal`)).body;
    expect(facts).toMatchObject({ prosecution: 'public', procuratorate: '长春市南关区人民检察院' });
    expect(facts.defendants[0]).toMatchObject({ name: '赵某', charges: [{ name: '盗窃罪' }], verdict: null, custodyPlace: '长春市看守所' });

    clock.set('2026-05-22');
    const registered = (await registerCriminal(base, retrial.id, { procedure: 'simple' })).detail;
    expect(registered.caseNumber).toMatch(/^（2026）吉0102刑初\d+号$/);
    expect(registered.caseNumber).not.toBe(first.detail.caseNumber);
    const limit = (await clerk.get(`/api/v1/cases/${retrial.id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'trialLimit');
    expect(limit.dueOn).toBe('2026-06-11');
    // CrPL art 239: a new panel — the three judges of the first trial are not eligible, and no sole judge.
    const eligible = (await clerk.get(`/api/v1/cases/${retrial.id}/eligible-judges`)).body;
    expect(eligible).toEqual([]);
    const drawn = await clerk.fire(retrial.id, 'assign', { mode: 'random', organization: 'panel' });
    expect([drawn.status, drawn.body.code]).toEqual([422, 'NO_ELIGIBLE_JUDGE']);
    const president = await ApiClient.loggedIn(base, 'ng-president');
    const sole = await president.fire(retrial.id, 'assign', { mode: 'manual', organization: 'sole', judgeId: 1, reason: '简易程序' });
    expect([sole.status, sole.body.code]).toEqual([409, 'REMAND_PANEL_REQUIRED']);
  });
});

describe('the generated 刑事判决书', () => {
  test('without an upload, the judgment is generated from the verdicts: charges, sentence, term dates with custody credit', async () => {
    clock.set('2026-03-31');
    const { id } = await fileProsecution(base);
    await registerCriminal(base, id);
    await assignCriminal(base, id);
    const d = (await judge.get(`/api/v1/cases/${id}/criminal`)).body.defendants[0];
    const r = await judge.fire(id, 'pronounceJudgment', { closedOn: '2026-03-31', verdicts: [twoYears(d.partyId, d.charges.map((c: { id: number }) => c.id))] });
    expect(r.status).toBe(200);
    const doc = r.body.attachments.find((a: { fileName: string }) => a.fileName.startsWith('刑事判决书'));
    expect(doc).toBeTruthy();
    const text = await docxText((await judge.bytes(`/api/v1/attachments/${doc.id}/content`)).bytes);
    expect(text).toContain('刑事判决书');
    expect(text).toContain(r.body.caseNumber);
    expect(text).toContain('公诉机关长春市南关区人民检察院');
    expect(text).toContain('被告人赵某，1990年1月1日出生。因涉嫌犯罪于2026年1月5日被羁押，现羁押于长春市看守所。');
    expect(text).toContain('依法适用普通程序审理');
    // 18 months from 2026-03-31, 85 days in custody credited (CrL art 47): as the sentence's dates in criminalCases.db.test.ts.
    expect(text).toContain('一、被告人赵某犯盗窃罪，判处有期徒刑一年六个月，并处罚金人民币5000.00元。（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2026年3月31日起至2027年7月7日止。）');
    expect(text).toContain('直接向吉林省长春市中级人民法院提出上诉');
    expect(text).toMatch(/审判长\u3000.+刑事法官/);
  });
});
