// Issue 17: held execution funds are paid out within 30 days of arrival "unless a postponement with a reason is
// approved" — the officer asks, the payout chain approves (finance; above the threshold the 执行局长 after finance), and
// only an approved postponement moves the deadline, of the funds it covers. And finance's reversal of an erroneous
// ledger entry over HTTP (the domain's `reversal`; a reversed receipt or claim waits again as 不明款); the audit still
// finds the books balanced. Real HTTP and PostgreSQL.
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, test } from 'vitest';
import { caseAccountNumber } from '../../src/domain/payments/caseAccount';
import { auditExecutionFunds } from '../../src/server/modules/execution/fundAudit';
import { fundReportContent } from '../../src/server/modules/execution/fundReports';
import { ApiClient } from '../support/apiClient';
import { assignedExecutionCase } from '../support/executionScenario';
import { postStatement } from '../support/jobs';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let finance: ApiClient;
let officer: ApiClient;
let otherOfficer: ApiClient;
let execChief: ApiClient;
beforeAll(async () => {
  const login = (u: string) => ApiClient.loggedIn(world.server.baseUrl, u);
  [finance, officer, otherOfficer, execChief] = await Promise.all([login('ng-finance'), login('ng-exec1'), login('ng-exec2'), login('ng-execchief')]);
});

const sql = async (text: string, params: unknown[] = []) => (await world.server.database.pool.query(text, params)).rows;
const ref = () => Math.random().toString(36).slice(2, 8);
type Case = Awaited<ReturnType<typeof assignedExecutionCase>>;

async function receive(lines: [string, string, string, string][]) {
  const rows = [['交易日期', '流水号', '金额', '对方户名', '对方账号', '附言'], ...lines.map(([on, amount, payer, memo]) => [on, `P${ref()}`, amount, payer, '', memo])];
  const preview = await finance.uploadTo('/api/v1/finance/statements?account=execution', '执行款流水.csv', new Uint8Array(iconv.encode(rows.map((r) => r.join(',')).join('\r\n'), 'gbk')), 'text/csv');
  expect(preview.status).toBe(201);
  expect((await postStatement(finance, preview.body.id)).job.status).toBe('succeeded');
}
const toCase = (c: Case) => `执行款 ${caseAccountNumber('9558', c.id)}`;
const funds = async (c: Case) => (await officer.get(`/api/v1/cases/${c.id}/execution/funds`)).body;
const ask = (c: Case, body: Record<string, unknown>, as = officer) => as.post(`/api/v1/cases/${c.id}/execution/postponements`, { reason: 'thirdPartyObjection', untilOn: '2026-08-31', ...body });
const approve = (id: number, as = finance) => as.post(`/api/v1/execution/postponements/${id}/approve`, { note: '同意' });
const reject = (id: number, as = finance) => as.post(`/api/v1/execution/postponements/${id}/reject`, { note: '理由不充分' });
/** The case's row of 一日三通报 as of the clock's day (warned 5 days ahead), or undefined when it is not in it. */
const reportRow = async (c: Case) => {
  const [{ court_id }] = await sql('select court_id from cases where id = $1', [c.id]);
  const content = await fundReportContent(world.server.deps.db, court_id, new Date(0), clock.today(), 5);
  return content.held.find((h) => h.caseId === c.id);
};
const booksBalanced = async () => expect(await auditExecutionFunds(world.server.deps.db)).toEqual([]);

