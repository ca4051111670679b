// Issue 19 (民督): 张三 applies for a payment order against 李四; the clerk accepts it and the 15 days to issue run
// (CPL-2023 art 227); the judge issues it, it is served, and 李四 has 15 days to pay or object. Without an objection the
// order takes effect and may be executed; with one the procedure ends and, unless 张三 declines, a linked 民初 opens
// (art 228). Real HTTP and PostgreSQL; refusals change nothing.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { causeId, courtId, demoUser, divisionId } from '../support/fixtures';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let clerk: ApiClient;
let judge: ApiClient;
let zhangsan: ApiClient;
let lisi: ApiClient;
let court: number;
let cause: number;
beforeAll(async () => {
  const base = world.server.baseUrl;
  [clerk, judge, zhangsan, lisi] = await Promise.all([ApiClient.loggedIn(base, 'ng-filing'), ApiClient.loggedIn(base, 'ng-judge1'), ApiClient.loggedIn(base, 'zhangsan'), ApiClient.loggedIn(base, 'lisi')]);
  court = await courtId(clerk, '吉0102');
  cause = await causeId(clerk, '民间借贷纠纷');
});

const application = (o: Record<string, unknown> = {}) => ({
  courtId: court,
  causeId: cause,
  parties: [
    { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, phone: '13800000001', isSelf: true },
    { standing: 'defendant', kind: 'person', name: '李四', idType: 'residentId', idNumber: demoUser('lisi').idNumber, address: '长春市朝阳区' },
  ],
  claim: 'money',
  amount: '50000.00',
  debtDueOn: '2026-01-31',
  hasCounterObligation: false,
  facts: '2025年李四向张三借款5万元，约定2026年1月31日归还，到期未还。',
  attachmentIds: [],
  ...o,
});

