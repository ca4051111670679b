// The authorization matrix's cases of issue 19: 财保 and 民督 of 南关 (张三 against the matrix defendant and 李四) at
// each node their events start from, and a 民申 at 长春中院 against a 南关 judgment (registered before 庭长, 法官甲 and
// 法官乙) with the 民再 its retrial ruling opens, tried by a new panel (法官丙 and two judges added for it: the review
// panel's judges are not eligible). Judgments take effect after the appeal periods: the clock moves on and comes back.
import { addDays } from '../../src/domain/calendar/plainDate';
import { demoIdNumber } from '../../src/server/db/seed/demoProvince';
import type { ApiClient } from './apiClient';
import { causeId, demoUser } from './fixtures';
import { closingDocument } from './scenarios';
import type { TestClock } from './testClock';

interface WorldLike {
  clock: TestClock;
  as(username: string): Promise<ApiClient>;
  ok(r: Promise<{ status: number; body: any }>, what: string, status?: number): Promise<any>;
  fire(username: string, caseId: number, event: string, input: Record<string, unknown>): Promise<any>;
  court(code: string): Promise<number>;
  division(code: string): Promise<number>;
  file(court: string, defendant: string, procedure?: string): Promise<number>;
}

export type SpecialNodeCases = Record<'财保' | '民督' | '民申' | '民再', Record<string, number>>;

const parties = (defendant: string) => [
  { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, isSelf: true },
  { standing: 'defendant', kind: 'person', name: defendant, idType: 'residentId', idNumber: demoIdNumber('22010219700101123'), address: '长春市朝阳区人民大街1号' },
  { standing: 'defendant', kind: 'person', name: '李四', idType: 'residentId', idNumber: demoUser('lisi').idNumber, address: '长春市朝阳区' },
];

const judgeIds = async (w: WorldLike, caseId: number, court: 'ng' | 'cc', ...suffixes: string[]) => {
  const division = await w.division(court === 'ng' ? '吉0102' : '吉01');
  const judges: { id: number; displayName: string }[] = await w.ok((await w.as(`${court}-chief`)).get(`/api/v1/cases/${caseId}/eligible-judges?divisionId=${division}`), 'eligible judges');
  return suffixes.map((s) => judges.find((j) => j.displayName.endsWith(s))!.id);
};

async function preservation(w: WorldLike, node: string, defendant: string): Promise<number> {
  const body = { courtId: await w.court('吉0102'), stage: 'preSuit', parties: parties(defendant), amount: '100000.00', propertyClues: '矩阵财产线索', security: { kind: 'guarantee', amount: '100000.00', description: '保函' }, attachmentIds: [] };
  const id = (await w.ok((await w.as('zhangsan')).post('/api/v1/preservation/applications', body), 'preservation', 201)).caseId as number;
  if (node === 'submitted') return id;
  await w.fire('ng-filing', id, 'registerPreservation', { divisionId: await w.division('吉0102'), judgeId: (await judgeIds(w, id, 'ng', '法官乙'))[0] });
  if (node === 'granted') await w.fire('ng-judge2', id, 'grantPreservation', { measures: '冻结存款', amount: '100000.00' });
  return id;
}

async function paymentOrder(w: WorldLike, node: string, defendant: string): Promise<number> {
  const zhangsan = await w.as('zhangsan');
  const body = { courtId: await w.court('吉0102'), causeId: await causeId(zhangsan, '民间借贷纠纷'), parties: parties(defendant), claim: 'money', amount: '50000.00', debtDueOn: addDays(w.clock.today(), -30), hasCounterObligation: false, facts: '借款到期未还。', attachmentIds: [] };
  const id = (await w.ok(zhangsan.post('/api/v1/payment-orders/applications', body), 'payment order', 201)).caseId as number;
  if (node === 'submitted') return id;
  await w.fire('ng-filing', id, 'acceptPaymentOrder', { divisionId: await w.division('吉0102'), judgeId: (await judgeIds(w, id, 'ng', '法官乙'))[0] });
  if (node === 'registered') return id;
  await w.fire('ng-judge2', id, 'issuePaymentOrder', {});
  const debtors = (await w.ok((await w.as('ng-filing')).get(`/api/v1/cases/${id}`), 'payment order')).parties.filter((p: { standing: string }) => p.standing === 'respondent').map((p: { id: number }) => p.id);
  await w.fire('ng-judge2', id, 'servePaymentOrder', { partyIds: debtors, servedOn: w.clock.today(), method: 'direct' });
  if (node === 'orderIssued') return id;
  await w.fire('lisi', id, 'objectToPaymentOrder', { reasons: '借款已归还' });
  await w.fire('ng-judge2', id, 'terminatePaymentOrder', {});
  return id;
}