describe('postponing the payout deadline', () => {
  let ex: Case;
  let empty: Case;
  beforeAll(async () => {
    ex = await assignedExecutionCase(world.server.baseUrl, clock);
    empty = await assignedExecutionCase(world.server.baseUrl, clock);
    clock.set('2026-06-05');
    await receive([['2026-06-05', '60000.00', '李四', toCase(ex)]]);
  });

  test('refusals: no funds, not the officer, a date not after the deadline, "other" without its reason — nothing saved', async () => {
    expect((await funds(ex)).payoutDueOn).toBe('2026-07-06');
    const none = await ask(empty, {});
    expect([none.status, none.body.code]).toEqual([409, 'POSTPONEMENT_NO_FUNDS']);
    const stranger = await ask(ex, {}, otherOfficer);
    expect([403, 404]).toContain(stranger.status);
    const same = await ask(ex, { untilOn: '2026-07-06' });
    expect([same.status, same.body.code]).toEqual([422, 'POSTPONEMENT_DATE_NOT_LATER']);
    const other = await ask(ex, { reason: 'other', reasonText: ' ' });
    expect([other.status, other.body.code]).toEqual([422, 'POSTPONEMENT_REASON_REQUIRED']);
    expect(await sql('select id from execution_payout_postponements where case_id in ($1, $2)', [ex.id, empty.id])).toEqual([]);
  });

  test('pending: the deadline does not move and the case is overdue; a second request is refused', async () => {
    const r = await ask(ex, { reason: 'other', reasonText: '等待法院协调案外人' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'proposed', needsDirector: false, untilOn: '2026-08-31', dueOnBefore: '2026-07-06', held: '60000.00', reasonLabel: { 'zh-CN': '其他' } });
    const second = await ask(ex, {});
    expect([second.status, second.body.code]).toEqual([409, 'POSTPONEMENT_PENDING']);
    clock.set('2026-07-10');
    expect(await funds(ex)).toMatchObject({ payoutDueOn: '2026-07-06', payoutOverdue: true });
    expect(await reportRow(ex)).toMatchObject({ payoutDueOn: '2026-07-06', state: 'overdue' });
    // The officer withdraws it: still overdue.
    const w = await officer.post(`/api/v1/execution/postponements/${r.body.id}/withdraw`);
    expect(w.body.status).toBe('withdrawn');
    expect((await funds(ex)).payoutOverdue).toBe(true);
  });

  test('rejected: still overdue; approved: the deadline moves, the case is not overdue in its funds nor in the report', async () => {
    const first = (await ask(ex, { reason: 'allocationPending', untilOn: '2026-08-20' })).body;
    expect((await reject(first.id)).body.status).toBe('rejected');
    expect(await funds(ex)).toMatchObject({ payoutDueOn: '2026-07-06', payoutOverdue: true });
    expect((await reportRow(ex))?.state).toBe('overdue');

    const r = (await ask(ex, {})).body;
    // Neither the officer (no approver) nor a judge of another case approves it.
    expect((await approve(r.id, officer)).status).toBe(403);
    const ok = await approve(r.id);
    expect(ok.body).toMatchObject({ status: 'approved', financeBy: expect.any(String) });
    expect(await funds(ex)).toMatchObject({ payoutDueOn: '2026-08-31', payoutOverdue: false });
    expect(await reportRow(ex)).toBeUndefined();
    expect((await approve(r.id)).body.code).toBe('POSTPONEMENT_ALREADY_DECIDED');
    const timeline = (await officer.get(`/api/v1/cases/${ex.id}/timeline`)).body as { event: string }[];
    expect(timeline.map((e) => e.event)).toEqual(expect.arrayContaining(['requestPayoutPostponement', 'decidePayoutPostponement', 'withdrawPayoutPostponement']));
  });

  test('funds arriving after the request keep their own deadline', async () => {
    await receive([['2026-07-10', '1000.00', '李四', toCase(ex)]]);
    const f = await funds(ex);
    const latest = f.entries.filter((e: { kind: string }) => e.kind === 'receipt').at(-1);
    expect(latest.payoutDueOn < '2026-08-31').toBe(true);
    expect(f.payoutDueOn).toBe(latest.payoutDueOn);
    clock.set('2026-08-20');
    expect((await funds(ex)).payoutOverdue).toBe(true);
    expect(await reportRow(ex)).toMatchObject({ payoutDueOn: latest.payoutDueOn, state: 'overdue' });
    clock.set('2026-07-10');
  });

  test('the list for the approvers, sorted and filtered; the officer may not see it', async () => {
    const page = (await finance.get(`/api/v1/execution/postponements?q=${encodeURIComponent(ex.caseNumber)}&sort=requestedAt`)).body;
    expect(page.items.map((p: { status: string }) => p.status)).toEqual(['withdrawn', 'rejected', 'approved']);
    expect((await finance.get(`/api/v1/execution/postponements?status=approved&q=${encodeURIComponent(ex.caseNumber)}`)).body.total).toBe(1);
    expect((await finance.get(`/api/v1/execution/postponements/export?q=${encodeURIComponent(ex.caseNumber)}`)).status).toBe(200);
    expect((await officer.get('/api/v1/execution/postponements')).status).toBe(403);
  });
});

