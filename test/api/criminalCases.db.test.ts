// Issue 19 (刑事案件): the procuratorate files a public prosecution online; the court registers it under a procedure
// and its 审限, hears it (a juvenile never in public), and judges each defendant with a sentence whose dates credit
// custody; the procuratorate's protest opens the 刑终 at the higher court. A procurator sees only its procuratorate's
// cases; refusals change nothing. Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { assignCriminal, chargeId, fileProsecution, judgedCriminalCase, juvenileDefendant, prosecutionInput, registerCriminal, twoYears } from '../support/criminalScenario';
import { courtId, divisionId } from '../support/fixtures';
import { closingDocument } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let base: string;
let ng: ApiClient;
let cc: ApiClient;
let clerk: ApiClient;
let judge: ApiClient;
let zhangsan: ApiClient;
beforeAll(async () => {
  base = world.server.baseUrl;
  [ng, cc, clerk, judge, zhangsan] = await Promise.all([
    ApiClient.loggedIn(base, 'procurator-ng'),
    ApiClient.loggedIn(base, 'procurator-cc'),
    ApiClient.loggedIn(base, 'ng-filing'),
    ApiClient.loggedIn(base, 'ng-crimjudge'),
    ApiClient.loggedIn(base, 'zhangsan'),
  ]);
});

const mine = async (api: ApiClient) => (await api.get('/api/v1/cases?view=mine&pageSize=100')).body.total as number;