/** 南关 judgments heard and decided on the day, served on every party: effective after the appeal periods. */
async function judgments(w: WorldLike, n: number, defendant: string): Promise<number[]> {
  const ids: number[] = [];
  const rooms = await w.ok((await w.as('ng-judge2')).get(`/api/v1/courts/${await w.court('吉0102')}/rooms`), 'rooms');
  for (let i = 0; i < n; i++) {
    const id = await w.file('吉0102', defendant, 'simple');
    await w.fire('ng-chief', id, 'assign', { mode: 'manual', organization: 'sole', judgeId: (await judgeIds(w, id, 'ng', '法官乙'))[0], reason: '矩阵测试' });
    const at = (m: number) => `${w.clock.today()}T0${i}:${String(m).padStart(2, '0')}:00+08:00`;
    await w.fire('ng-judge2', id, 'scheduleHearing', { startsAt: at(0), endsAt: at(30), roomId: rooms.at(-1).id });
    await w.fire('ng-judge2', id, 'recordHearing', {});
    const closed = await w.fire('ng-judge2', id, 'close', { method: 'judgment', closedOn: w.clock.today(), documentId: await closingDocument(await w.as('ng-judge2')) });
    await w.fire('ng-judge2', id, 'recordService', { document: 'judgment', partyIds: closed.parties.map((p: { id: number }) => p.id), servedOn: w.clock.today(), method: 'direct' });
    ids.push(id);
  }
  return ids;
}

async function extraJudges(w: WorldLike) {
  const admin = await w.as('admin');
  const courtId = await w.court('吉01');
  const divisionId = await w.division('吉01');
  for (const [username, displayName] of [['cc-judge4', '长春中院法官丁'], ['cc-judge5', '长春中院法官戊']]) {
    await w.ok(admin.post('/api/v1/admin/users', { username, displayName, password: 'courtflow-demo', roles: ['judge'], courtId, divisionId }), `judge ${username}`, 201);
  }
}

export async function specialNodeCases(w: WorldLike, defendant: string): Promise<SpecialNodeCases> {
  const 财保: Record<string, number> = {};
  for (const node of ['submitted', 'registered', 'granted']) 财保[node] = await preservation(w, node, defendant);
  const 民督: Record<string, number> = {};
  for (const node of ['submitted', 'registered', 'orderIssued', 'ruled']) 民督[node] = await paymentOrder(w, node, defendant);
  const before = w.clock.today();
  await extraJudges(w);
  const originals = await judgments(w, 6, defendant);
  w.clock.set(addDays(before, 20));
  try {
    const reviews: number[] = [];
    for (const id of originals) {
      const r = await w.ok((await w.as('zhangsan')).post(`/api/v1/cases/${id}/retrial-applications`, { grounds: ['wrongLaw'], requests: '撤销原判决', facts: '适用法律错误。', attachmentIds: [] }), 'retrial application', 201);
      reviews.push(r.caseId as number);
    }
    for (const id of reviews.slice(1)) {
      const [chief, judge1, judge2] = await judgeIds(w, id, 'cc', '民一庭庭长', '法官甲', '法官乙');
      await w.fire('cc-filing', id, 'registerRetrialReview', { divisionId: await w.division('吉01'), presidingJudgeId: chief, memberIds: [judge1, judge2] });
    }
    const retrials: number[] = [];
    for (const id of reviews.slice(2)) {
      await w.fire('cc-chief', id, 'ruleOnRetrialApplication', { decision: 'retry', reasons: '原判决适用法律确有错误。' });
      retrials.push(await retrialOf(w, id));
    }
    const [accepted, assigned, scheduled, closed] = retrials as [number, number, number, number];
    for (const id of [assigned, scheduled, closed]) {
      const [presiding, m1, m2] = await judgeIds(w, id, 'cc', '法官丙', '法官丁', '法官戊');
      await w.fire('cc-chief', id, 'assign', { mode: 'manual', organization: 'panel', judgeId: presiding, memberIds: [m1, m2], reason: '另行组成合议庭' });
    }
    const rooms = await w.ok((await w.as('cc-judge3')).get(`/api/v1/courts/${await w.court('吉01')}/rooms`), 'rooms');
    const day = addDays(w.clock.today(), 10);
    await w.fire('cc-judge3', scheduled, 'scheduleHearing', { startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T10:00:00+08:00`, roomId: rooms.at(-1).id });
    await w.fire('cc-judge3', closed, 'close', { method: 'judgment', closedOn: w.clock.today(), documentId: await closingDocument(await w.as('cc-judge3')) });
    return { 财保, 民督, 民申: { submitted: reviews[0]!, registered: reviews[1]! }, 民再: { accepted, assigned, hearingScheduled: scheduled, closed } };
  } finally {
    w.clock.set(before);
  }
}

async function retrialOf(w: WorldLike, reviewId: number): Promise<number> {
  return (await w.ok((await w.as('cc-filing')).get(`/api/v1/cases/${reviewId}/retrial`), 'retrial record')).retrialCaseId as number;
}