describe('above the threshold (on the funds held) the 执行局长 approves after finance', () => {
  let ex: Case;
  beforeAll(async () => {
    ex = await assignedExecutionCase(world.server.baseUrl, clock);
    clock.set('2026-06-05');
    await receive([['2026-06-05', '60000.00', '李四', toCase(ex)]]);
    await sql(`insert into settings (key, value) values ('executionFunds', '{"directorThresholdFen": 4000000}') on conflict (key) do update set value = excluded.value`);
    clock.set('2026-07-10');
  });

  test('finance passes it on (still overdue), the 执行局长 approves; out of turn 403; the requester never approves their own', async () => {
    try {
      const r = (await ask(ex, {})).body;
      expect(r.needsDirector).toBe(true);
      expect((await approve(r.id, execChief)).body.code).toBe('POSTPONEMENT_APPROVER_WRONG');
      expect((await approve(r.id)).body.status).toBe('awaitingDirector');
      expect((await funds(ex)).payoutOverdue).toBe(true);
      expect((await approve(r.id)).body.code).toBe('POSTPONEMENT_APPROVER_WRONG');
      expect((await approve(r.id, execChief)).body).toMatchObject({ status: 'approved', directorBy: expect.any(String) });
      expect((await funds(ex)).payoutOverdue).toBe(false);

      // A deputy chief of the execution division who also handles cases is this case's officer (set up directly: no
      // seeded user is both): he asks, finance approves, and at his turn he may not approve his own request.
      const username = `ng-execdeputy-${ref()}`;
      const [{ id: deputyId }] = await sql(
        `insert into users (username, password_hash, display_name, roles, court_id, division_id)
         select $1, password_hash, '南关法院执行局副局长', array['divisionChief', 'judge'], court_id, division_id from users where username = 'ng-execchief' returning id`,
        [username],
      );
      await sql('update cases set judge_id = $1 where id = $2', [deputyId, ex.id]);
      const deputy = await ApiClient.loggedIn(world.server.baseUrl, username);
      const own = (await ask(ex, { untilOn: '2026-09-30' }, deputy)).body;
      expect(own.needsDirector).toBe(true);
      expect((await approve(own.id)).body.status).toBe('awaitingDirector');
      const self = await approve(own.id, deputy);
      expect([self.status, self.body.code]).toEqual([403, 'POSTPONEMENT_SELF_APPROVAL']);
      expect((await funds(ex)).payoutDueOn).toBe('2026-08-31');
    } finally {
      await sql(`delete from settings where key = 'executionFunds'`);
    }
  });
});

