// Cases of 财保, 民督 and 民申 standing at each node their events start from, made through the API as the actors would
// make them (issue 19). 财保 and 民督 at 南关 before 法官甲; a 民申 at 长春中院 against 南关's judgment, before a panel of
// 长春中院民一庭 (庭长, 法官甲, 法官乙). 民再 has no events of its own (the trial's), so no recipe.
import { addDays } from '../../../src/domain/calendar/plainDate';
import { demoUser } from '../fixtures';
import { must } from './fuzzRequest';
import type { FuzzWorld } from './fuzzWorld';

export const SPECIAL_CASE_TYPES = ['财保', '民督', '民申'];

export interface SupplyTools {
  world: FuzzWorld;
  fire(username: string, id: number, event: string, input: Record<string, unknown>): Promise<any>;
  make(node: string, caseType: string): Promise<number>;
}

const parties = () => [
  { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, isSelf: true },
  { standing: 'defendant', kind: 'person', name: '李四', idType: 'residentId', idNumber: demoUser('lisi').idNumber, address: '长春市朝阳区' },
];

async function judgeOf(s: SupplyTools, caseId: number, prefix: 'ng' | 'cc', ...names: string[]): Promise<number[]> {
  const clerk = await s.world.as(`${prefix}-filing`);
  const list = must(await clerk.get(`/api/v1/cases/${caseId}/eligible-judges?divisionId=${s.world.ref[prefix].civilDivision}`), 'eligible judges') as { id: number; displayName: string }[];
  return names.map((n) => list.find((j) => j.displayName.endsWith(n))!.id);
}

async function respondentOf(s: SupplyTools, caseId: number): Promise<number> {
  const clerk = await s.world.as('ng-filing');
  return (must(await clerk.get(`/api/v1/cases/${caseId}`), 'case detail').parties as { id: number; standing: string }[]).find((p) => p.standing === 'respondent')!.id;
}

async function preservation(s: SupplyTools, node: string): Promise<number> {
  const order = ['submitted', 'registered', 'granted'];
  if (!order.includes(node)) throw new Error(`fuzz setup: no recipe for a 财保 case at ${node}`);
  const zhangsan = await s.world.as('zhangsan');
  const body = { courtId: s.world.ref.ng.courtId, stage: 'preSuit', parties: parties(), amount: '100000.00', propertyClues: '李四名下工商银行账户', security: { kind: 'guarantee', amount: '100000.00', description: '保函' }, attachmentIds: [] };
  const id = must(await zhangsan.post('/api/v1/preservation/applications', body), 'preservation application').caseId as number;
  if (order.indexOf(node) >= 1) await s.fire('ng-filing', id, 'registerPreservation', { divisionId: s.world.ref.ng.civilDivision, judgeId: (await judgeOf(s, id, 'ng', '法官甲'))[0] });
  if (order.indexOf(node) >= 2) await s.fire('ng-judge1', id, 'grantPreservation', { measures: '冻结银行存款', amount: '100000.00' });
  return id;
}

async function paymentOrder(s: SupplyTools, node: string): Promise<number> {
  const order = ['submitted', 'registered', 'orderIssued', 'ruled'];
  if (!order.includes(node)) throw new Error(`fuzz setup: no recipe for a 民督 case at ${node}`);
  const zhangsan = await s.world.as('zhangsan');
  const clerk = await s.world.as('ng-filing');
  const cause = (must(await clerk.get(`/api/v1/causes?q=${encodeURIComponent('民间借贷纠纷')}`), 'causes').items as { id: number; name: string }[]).find((c) => c.name === '民间借贷纠纷')!.id;
  const body = { courtId: s.world.ref.ng.courtId, causeId: cause, parties: parties(), claim: 'money', amount: '50000.00', debtDueOn: addDays(s.world.today, -30), hasCounterObligation: false, facts: '借款到期未还', attachmentIds: [] };
  const id = must(await zhangsan.post('/api/v1/payment-orders/applications', body), 'payment-order application').caseId as number;
  const steps: [string, string, () => Promise<Record<string, unknown>>][] = [
    ['ng-filing', 'acceptPaymentOrder', async () => ({ divisionId: s.world.ref.ng.civilDivision, judgeId: (await judgeOf(s, id, 'ng', '法官甲'))[0] })],
    ['ng-judge1', 'issuePaymentOrder', async () => ({})],
    ['ng-judge1', 'servePaymentOrder', async () => ({ partyIds: [await respondentOf(s, id)], servedOn: s.world.today, method: 'direct' })],
    ['lisi', 'objectToPaymentOrder', async () => ({ reasons: '借款已归还' })],
    ['ng-judge1', 'terminatePaymentOrder', async () => ({})],
  ];
  const upTo = { submitted: 0, registered: 1, orderIssued: 3, ruled: 5 }[node as 'submitted']!;
  for (const [who, event, input] of steps.slice(0, upTo)) await s.fire(who, id, event, await input());
  return id;
}

/** 南关's judgment served today takes effect after the appeal periods: the application is made 20 days on, then the clock comes back. */
async function retrialReview(s: SupplyTools, node: string): Promise<number> {
  const order = ['submitted', 'registered'];
  if (!order.includes(node)) throw new Error(`fuzz setup: no recipe for a 民申 case at ${node}`);
  const original = await s.make('closed', '民初');
  const clerk = await s.world.as('ng-filing');
  const ids = (must(await clerk.get(`/api/v1/cases/${original}`), 'judgment').parties as { id: number }[]).map((p) => p.id);
  await s.fire('ng-judge1', original, 'recordService', { document: 'judgment', partyIds: ids, servedOn: s.world.today, method: 'direct' });
  try {
    s.world.clock.set(addDays(s.world.today, 20));
    const zhangsan = await s.world.as('zhangsan');
    const id = must(await zhangsan.post(`/api/v1/cases/${original}/retrial-applications`, { grounds: ['wrongLaw'], requests: '撤销原判决', facts: '适用法律错误', attachmentIds: [] }), 'retrial application').caseId as number;
    if (node === 'registered') {
      const [chief, judge1, judge2] = await judgeOf(s, id, 'cc', '民一庭庭长', '法官甲', '法官乙');
      await s.fire('cc-filing', id, 'registerRetrialReview', { divisionId: s.world.ref.cc.civilDivision, presidingJudgeId: chief, memberIds: [judge1, judge2] });
    }
    return id;
  } finally {
    s.world.clock.set(s.world.today);
  }
}

export function makeSpecialCase(s: SupplyTools, node: string, caseType: string): Promise<number> {
  if (caseType === '财保') return preservation(s, node);
  if (caseType === '民督') return paymentOrder(s, node);
  return retrialReview(s, node);
}