type Period = { kind: string; status: string; dueOn: string };
const periods = async (id: number): Promise<Period[]> => (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods;
const record = async (id: number) => (await zhangsan.get(`/api/v1/cases/${id}/payment-order`)).body;

/** Applied and accepted on 03-02, issued on 03-05, served on 李四 on 03-06: his 15 days end on 03-21 (Sat) → 03-23. */
async function served() {
  clock.set('2026-03-02');
  const applied = await zhangsan.post('/api/v1/payment-orders/applications', application());
  expect(applied.status).toBe(201);
  const id = applied.body.caseId as number;
  expect((await clerk.fire(id, 'acceptPaymentOrder', { divisionId: await divisionId(clerk, court), judgeId: judge.user.id })).status).toBe(200);
  clock.set('2026-03-05');
  expect((await judge.fire(id, 'issuePaymentOrder', {})).status).toBe(200);
  clock.set('2026-03-06');
  const debtor = (await record(id)).objectionDue[0].partyId as number;
  const s = await judge.fire(id, 'servePaymentOrder', { partyIds: [debtor], servedOn: '2026-03-06', method: 'direct' });
  expect(s.status).toBe(200);
  return { id, debtor };
}

describe('applying (CPL-2023 art 225)', () => {
  test('a debt not yet due, or with a counter-obligation, is refused with its code and nothing is saved', async () => {
    const list = async () => (await zhangsan.get(`/api/v1/cases?view=mine&caseType=${encodeURIComponent('民督')}`)).body.total;
    const before = await list();
    expect(typeof before).toBe('number');
    expect((await zhangsan.post('/api/v1/payment-orders/applications', application({ debtDueOn: '2026-04-01' }))).body.code).toBe('PAYMENT_ORDER_DEBT_NOT_DUE');
    expect((await zhangsan.post('/api/v1/payment-orders/applications', application({ hasCounterObligation: true }))).body.code).toBe('PAYMENT_ORDER_COUNTER_OBLIGATION');
    expect((await zhangsan.post('/api/v1/payment-orders/applications', application({ courtId: await courtId(clerk, '吉01') }))).body.code).toBe('PAYMENT_ORDER_COURT_NOT_BASIC');
    expect(await list()).toBe(before);
  });

  test('accepted: numbered, the 15 days to issue run from acceptance (03-02 → 03-17); fee a third of the property fee', async () => {
    clock.set('2026-03-02');
    const applied = await zhangsan.post('/api/v1/payment-orders/applications', application());
    expect(applied.body).toMatchObject({ node: 'submitted', fee: '350.00' });
    const id = applied.body.caseId;
    expect((await periods(id)).find((p) => p.kind === 'filingReview')).toMatchObject({ dueOn: '2026-03-09', status: 'running' });
    await clerk.fire(id, 'acceptPaymentOrder', { divisionId: await divisionId(clerk, court), judgeId: judge.user.id });
    const rec = await record(id);
    expect(rec.caseNumber).toMatch(/^（2026）吉0102民督\d+号$/);
    expect(rec.issueDueOn).toBe('2026-03-17');
  });
});

describe('the debtor’s 15 days (CPL-2023 arts 227–228)', () => {
  test('without an objection the order takes effect and is a title for execution', async () => {
    const { id } = await served();
    expect((await record(id)).objectionDue[0].dueOn).toBe('2026-03-23');
    clock.set('2026-03-23');
    const early = await judge.fire(id, 'recordPaymentOrderEffect', {});
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('PAYMENT_ORDER_NOT_EFFECTIVE');
    expect((await record(id)).node).toBe('orderIssued');
    clock.set('2026-03-24');
    expect((await record(id)).canTakeEffect).toBe(true);
    expect((await judge.fire(id, 'recordPaymentOrderEffect', {})).status).toBe(200);
    expect(await record(id)).toMatchObject({ node: 'closed', effectiveOn: '2026-03-24' });
    // CPL-2023 art 227: 张三 may apply for execution on it.
    const ex = await zhangsan.post('/api/v1/execution/applications', {
      titleCaseId: id,
      items: [{ kind: 'principal', label: '借款本金', amount: '50000.00', dueOn: '2026-03-24' }],
      interestTo: '2026-03-24',
      debtorPartyIds: [(await record(id)).objectionDue[0].partyId],
      assetClues: '李四名下工商银行账户尾号1234。',
      attachmentIds: [],
    });
    expect(ex.status).toBe(201);
    expect(ex.body.titleEffect.basis).toBe('CPL-2023 art 227');
  });

  test('a late objection is refused; a timely one lets the judge end the procedure, and 张三’s choice opens a linked 民初', async () => {
    const { id } = await served();
    clock.set('2026-03-24');
    const late = await lisi.fire(id, 'objectToPaymentOrder', { reasons: '借款已部分归还' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('PAYMENT_ORDER_OBJECTION_LATE');
    clock.set('2026-03-20');
    expect((await judge.fire(id, 'terminatePaymentOrder', {})).body.code).toBe('PAYMENT_ORDER_NO_OBJECTION');
    // Only the debtor objects.
    expect((await zhangsan.fire(id, 'objectToPaymentOrder', { reasons: '—' })).status).toBe(403);
    const objected = await lisi.fire(id, 'objectToPaymentOrder', { reasons: '借款已部分归还' });
    expect(objected.status).toBe(200);
    expect((await judge.fire(id, 'terminatePaymentOrder', {})).status).toBe(200);
    expect((await lisi.fire(id, 'chooseLitigation', { litigate: true })).status).toBe(403);
    const chose = await zhangsan.fire(id, 'chooseLitigation', { litigate: true });
    expect(chose.status).toBe(200);
    const rec = await record(id);
    expect(rec).toMatchObject({ node: 'closed', applicantChoice: 'litigate', objectedOn: '2026-03-20', terminatedOn: '2026-03-20' });
    const suit = (await clerk.get(`/api/v1/cases/${rec.litigationCaseId}`)).body;
    expect(suit).toMatchObject({ caseType: '民初', node: 'submitted' });
    expect(suit.parties.map((p: { name: string; standing: string }) => [p.name, p.standing])).toEqual([['张三', 'plaintiff'], ['李四', 'defendant']]);
  });

  test('the applicant may decline litigation: the case closes with no suit', async () => {
    const { id } = await served();
    clock.set('2026-03-10');
    await lisi.fire(id, 'objectToPaymentOrder', { reasons: '对债务数额有异议' });
    await judge.fire(id, 'terminatePaymentOrder', {});
    expect((await zhangsan.fire(id, 'chooseLitigation', { litigate: false })).status).toBe(200);
    expect(await record(id)).toMatchObject({ node: 'closed', applicantChoice: 'decline', litigationCaseId: null });
  });
});
