// Issue 17 (执行 1/2), the titles: who may apply (the side the title entitles, not merely the plaintiff side), and
// applications on an uploaded external title (arbitral award, notarised debt instrument, another court's judgment).
// Real HTTP and PostgreSQL.
import { endCurrentRound } from '../support/endOfRoundScenario';
import { beforeAll, describe, expect, test } from 'vitest';
import { caseAccountNumber } from '../../src/domain/payments/caseAccount';
import { delayInterest } from '../../src/domain/execution';
import { fenToYuan, yuanToFen } from '../../src/domain/money/yuan';
import { ApiClient } from '../support/apiClient';
import { postStatement } from '../support/jobs';
import { demoIdNumber } from '../../src/server/db/seed/demoProvince';
import { courtId, demoUser, divisionId, TINY_PDF } from '../support/fixtures';
import { decidedCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let lisi: ApiClient;
beforeAll(async () => {
  lisi = await ApiClient.loggedIn(world.server.baseUrl, 'lisi');
});

const upload = async (api: ApiClient, name: string, category = 'evidence') => {
  const r = await api.upload(name, TINY_PDF, 'application/pdf', category);
  expect(r.status).toBe(201);
  return r.body.id as number;
};

const items = [{ kind: 'principal', label: '借款本金', amount: '50000.00', dueOn: '2026-04-25' }];
const application = (titleCaseId: number, debtor: number) => ({ titleCaseId, items, interestTo: '2026-05-25', debtorPartyIds: [debtor], assetClues: '', attachmentIds: [] });

/** A judgment served on both parties on 2026-03-31 (effective 2026-04-16); `counterclaim`: 李四 counterclaimed first. */
async function judgment(o: { counterclaim?: boolean; method?: string } = {}) {
  const c = await decidedCase(world.server.baseUrl, clock, {
    ...(o.method ? { method: o.method } : {}),
    afterAssign: async (id) => {
      if (!o.counterclaim) return;
      const parties = (await lisi.get(`/api/v1/cases/${id}`)).body.parties as { id: number; name: string }[];
      const li = parties.find((p) => p.name === '李四')!.id;
      const r = await lisi.fire(id, 'fileCounterclaim', { partyId: li, claims: ['判令原告返还多收利息5万元'], facts: '原告多收利息。', amount: '50000', attachmentIds: [await upload(lisi, '反诉状.pdf', 'counterclaim')] });
      expect(r.status).toBe(200);
    },
  });
  if (o.method !== 'mediation') {
    const served = await c.judge.fire(c.id, 'recordService', { document: 'judgment', partyIds: [c.byName['张三'], c.byName['李四']], servedOn: '2026-03-31', method: 'direct' });
    expect(served.status).toBe(200);
  }
  clock.set('2026-05-25');
  return c;
}

describe('the applicant is the side the title entitles (CPL-2023 art 247)', () => {
  test('a defendant without a counterclaim may not apply: 422 EXECUTION_APPLICANT_NOT_CREDITOR, nothing saved', async () => {
    const c = await judgment();
    const r = await lisi.post('/api/v1/execution/applications', application(c.id, c.byName['张三']));
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('EXECUTION_APPLICANT_NOT_CREDITOR');
    expect((await lisi.get(`/api/v1/cases/${c.id}`)).body.continuations).toEqual([]);
  });

  test('a defendant who counterclaimed applies against the plaintiff, and the plaintiff still may against the defendant', async () => {
    const c = await judgment({ counterclaim: true });
    const r = await lisi.post('/api/v1/execution/applications', application(c.id, c.byName['张三']));
    expect(r.status).toBe(201);
    const detail = (await lisi.get(`/api/v1/cases/${r.body.caseId}`)).body;
    expect(detail.parties.map((p: { standing: string; name: string }) => `${p.standing}:${p.name}`)).toEqual(['executionDebtor:张三', 'executionApplicant:李四']);
    const plaintiff = await c.party.post('/api/v1/execution/applications', application(c.id, c.byName['李四']));
    expect(plaintiff.status).toBe(201);
  });

  test('a 调解书 entitles either side', async () => {
    const c = await judgment({ method: 'mediation' });
    const r = await lisi.post('/api/v1/execution/applications', application(c.id, c.byName['张三']));
    expect(r.status).toBe(201);
  });
});

describe('an external title uploaded with its data (CPL-2023 arts 235, 248, 249)', () => {
  let zhangsan: ApiClient;
  let clerk: ApiClient;
  let court: number;
  beforeAll(async () => {
    const base = world.server.baseUrl;
    [zhangsan, clerk] = await Promise.all([ApiClient.loggedIn(base, 'zhangsan'), ApiClient.loggedIn(base, 'ng-filing')]);
    court = await courtId(clerk, '吉0102');
  });
  const self = () => ({ kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, isSelf: true });
  const external = (o: Record<string, unknown> = {}, title: Record<string, unknown> = {}) => ({
    courtId: court,
    title: { kind: 'notarisedDebt', issuer: '长春市长春公证处', documentNumber: '（2025）吉长证内字第88号', effectiveOn: '2025-12-01', performanceDeadlines: ['2026-01-31'], amount: '80000.00', certificateNumber: '（2026）吉长证执字第3号', ...title },
    applicants: [self()],
    debtors: [{ kind: 'person', name: '王五', idType: 'residentId', idNumber: demoUser('lisi').idNumber }],
    items: [{ kind: 'principal', label: '借款本金', amount: '80000.00' }],
    interestTo: '2026-05-25',
    assetClues: '王五名下车辆一辆。',
    attachmentIds: [],
    ...o,
  });

  test('a notarised instrument with its certificate: a 执 case at the chosen court, the same interest, period and fee as any application', async () => {
    clock.set('2026-05-25');
    const documentId = await upload(zhangsan, '公证债权文书.pdf');
    const certificateId = await upload(zhangsan, '执行证书.pdf');
    const r = await zhangsan.post('/api/v1/execution/external-applications', external({}, { documentId, certificateId }));
    expect(r.status).toBe(201);
    expect(r.body.caseNumber).toMatch(/^（2026）吉0102执\d+号$/);
    expect(r.body).toMatchObject({ node: 'submitted', titleCaseId: null, titleEffectiveOn: '2025-12-01', titleEffect: { basis: 'CPL-2023 art 249' } });
    expect(r.body.externalTitle).toMatchObject({ kind: 'notarisedDebt', issuer: '长春市长春公证处', amount: '80000.00', certificateNumber: '（2026）吉长证执字第3号', documentId, certificateId, jurisdictionWarning: null });
    // The item is due on the title's single deadline: 80000 × 1.75‱ × 114 days (2026-02-01 … 2026-05-25) = 1596.00.
    expect(r.body.items[0].dueOn).toBe('2026-01-31');
    expect(r.body.delayInterest.amount).toBe('1596.00');
    expect(r.body.applicationPeriod.due).toBe('2028-01-31');
    const detail = (await zhangsan.get(`/api/v1/cases/${r.body.caseId}`)).body;
    expect(detail.parties.map((p: { standing: string; name: string }) => `${p.standing}:${p.name}`)).toEqual(['executionApplicant:张三', 'executionDebtor:王五']);
    expect(detail.attachments.map((a: { category: string }) => a.category).sort()).toEqual(['enforcementCertificate', 'executionTitle']);
    expect(await clerk.fire(r.body.caseId, 'registerExecution', {})).toMatchObject({ status: 200 });
  });

  test('refusals change nothing: no certificate, a title not yet effective, a file that is not a PDF or image, not yours', async () => {
    clock.set('2026-05-25');
    const documentId = await upload(zhangsan, '公证债权文书.pdf');
    const refused = async (body: Record<string, unknown>, code: string, as = zhangsan) => {
      const r = await as.post('/api/v1/execution/external-applications', body);
      expect([r.status, r.body.code]).toEqual([422, code]);
    };
    await refused(external({}, { documentId }), 'EXECUTION_CERTIFICATE_REQUIRED');
    await refused(external({}, { kind: 'arbitralAward', documentId, effectiveOn: '2026-06-01', performanceDeadlines: [] }), 'EXECUTION_TITLE_NOT_EFFECTIVE');
    const text = await zhangsan.upload('说明.txt', new TextEncoder().encode('x'), 'text/plain', 'evidence');
    if (text.status === 201) await refused(external({}, { kind: 'arbitralAward', documentId: text.body.id }), 'EXECUTION_TITLE_FILE_INVALID');
    await refused(external({}, { kind: 'arbitralAward', documentId: await upload(lisi, 'award.pdf') }), 'EXECUTION_TITLE_FILE_INVALID');
    // The file is still free for the next attempt.
    const ok = await zhangsan.post('/api/v1/execution/external-applications', external({}, { kind: 'arbitralAward', issuer: '长春仲裁委员会', documentNumber: '（2026）长仲裁字第12号', documentId, certificateNumber: undefined }));
    expect(ok.status).toBe(201);
    // CPL: an award goes to an intermediate court [U]; a basic court chosen is a warning for the clerk, not a refusal.
    expect(ok.body.externalTitle.jurisdictionWarning['zh-CN']).toContain('中级人民法院');
  });

  test('the filing clerk records a paper application for another court’s judgment at their own court only', async () => {
    clock.set('2026-05-25');
    const documentId = await upload(clerk, '民事判决书.pdf');
    const body = external(
      { applicants: [{ kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber }] },
      { kind: 'courtJudgment', issuer: '长春市朝阳区人民法院', documentNumber: '（2025）吉0104民初88号', documentId, certificateNumber: undefined },
    );
    const elsewhere = await clerk.post('/api/v1/execution/external-applications', { ...body, courtId: await courtId(clerk, '吉01') });
    expect([elsewhere.status, elsewhere.body.code]).toEqual([422, 'EXECUTION_COURT_INVALID']);
    const r = await clerk.post('/api/v1/execution/external-applications', body);
    expect(r.status).toBe(201);
    expect(r.body.externalTitle).toMatchObject({ kind: 'courtJudgment', documentNumber: '（2025）吉0104民初88号' });
    // The parties are linked to their accounts by verified identity (the debtor here carries 李四's); others see nothing.
    expect((await zhangsan.get(`/api/v1/cases/${r.body.caseId}/execution`)).status).toBe(200);
    expect((await lisi.get(`/api/v1/cases/${r.body.caseId}/execution`)).status).toBe(200);
    const stranger = await ApiClient.loggedIn(world.server.baseUrl, 'lawyer-wang');
    expect((await stranger.get(`/api/v1/cases/${r.body.caseId}/execution`)).status).toBe(404);
  });
});

describe('恢复执行: a new linked 执恢 case (CPL-Interp art 517; FEE art 26)', () => {
  /** A 执 case applied for by 张三, registered, assigned to 执行员甲 and closed by `method`. */
  /** `received`: yuan the debtor pays into the case's execution account (a statement finance imports) before it closes. */
  async function closedExecution(method: string, received?: string) {
    const c = await judgment();
    const base = world.server.baseUrl;
    const [clerk, officer] = await Promise.all([ApiClient.loggedIn(base, 'ng-filing'), ApiClient.loggedIn(base, 'ng-exec1')]);
    const applied = await c.party.post('/api/v1/execution/applications', application(c.id, c.byName['李四']));
    expect(applied.status).toBe(201);
    const id = applied.body.caseId as number;
    expect((await clerk.fire(id, 'registerExecution', {})).status).toBe(200);
    const division = await divisionId(clerk, await courtId(clerk, '吉0102'), '执行局');
    const exec1 = ((await clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${division}`)).body as { id: number; displayName: string }[]).find((j) => j.displayName === '南关法院执行员甲')!;
    expect((await clerk.fire(id, 'assignExecution', { judgeId: exec1.id })).status).toBe(200);
    if (received) {
      const finance = await ApiClient.loggedIn(base, 'ng-finance');
      const line = [clock.today(), `R${id}`, received, '李四', '62220002', `执行款 ${caseAccountNumber('9558', id)}`].join(',');
      const preview = await finance.uploadTo('/api/v1/finance/statements?account=execution', '执行款流水.csv', new TextEncoder().encode(`交易日期,流水号,金额,对方户名,对方账号,附言\r\n${line}`), 'text/csv');
      expect(preview.status).toBe(201);
      expect((await postStatement(finance, preview.body.id)).job.status).toBe('succeeded');
    }
    if (method === 'currentRoundEnded') await endCurrentRound((u) => ApiClient.loggedIn(base, u), clock, id);
    else expect((await officer.fire(id, 'closeExecution', { method })).status).toBe(200);
    return { ...c, execId: id, clerk, officer, applied: applied.body };
  }

  /** DELAY-2014 arts 1–4 to `asOf`, on the items applied for, less what was paid and on which day. */
  const owedOn = (asOf: string, payments: { on: string; amount: string }[]) => {
    const r = delayInterest({ debts: items.map((it, i) => ({ id: `item${i + 1}`, label: it.label, amountFen: yuanToFen(it.amount), dueOn: it.dueOn, isOrdinaryInterest: false })), payments: payments.map((p) => ({ on: p.on, amountFen: yuanToFen(p.amount) })), asOf });
    return { amount: fenToYuan(r.debtOwedFen + r.interestOwedFen), interest: fenToYuan(r.interestOwedFen) };
  };
  const restoration = { reason: '发现被执行人名下新登记的车辆一辆', assetClues: '吉A12345小型轿车', attachmentIds: [] };

  test('after 终本 the applicant restores it: a 执恢 case at the same court, numbered, parties and items carried over, no fee', async () => {
    const e = await closedExecution('currentRoundEnded');
    clock.set('2029-06-01'); // years later: no 2-year limit (CPL-Interp art 517)
    const debtor = await lisi.post(`/api/v1/cases/${e.execId}/execution/restorations`, restoration);
    expect([debtor.status, debtor.body.code]).toEqual([403, 'EXECUTION_RESTORATION_FORBIDDEN']);
    const r = await e.party.post(`/api/v1/cases/${e.execId}/execution/restorations`, restoration);
    expect(r.status).toBe(201);
    expect(r.body.caseNumber).toMatch(/^（2029）吉0102执恢\d+号$/);
    // The doubled interest runs on to the restoration day (DELAY-2014 art 2): more is owed than was applied for.
    const owed = owedOn('2029-06-01', []);
    expect(r.body).toMatchObject({ node: 'submitted', titleCaseId: e.id, items: e.applied.items, amount: owed.amount, delayInterest: { asOf: '2029-06-01', amount: owed.interest }, fee: { amount: '0.00' }, assetClues: '吉A12345小型轿车' });
    expect(yuanToFen(owed.amount)).toBeGreaterThan(yuanToFen(e.applied.amount));
    const detail = (await e.clerk.get(`/api/v1/cases/${r.body.caseId}`)).body;
    expect(detail).toMatchObject({ caseType: '执恢', origin: { id: e.execId } });
    expect(detail.parties.map((p: { standing: string; name: string }) => `${p.standing}:${p.name}`)).toEqual(['executionApplicant:张三', 'executionDebtor:李四']);
    // One at a time; the 执恢 case is registered like a 执 case.
    const again = await e.officer.post(`/api/v1/cases/${e.execId}/execution/restorations`, restoration);
    expect([again.status, again.body.code]).toEqual([409, 'EXECUTION_RESTORATION_OPEN']);
    expect((await e.clerk.fire(r.body.caseId, 'registerExecution', {})).body.node).toBe('registered');
  });

  test('what the debtor paid through the court before 终本 counts, on the day it arrived, in the interest of the restored case', async () => {
    const e = await closedExecution('currentRoundEnded', '20000.00');
    const paidOn = (await e.clerk.get(`/api/v1/cases/${e.execId}/execution/funds`)).body.entries.find((x: { kind: string }) => x.kind === 'receipt').entryOn as string;
    clock.set('2027-01-04');
    const r = await e.party.post(`/api/v1/cases/${e.execId}/execution/restorations`, restoration);
    expect(r.status).toBe(201);
    const owed = owedOn('2027-01-04', [{ on: paidOn, amount: '20000.00' }]);
    expect(r.body).toMatchObject({ amount: owed.amount, delayInterest: { asOf: '2027-01-04', amount: owed.interest } });
    expect(owed.amount).not.toBe(owedOn('2027-01-04', []).amount);
  });

  test('a case executed in full cannot be restored (422), nothing opened', async () => {
    const e = await closedExecution('completed');
    const r = await e.party.post(`/api/v1/cases/${e.execId}/execution/restorations`, restoration);
    expect([r.status, r.body.code]).toEqual([422, 'EXECUTION_NOT_RESTORABLE']);
    expect((await e.party.get(`/api/v1/cases/${e.execId}`)).body.continuations).toEqual([]);
  });
});

describe('执异: an objection to an execution act (CPL-2023 art 236; EXEC-OBJ arts 2, 11)', () => {
  test('the debtor objects; registered, a panel without the implementing officer, ruled, served: 10 days to apply for reconsideration', async () => {
    const c = await judgment();
    const base = world.server.baseUrl;
    const [clerk, officer, chief, judge2] = await Promise.all([ApiClient.loggedIn(base, 'ng-filing'), ApiClient.loggedIn(base, 'ng-exec1'), ApiClient.loggedIn(base, 'ng-chief'), ApiClient.loggedIn(base, 'ng-judge2')]);
    const applied = await c.party.post('/api/v1/execution/applications', application(c.id, c.byName['李四']));
    const execId = applied.body.caseId as number;
    const objection = { act: '冻结李四工商银行账户尾号1234', requests: '解除对该账户的冻结', facts: '该账户内系李四的工资收入，为生活必需。', attachmentIds: [] };
    const early = await lisi.post(`/api/v1/cases/${execId}/execution/objections`, objection);
    expect([early.status, early.body.code]).toEqual([409, 'OBJECTION_NOT_OPEN']);
    expect((await clerk.fire(execId, 'registerExecution', {})).status).toBe(200);
    const court = await courtId(clerk, '吉0102');
    const execDivision = await divisionId(clerk, court, '执行局');
    const officers = (await clerk.get(`/api/v1/cases/${execId}/eligible-judges?divisionId=${execDivision}`)).body as { id: number; displayName: string }[];
    const exec1 = officers.find((j) => j.displayName === '南关法院执行员甲')!.id;
    const exec2 = officers.find((j) => j.displayName === '南关法院执行员乙')!.id;
    expect((await clerk.fire(execId, 'assignExecution', { judgeId: exec1 })).status).toBe(200);

    const r = await lisi.post(`/api/v1/cases/${execId}/execution/objections`, objection);
    expect(r.status).toBe(201);
    expect(r.body.caseNumber).toMatch(/^（2026）吉0102执异\d+号$/);
    const id = r.body.caseId as number;
    const detail = (await clerk.get(`/api/v1/cases/${id}`)).body;
    expect(detail).toMatchObject({ caseType: '执异', node: 'submitted', origin: { id: execId } });
    expect(detail.parties.map((p: { standing: string; name: string }) => `${p.standing}:${p.name}`)).toEqual(['objector:李四', 'executionApplicant:张三']);
    const clockOf = async () => (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods as { kind: string; status: string; dueOn: string }[];
    // Received 2026-05-25: 立案 by 05-28 (EXEC-OBJ art 2), the ruling by 06-09 (15 days, CPL-2023 art 236).
    expect((await clockOf()).filter((p) => p.status === 'running').map((p) => `${p.kind}:${p.dueOn}`).sort()).toEqual(['objectionRegistration:2026-05-28', 'objectionReview:2026-06-09']);

    expect((await clerk.fire(id, 'registerObjection', {})).status).toBe(200);
    const civil = (await clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${await divisionId(clerk, court)}`)).body as { id: number; displayName: string }[];
    const judge2Id = civil.find((j) => j.displayName === '南关法院法官乙')!.id;
    const withOfficer = await chief.fire(id, 'formObjectionPanel', { presidingJudgeId: judge2Id, memberIds: [exec1, exec2] });
    expect([withOfficer.status, withOfficer.body.code]).toEqual([422, 'OBJECTION_PANEL_INCLUDES_OFFICER']);
    const third = civil.find((j) => j.id !== judge2Id)!.id;
    const formed = await chief.fire(id, 'formObjectionPanel', { presidingJudgeId: judge2Id, memberIds: [exec2, third] });
    expect(formed.status).toBe(200);
    expect((await officer.fire(id, 'ruleOnObjection', { decision: 'dismiss', reasoning: '—' })).status).not.toBe(200);
    const ruled = await judge2.fire(id, 'ruleOnObjection', { decision: 'dismiss', reasoning: '该账户资金不属于生活必需费用。' });
    expect(ruled.body.node).toBe('ruled');
    const served = await judge2.fire(id, 'serveObjectionRuling', { servedOn: '2026-05-26' });
    expect(served.body.node).toBe('closed');
    const after = await clockOf();
    expect(after.find((p) => p.kind === 'objectionReview')!.status).not.toBe('running');
    expect(after.find((p) => p.kind === 'objectionReconsiderationApplication')).toMatchObject({ status: 'running', dueOn: '2026-06-05' });
    // The ruling is on the execution case: its record and its timeline say what it does to the execution.
    const record = (await officer.get(`/api/v1/cases/${execId}/execution`)).body;
    expect(record.objections).toEqual([{ caseId: id, caseNumber: r.body.caseNumber, node: 'closed', kind: 'act', act: objection.act, decision: 'dismiss', effect: { 'zh-CN': '驳回异议', en: 'Objection dismissed' } }]);
    const timeline = (await officer.get(`/api/v1/cases/${execId}/timeline`)).body as { event: string; eventLabel: { 'zh-CN': string } }[];
    expect(timeline.find((e) => e.event === 'objectionRuled')?.eventLabel['zh-CN']).toBe('执行异议审查结果');
  });

  test("a third party's objection to the object (CPL-2023 art 238): recorded by the clerk, 15 days to rule; sustained, the execution of that object is suspended and the applicant may sue in 15 days", async () => {
    const c = await judgment();
    const base = world.server.baseUrl;
    const [clerk, officer, chief, judge2] = await Promise.all([ApiClient.loggedIn(base, 'ng-filing'), ApiClient.loggedIn(base, 'ng-exec1'), ApiClient.loggedIn(base, 'ng-chief'), ApiClient.loggedIn(base, 'ng-judge2')]);
    const execId = (await c.party.post('/api/v1/execution/applications', application(c.id, c.byName['李四']))).body.caseId as number;
    expect((await clerk.fire(execId, 'registerExecution', {})).status).toBe(200);
    const court = await courtId(clerk, '吉0102');
    const officers = (await clerk.get(`/api/v1/cases/${execId}/eligible-judges?divisionId=${await divisionId(clerk, court, '执行局')}`)).body as { id: number; displayName: string }[];
    const exec1 = officers.find((j) => j.displayName === '南关法院执行员甲')!.id;
    expect((await clerk.fire(execId, 'assignExecution', { judgeId: exec1 })).status).toBe(200);
    const object = { kind: 'object', act: '查封的长春市南关区某小区3号楼201室住房', requests: '停止对该房屋的执行', facts: '该房屋系案外人王五购买并已实际占有。', attachmentIds: [] };
    // A party of the execution does not use art 238; nor does the clerk without the third party's details.
    const byParty = await lisi.post(`/api/v1/cases/${execId}/execution/objections`, object);
    expect([byParty.status, byParty.body.code]).toEqual([422, 'OBJECTION_OBJECT_THIRD_PARTY_ONLY']);
    const noOutsider = await clerk.post(`/api/v1/cases/${execId}/execution/objections`, { ...object, objectorPartyId: c.byName['李四'] });
    expect(noOutsider.body.code).toBe('OBJECTION_OBJECT_THIRD_PARTY_ONLY');
    const r = await clerk.post(`/api/v1/cases/${execId}/execution/objections`, { ...object, objector: { kind: 'person', name: '王五', idType: 'residentId', idNumber: demoIdNumber('22010219800101123'), address: '长春市南关区某小区3号楼201室' } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = r.body.caseId as number;
    const clockOf = async () => (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods as { kind: string; status: string; dueOn: string; partyId: number | null }[];
    expect((await clockOf()).filter((p) => p.status === 'running').map((p) => `${p.kind}:${p.dueOn}`).sort()).toEqual(['objectionRegistration:2026-05-28', 'thirdPartyObjectionReview:2026-06-09']);
    expect((await clerk.fire(id, 'registerObjection', {})).status).toBe(200);
    const civil = (await clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${await divisionId(clerk, court)}`)).body as { id: number; displayName: string }[];
    const judge2Id = civil.find((j) => j.displayName === '南关法院法官乙')!.id;
    const others = civil.filter((j) => j.id !== judge2Id).map((j) => j.id);
    expect((await chief.fire(id, 'formObjectionPanel', { presidingJudgeId: judge2Id, memberIds: others.slice(0, 2) })).status).toBe(200);
    expect((await judge2.fire(id, 'ruleOnObjection', { decision: 'sustain', reasoning: '案外人对该房屋享有足以排除强制执行的民事权益。' })).body.node).toBe('ruled');
    const record = (await officer.get(`/api/v1/cases/${execId}/execution`)).body;
    expect(record.objections[0]).toMatchObject({ caseId: id, kind: 'object', decision: 'sustain', effect: { 'zh-CN': '异议成立，中止对该标的的执行' } });
    const served = await judge2.fire(id, 'serveObjectionRuling', { servedOn: '2026-05-26' });
    expect(served.body.node).toBe('closed');
    const parties = (await clerk.get(`/api/v1/cases/${id}`)).body.parties as { id: number; standing: string; name: string }[];
    const applicant = parties.find((p) => p.standing === 'executionApplicant')!;
    const after = (await clockOf()).filter((p) => p.status === 'running');
    // No reconsideration under art 238: the applicant, who lost, may sue within 15 days of service.
    expect(after.map((p) => `${p.kind}:${p.dueOn}:${p.partyId}`)).toEqual([`thirdPartyObjectionSuit:2026-06-10:${applicant.id}`]);
  });
});
