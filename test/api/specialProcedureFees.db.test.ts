// Issue 19: the application fees of 财保 (FEE art 14(2)) and 民督 (FEE art 14(3)) go through the fee module as 民初's
// acceptance fee does — registration issues the 交纳申请费通知 (a notice, a charge on the case's ledger, the applicant's
// period on the clock and the generated notice document), the bank statement posts the payment to the case, and the
// case shows it paid. The judge's 保全裁定 and 支付令 are generated from the case when not uploaded. Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { docxText } from '../support/docxText';
import { causeId, courtId, demoUser, divisionId, TINY_PDF } from '../support/fixtures';
import { postStatement } from '../support/jobs';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let clerk: ApiClient;
let judge: ApiClient;
let zhangsan: ApiClient;
let finance: ApiClient;
let court: number;
let cause: number;
beforeAll(async () => {
  const base = world.server.baseUrl;
  const as = (u: string) => ApiClient.loggedIn(base, u);
  [clerk, judge, zhangsan, finance] = await Promise.all([as('ng-filing'), as('ng-judge1'), as('zhangsan'), as('ng-finance')]);
  court = await courtId(clerk, '吉0102');
  cause = await causeId(clerk, '民间借贷纠纷');
});

const parties = () => [
  { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, phone: '13800000001', isSelf: true },
  { standing: 'defendant', kind: 'person', name: '李四', idType: 'residentId', idNumber: demoUser('lisi').idNumber, address: '长春市朝阳区' },
];
const preservation = (amount: string) => ({
  courtId: court,
  stage: 'preSuit',
  parties: parties(),
  amount,
  propertyClues: '李四名下工商银行账户尾号1234。',
  security: { kind: 'guarantee', amount, description: '某担保公司出具的保函' },
  attachmentIds: [],
});
const paymentOrder = (amount: string) => ({ courtId: court, causeId: cause, parties: parties(), claim: 'money', amount, debtDueOn: '2026-01-31', hasCounterObligation: false, facts: '李四向张三借款，到期未还。', attachmentIds: [] });

async function registeredPreservation(amount: string) {
  clock.set('2026-03-02');
  const applied = await zhangsan.post('/api/v1/preservation/applications', preservation(amount));
  expect(applied.status).toBe(201);
  const id = applied.body.caseId as number;
  expect((await clerk.fire(id, 'registerPreservation', { divisionId: await divisionId(clerk, court), judgeId: judge.user.id })).status).toBe(200);
  return id;
}

async function acceptedPaymentOrder(amount: string) {
  clock.set('2026-03-02');
  const applied = await zhangsan.post('/api/v1/payment-orders/applications', paymentOrder(amount));
  expect(applied.status).toBe(201);
  const id = applied.body.caseId as number;
  expect((await clerk.fire(id, 'acceptPaymentOrder', { divisionId: await divisionId(clerk, court), judgeId: judge.user.id })).status).toBe(200);
  return id;
}

async function material(caseId: number, category: string) {
  const files: { id: number; fileName: string; category: string }[] = (await clerk.get(`/api/v1/cases/${caseId}`)).body.attachments;
  const found = files.filter((f) => f.category === category);
  expect(found, category).toHaveLength(1);
  const got = await clerk.bytes(`/api/v1/attachments/${found[0]!.id}/content`);
  expect(got.status).toBe(200);
  return { ...found[0]!, text: await docxText(got.bytes) };
}