describe('finance reverses an erroneous entry', () => {
  let wrong: Case;
  let right: Case;
  const reverse = (c: Case, entryId: number, as = finance) => as.post(`/api/v1/cases/${c.id}/execution/entries/${entryId}/reverse`, { reason: '误入本案' });
  const entryOf = async (c: Case, kind: string) => (await funds(c)).entries.filter((e: { kind: string; reversed: boolean }) => e.kind === kind && !e.reversed).at(-1).id as number;
  const unidentified = async (payer: string) =>
    ((await finance.get(`/api/v1/finance/receipts?status=unidentified&account=execution&q=${encodeURIComponent(payer)}&pageSize=100`)).body.items as { id: number; payerName: string; status: string }[]).find((r) => r.payerName === payer) as Record<string, unknown> | undefined;
  beforeAll(async () => {
    wrong = await assignedExecutionCase(world.server.baseUrl, clock);
    right = await assignedExecutionCase(world.server.baseUrl, clock);
    clock.set('2026-06-05');
    await receive([['2026-06-05', '5000.00', '错付公司', toCase(wrong)]]);
  });

  test('the officer may not reverse (403, nothing changed); finance reverses a receipt posted to the wrong case: it waits again as 不明款', async () => {
    const receiptEntry = await entryOf(wrong, 'receipt');
    const before = await sql('select count(*)::int as n from execution_ledger_entries where case_id = $1', [wrong.id]);
    const denied = await reverse(wrong, receiptEntry, officer);
    expect(denied.status).toBe(403);
    expect(await sql('select count(*)::int as n from execution_ledger_entries where case_id = $1', [wrong.id])).toEqual(before);
    const r = await reverse(wrong, receiptEntry);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ received: '0.00', balance: '0.00', payoutDueOn: null });
    expect(r.body.entries.map((e: { kind: string; reversed: boolean }) => [e.kind, e.reversed])).toEqual([['receipt', true], ['reversal', false]]);
    expect(await unidentified('错付公司')).toMatchObject({ match: 'reversed', claimDueOn: expect.any(String) });
    expect((await reverse(wrong, receiptEntry)).body.code).toBe('LEDGER_REVERSAL_INVALID');
    await booksBalanced();
  });

  test('claimed to the right case, then the claim reversed: back to 不明款; allocated money first refuses (422)', async () => {
    const receipt = (await unidentified('错付公司'))!;
    expect((await finance.post(`/api/v1/finance/receipts/${receipt.id}/claim`, { caseNumber: right.caseNumber, reason: '付款人确认' })).status).toBe(200);
    expect(await funds(right)).toMatchObject({ received: '5000.00', balance: '5000.00' });
    await booksBalanced();
    const claim = await entryOf(right, 'claim');
    // Allocated to the applicant: the claim cannot be undone while the money is not in the case's unallocated funds.
    expect((await officer.post(`/api/v1/cases/${right.id}/execution/allocations`, { claims: [{ partyId: right.applicantId, rank: 1, claim: '100000.00' }], note: '全额分配' })).status).toBe(200);
    const short = await reverse(right, claim);
    expect([short.status, short.body.code]).toEqual([422, 'LEDGER_BALANCE_INSUFFICIENT']);
    expect((await reverse(right, await entryOf(right, 'allocation'))).status).toBe(200);
    const r = await reverse(right, claim);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ received: '0.00', balance: '0.00' });
    expect(await unidentified('错付公司')).toMatchObject({ match: 'reversed', claimReason: null });
    // …and may be claimed again.
    expect((await finance.post(`/api/v1/finance/receipts/${receipt.id}/claim`, { caseNumber: right.caseNumber, reason: '再次确认' })).status).toBe(200);
    await booksBalanced();
  });

  test('a fee deduction reversed; a reversal and a payout are not reversible', async () => {
    expect((await finance.post(`/api/v1/cases/${right.id}/execution/fee-deduction`)).status).toBe(200);
    const fee = await entryOf(right, 'feeDeduction');
    const r = await reverse(right, fee);
    expect(r.body).toMatchObject({ fees: '0.00', balance: '5000.00' });
    const reversal = await entryOf(right, 'reversal');
    expect((await reverse(right, reversal)).body.code).toBe('LEDGER_REVERSAL_INVALID');
    const proposed = await officer.post(`/api/v1/cases/${right.id}/execution/payouts`, { payeePartyId: right.applicantId, amount: '1000.00', accountName: '张三', accountNo: '6222 0000 1111 2222', bankName: '中国工商银行', reason: '发放' });
    expect((await approve(proposed.body.id, finance).then(() => finance.post(`/api/v1/execution/payouts/${proposed.body.id}/approve`, {}))).body.status).toBe('paid');
    const paid = await reverse(right, await entryOf(right, 'disbursement'));
    expect([paid.status, paid.body.code]).toEqual([422, 'FUND_REVERSAL_NOT_ALLOWED']);
    expect((await reverse(right, 999999999)).status).toBe(404);
    const timeline = (await officer.get(`/api/v1/cases/${right.id}/timeline`)).body as { event: string }[];
    expect(timeline.filter((e) => e.event === 'reverseFundEntry')).toHaveLength(3);
    await booksBalanced();
  });
});