describe('filing a public prosecution', () => {
  test('南关区人民检察院 files at 南关法院: the case waits in the filing queue, seen by its procuratorate only', async () => {
    clock.set('2026-03-02');
    const { id, detail } = await fileProsecution(base);
    expect(detail).toMatchObject({ caseType: '刑初', node: 'submitted' });
    const label = (name: string) => detail.parties.find((p: { name: string }) => p.name === name).standingLabel['zh-CN'];
    expect([label('赵某'), label('孙某')]).toEqual(['被告人', '被害人']);
    expect((await ng.get(`/api/v1/cases/${id}`)).status).toBe(200);
    expect((await cc.get(`/api/v1/cases/${id}`)).status).toBe(404);
    expect((await zhangsan.get(`/api/v1/cases/${id}`)).status).toBe(404);
    expect((await cc.get(`/api/v1/cases/${id}/criminal`)).status).toBe(404);
    const queue = (await clerk.get('/api/v1/cases?view=filingQueue&pageSize=100')).body.items.map((c: { id: number }) => c.id);
    expect(queue).toContain(id);
    const facts = (await ng.get(`/api/v1/cases/${id}/criminal`)).body;
    expect(facts).toMatchObject({ prosecution: 'public', procuratorate: '长春市南关区人民检察院' });
    expect(facts.defendants[0]).toMatchObject({ name: '赵某', detentionStatus: 'detained', custodyPlace: '长春市看守所', isJuvenile: false, charges: [{ name: '盗窃罪' }] });
    const ids = (await ng.get('/api/v1/cases?view=mine&pageSize=100')).body.items.map((c: { id: number }) => c.id);
    expect(ids).toContain(id);
    expect((await cc.get('/api/v1/cases?view=mine&pageSize=100')).body.items.map((c: { id: number }) => c.id)).not.toContain(id);
  });

  test.each([
    ['a wrong check character', { idNumber: '220102199001011230' }, 'ID_NUMBER_BAD_CHECKSUM'],
    ['a birth date not that of the ID number', { birthOn: '1990-01-02' }, 'DEFENDANT_BIRTH_MISMATCH'],
    ['in custody without the place', { custodyPlace: '' }, 'CUSTODY_PLACE_REQUIRED'],
    ['in custody without a running interval', { custodyIntervals: [{ from: '2026-01-05', to: '2026-01-06' }] }, 'CUSTODY_INTERVAL_REQUIRED'],
    ['a custody interval ending before it starts', { detentionStatus: 'bail', custodyIntervals: [{ from: '2026-01-05', to: '2026-01-01' }] }, 'CUSTODY_INTERVAL_INVALID'],
    ['a charge not in the catalogue', { chargeIds: [999999] }, 'CHARGE_UNKNOWN'],
  ])('%s: 422 %s in both languages, nothing saved', async (_, change, code) => {
    const before = await mine(ng);
    const input = await prosecutionInput(ng);
    const r = await ng.post('/api/v1/prosecutions', { ...input, defendants: [{ ...input.defendants[0], ...change }] });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe(code);
    expect(r.body.messages['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(r.body.messages.en).toMatch(/[a-z]/);
    expect(await mine(ng)).toBe(before);
  });

  test('only a procurator files a prosecution', async () => {
    const input = await prosecutionInput(ng);
    expect((await zhangsan.post('/api/v1/prosecutions', input)).status).toBe(403);
    expect((await judge.post('/api/v1/prosecutions', input)).status).toBe(403);
  });

  test('the charge catalogue is searchable', async () => {
    const r = await ng.get(`/api/v1/criminal-charges?q=${encodeURIComponent('盗窃')}`);
    expect(r.body[0]).toMatchObject({ name: '盗窃罪', article: '第264条' });
  });
});

describe('registration, procedure and 审限', () => {
  test('a civil division or a fast track beyond 3 years is refused; ordinary registration numbers 刑初 with 2 months', async () => {
    clock.set('2026-03-02');
    const { id } = await fileProsecution(base);
    const civil = await clerk.fire(id, 'accept', { divisionId: await divisionId(clerk, await courtId(clerk, '吉0102')), procedure: 'ordinary', possibleSentence: 'upTo3Years' });
    expect([civil.status, civil.body.code]).toEqual([422, 'DIVISION_INVALID']);
    const crim = await divisionId(clerk, await courtId(clerk, '吉0102'), '刑事审判庭');
    const fast = await clerk.fire(id, 'accept', { divisionId: crim, procedure: 'fastTrack', possibleSentence: 'over3Years' });
    expect([fast.status, fast.body.code]).toEqual([409, 'FAST_TRACK_SENTENCE_TOO_HIGH']);
    expect((await clerk.get(`/api/v1/cases/${id}`)).body.node).toBe('submitted');
    const { detail } = await registerCriminal(base, id);
    expect(detail.caseNumber).toMatch(/^（2026）吉0102刑初\d+号$/);
    // No civil 受理 / 应诉 notice is generated for a criminal case.
    expect(JSON.stringify(detail.attachments)).not.toMatch(/应诉通知书|受理案件通知书/);
    const limit = (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'trialLimit');
    expect(limit.dueOn).toBe('2026-05-02');
  });

  test('a fast track with every defendant pleading guilty has 15 days when over 1 year (CrPL art 225)', async () => {
    clock.set('2026-03-02');
    const { id } = await fileProsecution(base);
    await registerCriminal(base, id, { procedure: 'fastTrack', possibleSentence: 'upTo3Years' });
    const limit = (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'trialLimit');
    expect(limit.dueOn).toBe('2026-03-17');
  });

  test('a juvenile defendant: no fast track, and the hearing is never public (CrPL arts 223, 285)', async () => {
    clock.set('2026-03-02');
    const { id } = await fileProsecution(base, { defendants: [await juvenileDefendant(ng)] });
    const crim = await divisionId(clerk, await courtId(clerk, '吉0102'), '刑事审判庭');
    const fast = await clerk.fire(id, 'accept', { divisionId: crim, procedure: 'fastTrack', possibleSentence: 'upTo1Year' });
    expect(fast.body.code).toBe('FAST_TRACK_JUVENILE');
    const reg = await registerCriminal(base, id, { procedure: 'simple' });
    expect(reg.detail.node).toBe('accepted');
    await assignCriminal(base, id, 'ng-filing', 'sole');
    const rooms = (await judge.get(`/api/v1/courts/${await courtId(judge, '吉0102')}/rooms`)).body;
    const slot = { startsAt: '2026-03-10T09:00:00+08:00', endsAt: '2026-03-10T10:00:00+08:00', roomId: rooms[0].id };
    const open = await judge.fire(id, 'scheduleHearing', slot);
    expect([open.status, open.body.code]).toEqual([409, 'JUVENILE_HEARING_NOT_PUBLIC']);
    expect((await judge.get(`/api/v1/cases/${id}`)).body.node).toBe('assigned');
    expect((await judge.fire(id, 'scheduleHearing', { ...slot, closedGround: 'lawProvides' })).status).toBe(200);
  });
});

describe('judgment, sentence and protest', () => {
  test('the sentence credits custody, a departure from the plea needs its ground, and the protest opens 刑终 at 长春中院', async () => {
    clock.set('2026-03-02');
    const { id } = await fileProsecution(base);
    await registerCriminal(base, id);
    await assignCriminal(base, id);
    clock.set('2026-03-31');
    const d = (await judge.get(`/api/v1/cases/${id}/criminal`)).body.defendants[0];
    const theft = await chargeId(judge, '盗窃罪');
    const doc = await closingDocument(judge, '刑事判决书.pdf');
    const harsh = await judge.fire(id, 'pronounceJudgment', { closedOn: '2026-03-31', verdicts: [{ ...twoYears(d.partyId, [theft]), sentence: { main: 'fixedTerm', term: { months: 24 } } }], documentId: doc });
    expect([harsh.status, harsh.body.code]).toEqual([409, 'SENTENCE_DEPARTS_FROM_RECOMMENDATION']);
    const none = await judge.fire(id, 'pronounceJudgment', { closedOn: '2026-03-31', verdicts: [{ partyId: d.partyId, outcome: 'convicted', chargeIds: [theft] }], documentId: doc });
    expect(none.body.code).toBe('VERDICT_SENTENCE_REQUIRED');
    expect((await judge.get(`/api/v1/cases/${id}`)).body.node).toBe('assigned');
    const ok = await judge.fire(id, 'pronounceJudgment', { closedOn: '2026-03-31', verdicts: [twoYears(d.partyId, [theft])], documentId: doc });
    expect(ok.status).toBe(200);
    expect(ok.body.node).toBe('closed');
    const after = (await ng.get(`/api/v1/cases/${id}/criminal`)).body.defendants[0];
    // 18 months from 2026-03-31 end on 2027-09-30; 85 days in custody (2026-01-05 to 2026-03-30) credited (CrL art 47).
    expect(after.sentenceDates.term).toMatchObject({ startOn: '2026-03-31', naturalEndOn: '2027-09-30', custodyDays: 85, creditedDays: 85, endOn: '2027-07-07' });
    expect(after.verdict.sentence).toMatchObject({ main: 'fixedTerm', term: { months: 18 }, fineFen: 500000 });

    // CrPL art 230: served on the defendant on 2026-03-31, the 10 days end on 2026-04-10.
    const served = await judge.fire(id, 'recordService', { document: 'judgment', partyIds: [d.partyId], servedOn: '2026-03-31', method: 'direct' });
    expect(served.status).toBe(200);
    const appealPeriod = (await judge.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'criminalAppealJudgment');
    expect(appealPeriod.dueOn).toBe('2026-04-10');

    expect((await cc.fire(id, 'protest', { judgmentReceivedOn: '2026-03-31', reasons: '量刑畸轻' })).status).toBe(404);
    // CrPL art 230: the procuratorate's own 10 days from its receipt of the judgment; a receipt before the judgment or after today is refused.
    const early = await ng.fire(id, 'protest', { judgmentReceivedOn: '2026-03-30', reasons: '一审判决量刑不当。' });
    expect([early.status, early.body.code]).toEqual([422, 'JUDGMENT_RECEIPT_DATE_INVALID']);
    const future = await ng.fire(id, 'protest', { judgmentReceivedOn: '2026-04-01', reasons: '一审判决量刑不当。' });
    expect([future.status, future.body.code]).toEqual([422, 'JUDGMENT_RECEIPT_DATE_INVALID']);
    clock.set('2026-04-11');
    const late = await ng.fire(id, 'protest', { judgmentReceivedOn: '2026-03-31', reasons: '一审判决量刑不当。' });
    expect([late.status, late.body.code, late.body.details?.dueOn]).toEqual([409, 'PROTEST_PERIOD_EXPIRED', '2026-04-10']);
    // Nothing was recorded by the refusal (the protest below is the first, not PROTEST_ALREADY_FILED); back to the judgment's day.
    clock.set('2026-03-31');
    const protest = await ng.fire(id, 'protest', { judgmentReceivedOn: '2026-03-31', reasons: '一审判决量刑不当。' });
    expect(protest.status).toBe(200);
    const appealId = protest.body.continuations.find((k: { caseType: string }) => k.caseType === '刑终')?.id;
    expect(appealId).toBeTruthy();
    const again = await ng.fire(id, 'protest', { judgmentReceivedOn: '2026-03-31', reasons: '再次抗诉' });
    expect([again.status, again.body.code]).toEqual([409, 'PROTEST_ALREADY_FILED']);

    const appeal = (await ng.get(`/api/v1/cases/${appealId}`)).body;
    expect(appeal).toMatchObject({ caseType: '刑终', node: 'submitted' });
    expect((await ng.get(`/api/v1/cases/${appealId}/criminal`)).body).toMatchObject({ protestedBy: '长春市南关区人民检察院' });
    await registerCriminal(base, appealId, { appeal: true, clerk: 'cc-filing', court: '吉01' });
    await assignCriminal(base, appealId, 'cc-filing');
    const ccJudge = await ApiClient.loggedIn(base, 'cc-crimjudge');
    const limit = (await ccJudge.get(`/api/v1/cases/${appealId}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'trialLimit');
    expect(limit.dueOn).toBe('2026-05-31');
    const decided = await ccJudge.fire(appealId, 'decideAppeal', { outcome: 'upheld', closedOn: '2026-03-31', documentId: await closingDocument(ccJudge, '刑事裁定书.pdf') });
    expect(decided.status).toBe(200);
    expect(decided.body.node).toBe('closed');
  });

  test('a judged case elsewhere: a stranger cannot appeal, a judge cannot protest', async () => {
    const { id } = await judgedCriminalCase(base, clock, '2026-03-02');
    expect((await zhangsan.fire(id, 'appeal', { partyIds: [1], reasons: '不服' })).status).toBe(404);
    expect((await judge.fire(id, 'protest', { judgmentReceivedOn: '2026-03-02', reasons: '不服' })).status).toBe(403);
  });
});
