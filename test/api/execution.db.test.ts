// Issue 17 (执行 1/2), the first server slice: a party applies online from a closed case whose judgment has taken
// effect; the 执 case is registered, assigned to an officer of the execution division, moved through its stages,
// suspended and resumed (the 审限 not counting meanwhile) and closed. Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { delayInterest } from '../../src/domain/execution';
import { fenToYuan } from '../../src/domain/money/yuan';
import { ApiClient } from '../support/apiClient';
import { docxText } from '../support/docxText';
import { courtId, divisionId } from '../support/fixtures';
import { decidedCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let clerk: ApiClient;
let judge: ApiClient;
let officer: ApiClient;
let lawyer: ApiClient;
let lisi: ApiClient;
beforeAll(async () => {
  const base = world.server.baseUrl;
  [clerk, judge, officer, lawyer, lisi] = await Promise.all([
    ApiClient.loggedIn(base, 'ng-filing'),
    ApiClient.loggedIn(base, 'ng-judge1'),
    ApiClient.loggedIn(base, 'ng-exec1'),
    ApiClient.loggedIn(base, 'lawyer-wang'),
    ApiClient.loggedIn(base, 'lisi'),
  ]);
});

type Period = { kind: string; status: string; dueOn: string };
const periods = async (id: number): Promise<Period[]> => (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods;
const period = async (id: number, kind: string) => (await periods(id)).find((p) => p.kind === kind);

/** A judgment of 2026-03-31 served on both parties that day: the appeal periods end on 2026-04-15. */
async function servedJudgment() {
  const c = await decidedCase(world.server.baseUrl, clock);
  const served = await c.judge.fire(c.id, 'recordService', { document: 'judgment', partyIds: [c.byName['张三'], c.byName['李四']], servedOn: '2026-03-31', method: 'direct' });
  expect(served.status).toBe(200);
  return c;
}

const application = (titleCaseId: number, debtor: number, o: Record<string, unknown> = {}) => ({
  titleCaseId,
  items: [
    { kind: 'principal', label: '借款本金', amount: '100000.00', dueOn: '2026-04-25' },
    { kind: 'ordinaryInterest', label: '利息（至2026-04-25）', amount: '1200.00', dueOn: '2026-04-25' },
    { kind: 'costs', label: '案件受理费', amount: '1150.00', dueOn: '2026-04-25' },
  ],
  interestTo: '2026-05-25',
  debtorPartyIds: [debtor],
  assetClues: '李四名下有长春市南关区某小区住房一套；工商银行账户尾号1234。',
  attachmentIds: [],
  ...o,
});

describe('applying for execution from a closed case', () => {
  test('before the appeal periods end the judgment is not effective: 422 with its code, nothing saved', async () => {
    const c = await servedJudgment();
    clock.set('2026-04-10');
    const r = await c.party.post('/api/v1/execution/applications', application(c.id, c.byName['李四']));
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('EXECUTION_TITLE_NOT_EFFECTIVE');
    expect(r.body.message).toContain('2026-04-15');
    expect((await c.party.get(`/api/v1/cases/${c.id}`)).body.continuations).toEqual([]);
  });

  test('a judgment never served is not effective either', async () => {
    const c = await decidedCase(world.server.baseUrl, clock);
    clock.set('2026-06-01');
    const r = await c.party.post('/api/v1/execution/applications', application(c.id, c.byName['李四']));
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('EXECUTION_TITLE_NOT_EFFECTIVE');
  });

  test('someone not a party of the title gets 404; the debtor side gets 422', async () => {
    const c = await servedJudgment();
    clock.set('2026-05-25');
    const stranger = await lawyer.post('/api/v1/execution/applications', application(c.id, c.byName['李四']));
    expect(stranger.status).toBe(404);
    const debtor = await lisi.post('/api/v1/execution/applications', application(c.id, c.byName['张三']));
    expect(debtor.status).toBe(422);
    expect(debtor.body.code).toBe('EXECUTION_APPLICANT_NOT_CREDITOR');
  });
});

describe('the execution case from application to closing', () => {
  let execId: number;
  let titleId: number;

  test('the application opens a numbered 执 case with the delay interest as the domain computes it, and no fee notice', async () => {
    const c = await servedJudgment();
    titleId = c.id;
    clock.set('2026-05-25');
    const r = await c.party.post('/api/v1/execution/applications', application(c.id, c.byName['李四']));
    expect(r.status).toBe(201);
    execId = r.body.caseId;
    expect(r.body.caseNumber).toMatch(/^（2026）吉0102执\d+号$/);
    expect(r.body).toMatchObject({ node: 'submitted', titleCaseId: c.id, titleEffectiveOn: '2026-04-16', lateWarning: null, stage: null });
    // DELAY-2014 art 1: 100000.00 × 1.75‱ × 30 days (2026-04-26 … 2026-05-25) = 525.00; interest and costs bear none.
    const expected = delayInterest({
      debts: [
        { id: 'item1', label: '借款本金', amountFen: 10000000n, dueOn: '2026-04-25' },
        { id: 'item2', label: '利息（至2026-04-25）', amountFen: 120000n, dueOn: '2026-04-25', isOrdinaryInterest: true },
        { id: 'item3', label: '案件受理费', amountFen: 115000n, dueOn: '2026-04-25' },
      ],
      payments: [],
      asOf: '2026-05-25',
    });
    expect(r.body.delayInterest.amount).toBe(fenToYuan(expected.interestOwedFen));
    expect(r.body.delayInterest.trace).toEqual(expected.trace);
    expect(r.body.amount).toBe(fenToYuan(expected.debtOwedFen + expected.interestOwedFen));
    expect(r.body.fee).toMatchObject({ collected: 'afterExecution', borneBy: 'debtor' });
    const detail = (await clerk.get(`/api/v1/cases/${execId}`)).body;
    expect(detail.parties.map((p: { standing: string; name: string }) => `${p.standing}:${p.name}`)).toEqual(['executionApplicant:张三', 'executionDebtor:李四']);
    expect(detail.origin.id).toBe(c.id);
    // Not prepaid: no fee notice, no fee period.
    expect((await periods(execId)).map((p) => p.kind)).not.toContain('feePayment');
    // The same applicant cannot open a second one while this is open.
    const again = await c.party.post('/api/v1/execution/applications', application(c.id, c.byName['李四']));
    expect(again.status).toBe(409);
  });

  test('a judge cannot register it (403); the clerk does, starting the 审限 and the 7 days to assign', async () => {
    const wrong = await judge.fire(execId, 'registerExecution', {});
    expect(wrong.status).toBe(403);
    const r = await clerk.fire(execId, 'registerExecution', {});
    expect(r.status).toBe(200);
    expect(r.body.node).toBe('registered');
    expect(await period(execId, 'trialLimit')).toMatchObject({ status: 'running', dueOn: '2026-11-25' });
    expect(await period(execId, 'executionAssignment')).toMatchObject({ status: 'running', dueOn: '2026-06-01' });
  });

  test('分案 to an officer of the execution division starts the 3 days for the execution notice', async () => {
    const court = await courtId(clerk, '吉0102');
    const division = await divisionId(clerk, court, '执行局');
    const eligible = (await clerk.get(`/api/v1/cases/${execId}/eligible-judges?divisionId=${division}`)).body as { id: number; displayName: string }[];
    const exec1 = eligible.find((j) => j.displayName === '南关法院执行员甲')!;
    const civil = (await clerk.get(`/api/v1/cases/${execId}/eligible-judges?divisionId=${await divisionId(clerk, court)}`)).body as { id: number }[];
    const notOfficer = await clerk.fire(execId, 'assignExecution', { judgeId: civil[0]!.id });
    expect(notOfficer.status).toBe(422);
    expect(notOfficer.body.code).toBe('JUDGE_NOT_ELIGIBLE');
    const r = await clerk.fire(execId, 'assignExecution', { judgeId: exec1.id });
    expect(r.status).toBe(200);
    expect(r.body.node).toBe('assigned');
    expect(await period(execId, 'executionAssignment')).toMatchObject({ status: 'completed' });
    expect(await period(execId, 'executionNotice')).toMatchObject({ status: 'running', dueOn: '2026-05-28' });
  });

  test('the officer sends the execution notice: the 3 days end, the debtor gets the 执行通知书 and 报告财产令, the applicant the clue notice', async () => {
    // Only the officers of the case send it (the filing clerk → 403), and the term to report is at most 30 days.
    expect((await clerk.fire(execId, 'issueExecutionNotice', {})).status).toBe(403);
    expect((await officer.fire(execId, 'issueExecutionNotice', { reportDays: 31 })).status).toBe(400);
    const r = await officer.fire(execId, 'issueExecutionNotice', { reportDays: 10 });
    expect(r.status).toBe(200);
    expect(r.body.node).toBe('implementing');
    expect(await period(execId, 'executionNotice')).toMatchObject({ status: 'completed' });
    const files = (await clerk.get(`/api/v1/cases/${execId}`)).body.attachments as { id: number; fileName: string; category: string }[];
    const text = async (category: string, name: string) => {
      const f = files.filter((x) => x.category === category && x.fileName.includes(`（${name}）`));
      expect(f, `${category} to ${name}`).toHaveLength(1);
      return docxText((await clerk.bytes(`/api/v1/attachments/${f[0]!.id}/content`)).bytes);
    };
    const title = (await clerk.get(`/api/v1/cases/${execId}/execution`)).body.titleCaseNumber as string;
    const notice = await text('executionNotice', '李四');
    expect(notice).toContain('执行通知书');
    expect(notice).toContain(`${title}民事判决书`);
    expect(notice).toContain('借款本金100000.00元');
    expect(notice).toContain('第二百五十一条');
    const order = await text('propertyReportOrder', '李四');
    expect(order).toContain('自收到本令之日起10日内');
    expect(order).toContain('申请执行人张三');
    expect(await text('clueNotice', '张三')).toContain('申请执行李四一案');
    // Nothing goes to the applicant that is the debtor's, nor the other way round.
    expect(files.filter((f) => f.category === 'executionNotice' || f.category === 'propertyReportOrder').every((f) => f.fileName.includes('（李四）'))).toBe(true);
  });

  test('the officer moves it through the stages; an unknown stage is refused', async () => {
    const unknown = await officer.fire(execId, 'moveStage', { stage: '喝茶' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('EXECUTION_STAGE_UNKNOWN');
    expect((await officer.fire(execId, 'moveStage', { stage: '集约查控' })).body.node).toBe('implementing');
    const record = (await clerk.get(`/api/v1/cases/${execId}/execution`)).body;
    expect(record.stage).toMatchObject({ code: '集约查控', label: { 'zh-CN': '集约查控' } });
    expect(record.stages.map((s: { code: string }) => s.code)).toEqual(['立案审查', '集约查控', '财产处置', '案款发放', '结案审查']);
    // The clerk's list shows the stage beside the node.
    const list = (await clerk.get('/api/v1/cases?view=court&pageSize=20')).body.items as { id: number; node: string; executionStage: string | null }[];
    expect(list.find((c) => c.id === execId)).toMatchObject({ node: 'implementing', executionStage: '集约查控' });
  });

  test('suspension (CPL-2023 art 267) stops the 审限 until execution resumes', async () => {
    const before = (await period(execId, 'trialLimit'))!.dueOn;
    clock.set('2026-06-01');
    const s = await officer.fire(execId, 'suspendExecution', { ground: 'applicantAgreesToDefer' });
    expect(s.status).toBe(200);
    expect(s.body.node).toBe('suspended');
    expect((await clerk.get(`/api/v1/cases/${execId}/execution`)).body.suspended).toBe(true);
    clock.set('2026-06-11');
    const r = await officer.fire(execId, 'resumeExecution', {});
    expect(r.status).toBe(200);
    expect(r.body.node).toBe('implementing');
    // 2026-06-01 … 2026-06-10 are not counted: ten days later than before.
    const after = (await period(execId, 'trialLimit'))!.dueOn;
    expect(after > before).toBe(true);
    expect((Date.parse(after) - Date.parse(before)) / 86_400_000).toBeGreaterThanOrEqual(10);
  });

  test('closing records the method and ends the 审限; 终结执行 needs its art 268 ground', async () => {
    const noGround = await officer.fire(execId, 'closeExecution', { method: 'terminated' });
    expect(noGround.status).toBe(422);
    expect(noGround.body.code).toBe('EXECUTION_TERMINATION_GROUND_REQUIRED');
    const r = await officer.fire(execId, 'closeExecution', { method: 'completed' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ node: 'closed', closingMethod: 'completed' });
    expect(await period(execId, 'trialLimit')).toMatchObject({ status: 'completed' });
    // The title shows its execution case.
    expect((await clerk.get(`/api/v1/cases/${titleId}`)).body.continuations.map((x: { id: number }) => x.id)).toContain(execId);
  });
});

describe('a late application', () => {
  test('after the 2 years it is accepted with a warning the clerk sees (CPL-2023 art 250)', async () => {
    const c = await servedJudgment();
    clock.set('2028-06-01');
    const r = await c.party.post('/api/v1/execution/applications', application(c.id, c.byName['李四'], { interestTo: '2028-06-01' }));
    expect(r.status).toBe(201);
    expect(r.body.lateWarning['zh-CN']).toContain('第二百五十条');
    expect(r.body.applicationPeriod.daysLate).toBeGreaterThan(0);
    const registered = await clerk.fire(r.body.caseId, 'registerExecution', {});
    expect(registered.status).toBe(200);
    expect((await clerk.get(`/api/v1/cases/${r.body.caseId}/execution`)).body.lateWarning.en).toContain('Register it all the same');
  });
});
