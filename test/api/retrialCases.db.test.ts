// Issue 19 (民申 → 民再): 张三 applies to 长春中院 for retrial of 南关法院's effective judgment, on grounds of CPL-2023
// art 211, within 6 months (art 216). The copy goes to 李四 within 5 days, who has 15 days to answer (art 214); the panel
// reviews within 3 months (art 215) and either dismisses the application or orders retrial, which opens a 民再 with the
// second-instance 审限 (CPL-Interp art 128), heard by a new panel. Real HTTP and PostgreSQL; refusals change nothing.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { docxText } from '../support/docxText';
import { courtId, divisionId } from '../support/fixtures';
import { decidedCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let ccClerk: ApiClient;
let ccChief: ApiClient;
let ccJudge1: ApiClient;
let ccJudge2: ApiClient;
let lisi: ApiClient;
beforeAll(async () => {
  const base = world.server.baseUrl;
  const as = (u: string) => ApiClient.loggedIn(base, u);
  [ccClerk, ccChief, ccJudge1, ccJudge2, lisi] = await Promise.all([as('cc-filing'), as('cc-chief'), as('cc-judge1'), as('cc-judge2'), as('lisi')]);
});

const application = (o: Record<string, unknown> = {}) => ({ grounds: ['wrongLaw'], requests: '撤销原判决，改判驳回原告的诉讼请求', facts: '原判决适用法律确有错误。', attachmentIds: [], ...o });

/** A judgment of 2026-03-31 served on both that day: the appeal periods end 04-15, it takes effect on 04-16. */
async function effectiveJudgment() {
  const c = await decidedCase(world.server.baseUrl, clock);
  expect((await c.judge.fire(c.id, 'recordService', { document: 'judgment', partyIds: [c.byName['张三'], c.byName['李四']], servedOn: '2026-03-31', method: 'direct' })).status).toBe(200);
  return c;
}

type Period = { kind: string; status: string; dueOn: string; partyId: number | null };
const periods = async (api: ApiClient, id: number): Promise<Period[]> => (await api.get(`/api/v1/cases/${id}/clock`)).body.periods;

async function registeredReview() {
  const c = await effectiveJudgment();
  clock.set('2026-05-04');
  const applied = await c.party.post(`/api/v1/cases/${c.id}/retrial-applications`, application());
  expect(applied.status).toBe(201);
  const id = applied.body.caseId as number;
  const court = await courtId(ccClerk, '吉01');
  const reg = await ccClerk.fire(id, 'registerRetrialReview', { divisionId: await divisionId(ccClerk, court), presidingJudgeId: ccChief.user.id, memberIds: [ccJudge1.user.id, ccJudge2.user.id] });
  expect(reg.status).toBe(200);
  return { ...c, reviewId: id };
}

describe('applying for retrial (CPL-2023 arts 210–216)', () => {
  test('before the judgment takes effect, out of time, or without grounds: refused with its code, no 民申 opened', async () => {
    const c = await effectiveJudgment();
    clock.set('2026-04-10');
    const early = await c.party.post(`/api/v1/cases/${c.id}/retrial-applications`, application());
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('RETRIAL_JUDGMENT_NOT_EFFECTIVE');
    // 6 months from 04-16 end on 10-16.
    clock.set('2026-10-19');
    const late = await c.party.post(`/api/v1/cases/${c.id}/retrial-applications`, application());
    expect(late.body).toMatchObject({ code: 'RETRIAL_APPLICATION_LATE', details: { dueOn: '2026-10-16' } });
    expect((await c.party.post(`/api/v1/cases/${c.id}/retrial-applications`, application({ grounds: [] }))).status).toBe(400);
    const timeline: { event: string }[] = (await c.party.get(`/api/v1/cases/${c.id}/timeline`)).body;
    expect(timeline.some((e) => e.event === 'retrialApplied')).toBe(false);
  });

  test('new evidence learned later: the 6 months run from knowledge (art 216)', async () => {
    const c = await effectiveJudgment();
    clock.set('2026-10-19');
    const r = await c.party.post(`/api/v1/cases/${c.id}/retrial-applications`, application({ grounds: ['newEvidence'], knownOn: '2026-09-01' }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ node: 'submitted', judgmentEffectiveOn: '2026-04-16', applicationDueOn: '2027-03-01', originalCaseId: c.id });
    expect(r.body.courtId).toBe(await courtId(ccClerk, '吉01'));
    expect((await periods(ccClerk, r.body.caseId)).find((p) => p.kind === 'retrialCopyService')).toMatchObject({ status: 'running', dueOn: '2026-10-26' }); // 10-24 is a Saturday (CPL-2023 art 85)
  });
});

describe('the review (CPL-2023 arts 214–215)', () => {
  test('registered before a panel: 3 months; the copy served, 李四’s 15 days, his opinion; the application dismissed', async () => {
    const { reviewId } = await registeredReview();
    const rec = (await ccClerk.get(`/api/v1/cases/${reviewId}/retrial`)).body;
    expect(rec.caseNumber).toMatch(/^（2026）吉01民申\d+号$/);
    const limit = (await periods(ccClerk, reviewId)).find((p) => p.kind === 'trialLimit');
    expect(limit).toMatchObject({ status: 'running', dueOn: '2026-08-04' });
    const respondent = (await ccClerk.get(`/api/v1/cases/${reviewId}`)).body.parties.find((p: { standing: string }) => p.standing === 'respondent').id;
    expect((await ccClerk.fire(reviewId, 'serveRetrialCopy', { partyIds: [respondent], servedOn: '2026-05-04' })).status).toBe(200);
    expect((await periods(ccClerk, reviewId)).find((p) => p.kind === 'retrialOpinion')).toMatchObject({ status: 'running', dueOn: '2026-05-19' });
    expect((await lisi.fire(reviewId, 'submitRetrialOpinion', { opinion: '原判决正确，请求驳回再审申请。' })).status).toBe(200);
    // CPL-Interp art 129: only notice and settlement periods are left out of the 3 months.
    const appraisal = await ccChief.fire(reviewId, 'recordDeduction', { kind: 'appraisal', startsOn: '2026-05-04', documentNo: '鉴字1号' });
    expect(appraisal.body.code).toBe('DEDUCTION_KIND_NOT_ALLOWED');
    const ruled = await ccChief.fire(reviewId, 'ruleOnRetrialApplication', { decision: 'dismiss', reasons: '再审申请不符合《民事诉讼法》第二百一十一条规定的情形。' });
    expect(ruled.status).toBe(200);
    expect((await ccClerk.get(`/api/v1/cases/${reviewId}/retrial`)).body).toMatchObject({ node: 'closed', decision: 'dismiss', retrialCaseId: null });
  });

  test('retrial ordered: a 民再 opens, registered that day with the second-instance 审限; a sole judge is refused', async () => {
    const { reviewId, id: originalId, party } = await registeredReview();
    clock.set('2026-06-01');
    const ruled = await ccChief.fire(reviewId, 'ruleOnRetrialApplication', { decision: 'retry', reasons: '原判决适用法律确有错误，本院提审。' });
    expect(ruled.status).toBe(200);
    const rec = (await ccClerk.get(`/api/v1/cases/${reviewId}/retrial`)).body;
    expect(rec.retrialCaseNumber).toMatch(/^（2026）吉01民再\d+号$/);
    const retrial = (await ccClerk.get(`/api/v1/cases/${rec.retrialCaseId}`)).body;
    expect(retrial).toMatchObject({ caseType: '民再', node: 'accepted', acceptedOn: '2026-06-01' });
    // CPL-Interp art 128; CPL-2023 art 183: 3 months from the day after 再审立案.
    expect((await periods(ccClerk, rec.retrialCaseId)).find((p) => p.kind === 'trialLimit')).toMatchObject({ status: 'running', dueOn: '2026-09-01' });
    const sole = await ccChief.fire(rec.retrialCaseId, 'assign', { mode: 'manual', organization: 'sole', judgeId: ccJudge1.user.id, reason: '—' });
    expect(sole.body.code).toBe('TRIAL_ORGANIZATION_NOT_ALLOWED');
    const original: { event: string }[] = (await party.get(`/api/v1/cases/${originalId}/timeline`)).body;
    expect(original.map((e) => e.event)).toEqual(expect.arrayContaining(['retrialApplied', 'retrialOrdered']));
  });
});

describe('the ruling document and the retrial fee (CPL-2023 art 215; FEE arts 9, 19)', () => {
  const ruling = async (api: ApiClient, id: number, category: string) => {
    const files: { id: number; category: string }[] = (await api.get(`/api/v1/cases/${id}`)).body.attachments;
    const found = files.filter((f) => f.category === category);
    expect(found).toHaveLength(1);
    return docxText((await api.bytes(`/api/v1/attachments/${found[0]!.id}/content`)).bytes);
  };

  test('retry: the 再审审查裁定 generated from the case; the unappealed 民初 judgment makes the 民再 pay the fee (FEE art 9)', async () => {
    const { reviewId, id: originalId } = await registeredReview();
    clock.set('2026-06-01');
    expect((await ccChief.fire(reviewId, 'ruleOnRetrialApplication', { decision: 'retry', reasons: '原判决适用法律确有错误。' })).status).toBe(200);
    const review = (await ccClerk.get(`/api/v1/cases/${reviewId}`)).body;
    const originalNumber = (await ccClerk.get(`/api/v1/cases/${originalId}`)).body.caseNumber as string;
    const text = await ruling(ccClerk, reviewId, 'retrialRuling');
    for (const s of [`（${review.caseNumber}）`, '再审申请人：张三', '被申请人：李四', `不服${originalNumber}民事判决`, '第二百一十一条第六项规定的情形', '本院经审查认为：原判决适用法律确有错误。', '一、本案由本院提审；', '二、再审期间，中止原判决的执行。', '长春市中级人民法院', '2026年6月1日']) {
      expect(text).toContain(s);
    }
    const retrialId = (await ccClerk.get(`/api/v1/cases/${reviewId}/retrial`)).body.retrialCaseId as number;
    // The original claim of 150,000 yuan on the property schedule: 3,300 (rules.md §4.6), payable within 7 days.
    expect((await ccClerk.get(`/api/v1/cases/${retrialId}/fees`)).body).toMatchObject({ due: '3300.00', notices: [{ basis: 'retrial', amount: '3300.00', dueOn: '2026-06-08' }] });
  });

  test('dismiss: the dismissal ruling is generated, and nothing is charged', async () => {
    const { reviewId } = await registeredReview();
    clock.set('2026-06-01');
    expect((await ccChief.fire(reviewId, 'ruleOnRetrialApplication', { decision: 'dismiss', reasons: '再审申请不符合法定情形。' })).status).toBe(200);
    expect(await ruling(ccClerk, reviewId, 'retrialDismissal')).toContain('驳回再审申请人张三的再审申请。');
    expect((await ccClerk.get(`/api/v1/cases/${reviewId}/fees`)).body.notices).toEqual([]);
  });
});