const feePeriod = async (id: number) => ((await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods as { kind: string; status: string; dueOn: string }[]).find((p) => p.kind === 'feePayment');

// rules.md §4.6 worked examples: the preservation and payment-order columns.
describe.each([
  ['财保', '5000.00', '70.00', registeredPreservation],
  ['财保', '100000.00', '1020.00', registeredPreservation],
  ['财保', '1000000.00', '5000.00', registeredPreservation],
  ['民督', '50000.00', '350.00', acceptedPaymentOrder],
  ['民督', '150000.00', '1100.00', acceptedPaymentOrder],
])('%s of %s yuan', (type, amount, fee, open) => {
  test(`registration issues the 交纳申请费通知 of ${fee} yuan, payable by the 7th day; the notice is in the dossier`, async () => {
    const id = await open(amount);
    const fees = (await zhangsan.get(`/api/v1/cases/${id}/fees`)).body;
    expect(fees).toMatchObject({ due: fee, paid: '0.00', outstanding: fee, notices: [{ basis: 'application', amount: fee, issuedOn: '2026-03-02', dueOn: '2026-03-09' }] });
    expect(fees.accountNo).toMatch(/^9558/);
    expect(await feePeriod(id)).toMatchObject({ status: 'running', dueOn: '2026-03-09' });
    const notice = await material(id, 'applicationFeeNotice');
    expect(notice.text).toContain('交纳申请费通知书');
    expect(notice.text).toContain('张三：');
    expect(notice.text).toContain(`申请费（${type === '财保' ? '财产保全' : '支付令'}）${fee}元`);
    expect(notice.text).toContain(fees.accountNo);
    expect(notice.text).toContain('2026年3月9日前交纳');
    expect(notice.text).toContain('长春市南关区人民法院');
  });
});

describe('paying through the bank statement', () => {
  test('the payment posts to the 财保 case: shown paid, the fee period completed', async () => {
    const id = await registeredPreservation('100000.00');
    const caseNumber = (await clerk.get(`/api/v1/cases/${id}`)).body.caseNumber as string;
    const ref = `P${Math.random().toString(36).slice(2, 8)}`;
    const csv = ['交易日期,交易流水号,贷方发生额,对方户名,摘要', `2026-03-04,${ref},1020.00,张三,保全申请费 ${caseNumber}`].join('\n');
    const preview = await finance.uploadTo('/api/v1/finance/statements', '流水.csv', new TextEncoder().encode(csv), 'text/csv');
    expect(preview.status).toBe(201);
    expect(preview.body.lines[0]).toMatchObject({ outcome: 'post', caseId: id });
    expect((await postStatement(finance, preview.body.id)).job).toMatchObject({ status: 'succeeded' });
    expect((await zhangsan.get(`/api/v1/cases/${id}/fees`)).body).toMatchObject({ due: '1020.00', paid: '1020.00', outstanding: '0.00', unpaidPastDeadline: false });
    expect(await feePeriod(id)).toMatchObject({ status: 'completed' });
  });

  test('unpaid past the 7 days: no withdrawal (rules.md states none for an application fee), the case shows it unpaid', async () => {
    const id = await acceptedPaymentOrder('50000.00');
    clock.set('2026-03-10');
    expect((await zhangsan.get(`/api/v1/cases/${id}/fees`)).body).toMatchObject({ outstanding: '350.00', unpaidPastDeadline: true });
    expect((await clerk.get(`/api/v1/cases/${id}`)).body.node).toBe('registered');
  });
});

describe('generated rulings and orders (upload stays the alternative)', () => {
  test('the 保全裁定 granting preservation, from the case: parties, measures, amount, security, legal basis', async () => {
    const id = await registeredPreservation('100000.00');
    expect((await judge.fire(id, 'grantPreservation', { measures: '冻结被申请人李四名下银行存款', amount: '80000.00' })).status).toBe(200);
    const caseNumber = (await clerk.get(`/api/v1/cases/${id}`)).body.caseNumber as string;
    const ruling = await material(id, 'preservationRuling');
    expect(ruling.fileName).toBe(`财产保全裁定书-${caseNumber}.docx`);
    // FEE art 14(2): by the amount actually preserved — 80,000 → 820; the 200 charged beyond it is relieved.
    expect((await zhangsan.get(`/api/v1/cases/${id}/fees`)).body).toMatchObject({ due: '820.00', outstanding: '820.00' });
    for (const s of [`（${caseNumber}）`, '申请人：张三', '被申请人：李四', '民事裁定书', '冻结被申请人李四名下银行存款，以80000.00元为限。', '某担保公司出具的保函（100000.00元）', '第一百零三条、第一百零四条', '长春市南关区人民法院', '2026年3月2日']) {
      expect(ruling.text).toContain(s);
    }
  });

  test('the dismissal is generated with the reasons', async () => {
    const id = await registeredPreservation('100000.00');
    expect((await judge.fire(id, 'dismissPreservation', { reasons: '申请人未能说明情况紧急。' })).status).toBe(200);
    const ruling = await material(id, 'preservationDismissal');
    expect(ruling.text).toContain('本院经审查认为：申请人未能说明情况紧急。');
    expect(ruling.text).toContain('驳回申请人张三的财产保全申请。');
  });

  test('the 支付令 from the case: amount, the 15 days, CPL-2023 art 227', async () => {
    const id = await acceptedPaymentOrder('50000.00');
    clock.set('2026-03-05');
    expect((await judge.fire(id, 'issuePaymentOrder', {})).status).toBe(200);
    const order = await material(id, 'paymentOrder');
    for (const s of ['支付令', '申请人：张三', '被申请人：李四', '被申请人李四应当自收到本支付令之日起十五日内，向申请人张三给付50000.00元。', '第二百二十七条', '2026年3月5日']) expect(order.text).toContain(s);
  });

  test('an uploaded ruling replaces the generated one', async () => {
    const id = await registeredPreservation('100000.00');
    const mine = (await judge.upload('保全裁定书.pdf', TINY_PDF, 'application/pdf', 'other')).body.id as number;
    expect((await judge.fire(id, 'grantPreservation', { measures: '冻结存款', amount: '100000.00', rulingAttachmentId: mine })).status).toBe(200);
    const files: { category: string }[] = (await clerk.get(`/api/v1/cases/${id}`)).body.attachments;
    expect(files.filter((f) => f.category === 'preservationRuling')).toHaveLength(0);
  });
});
