// Issue 17 (执行 1/2) item 4, the execution ledger (一案一账户): finance imports a statement of the execution account,
// receipts post to their cases by sub-account number or 案号, the rest waits as 不明款 with a claim deadline; the officer
// proposes a payout, finance (and above the threshold the 执行局长) approves, and only then does money move — once,
// never beyond the case's funds. The books always balance. Real HTTP and PostgreSQL.
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, test } from 'vitest';
import { sql as sqlTag } from 'drizzle-orm';
import { caseAccountNumber } from '../../src/domain/payments/caseAccount';
import { auditExecutionFunds } from '../../src/server/modules/execution/fundAudit';
import { ApiClient } from '../support/apiClient';
import { assignedExecutionCase } from '../support/executionScenario';
import { postStatement } from '../support/jobs';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let finance: ApiClient;
let officer: ApiClient;
let otherOfficer: ApiClient;
let execChief: ApiClient;
let civilChief: ApiClient;
beforeAll(async () => {
  const base = world.server.baseUrl;
  const login = (u: string) => ApiClient.loggedIn(base, u);
  [finance, officer, otherOfficer, execChief, civilChief] = await Promise.all([login('ng-finance'), login('ng-exec1'), login('ng-exec2'), login('ng-execchief'), login('ng-chief')]);
});

const csv = (rows: string[][]) => new Uint8Array(iconv.encode(rows.map((r) => r.join(',')).join('\r\n'), 'gbk'));
const ref = () => Math.random().toString(36).slice(2, 8);
const sql = async (text: string, params: unknown[] = []) => (await world.server.database.pool.query(text, params)).rows;

async function importExecutionStatement(lines: string[][]) {
  const preview = await finance.uploadTo('/api/v1/finance/statements?account=execution', '执行款流水.csv', csv([['交易日期', '流水号', '金额', '对方户名', '对方账号', '附言'], ...lines]), 'text/csv');
  expect(preview.status).toBe(201);
  const posted = await postStatement(finance, preview.body.id);
  expect(posted.job.status).toBe('succeeded');
  return preview.body;
}

const funds = async (id: number, as: ApiClient = officer) => (await as.get(`/api/v1/cases/${id}/execution/funds`)).body;
const propose = (id: number, payee: number, amount: string, o: Record<string, unknown> = {}) =>
  officer.post(`/api/v1/cases/${id}/execution/payouts`, { payeePartyId: payee, amount, accountName: '张三', accountNo: '6222 0000 1111 2222', bankName: '中国工商银行长春分行', reason: '执行到位款发放', ...o });

/** The monitor's check from the postings up: every entry sums to zero, nothing inside the account is negative. */
async function booksBalance() {
  const unbalanced = await sql(`select entry_id from execution_ledger_postings group by entry_id having sum(amount_fen) <> 0`);
  const negative = await sql(`select account, case_id, applicant_party_id, sum(amount_fen) from execution_ledger_postings where account <> 'outside' group by 1, 2, 3 having sum(amount_fen) < 0`);
  const courts = await sql(`select court_id, sum(amount_fen) filter (where account <> 'outside') as inside, -sum(amount_fen) filter (where account = 'outside') as net from execution_ledger_postings group by court_id`);
  expect(unbalanced).toEqual([]);
  expect(negative).toEqual([]);
  for (const c of courts) expect(c.inside).toBe(c.net);
}

describe('receipts of the execution account', () => {
  let ex: Awaited<ReturnType<typeof assignedExecutionCase>>;
  beforeAll(async () => {
    ex = await assignedExecutionCase(world.server.baseUrl, clock);
  });

  test('post to the case by its sub-account number; a fee case and a line without reference wait as 不明款 with a claim deadline', async () => {
    const civil = await fileLoanCase(world.server.baseUrl);
    clock.set('2026-06-05'); // a Friday: the 3 days to claim run over the weekend to Monday 2026-06-08
    const s = ref();
    const preview = await importExecutionStatement([
      ['2026-06-05', `X1${s}`, '60000.00', '李四', '6217000011112222', `执行款 ${caseAccountNumber('9558', ex.id)}`],
      ['2026-06-05', `X2${s}`, '3000.00', '某公司', '', '代付'],
      ['2026-06-05', `X3${s}`, '500.00', '张三', '', `诉讼费 ${caseAccountNumber('9558', civil.id)}`],
    ]);
    expect(preview.account).toBe('execution');
    expect(preview.lines.map((l: { outcome: string; reason: string }) => `${l.outcome}:${l.reason}`)).toEqual(['post:account', 'unidentified:noReference', 'unidentified:otherAccount']);
    const f = await funds(ex.id);
    expect(f).toMatchObject({ accountNo: caseAccountNumber('9558', ex.id), received: '60000.00', balance: '60000.00', unallocated: '60000.00', paidOut: '0.00', payoutOverdue: false });
    // FUNDS: paid out within 30 days of arrival (2026-06-05 + 30 = 2026-07-05, a Sunday → Monday 2026-07-06).
    expect(f.payoutDueOn).toBe('2026-07-06');
    const queue = (await finance.get('/api/v1/finance/receipts?status=unidentified&account=execution&pageSize=100')).body.items as { bankRef: string; claimDueOn: string }[];
    expect(queue.filter((r) => r.bankRef.endsWith(s)).map((r) => [r.bankRef.slice(0, 2), r.claimDueOn])).toEqual(
      expect.arrayContaining([
        ['X2', '2026-06-08'],
        ['X3', '2026-06-08'],
      ]),
    );
    // Fee receipts stayed in the fee ledger's world: none of these reached fee_ledger.
    expect(await sql(`select 1 from fee_ledger l join receipts r on r.id = l.source_id and l.source = 'receipt' where r.bank_ref like $1`, [`%${s}`])).toEqual([]);
    await booksBalance();
  });

  test('an execution 不明款 is claimed only to an execution case, and then counts as the case\'s money', async () => {
    const queue = (await finance.get('/api/v1/finance/receipts?status=unidentified&account=execution&q=%E6%9F%90%E5%85%AC%E5%8F%B8&pageSize=100')).body.items as { id: number; payerName: string }[];
    const receipt = queue.find((r) => r.payerName === '某公司')!;
    const civil = await fileLoanCase(world.server.baseUrl);
    const accepted = await acceptCase(world.server.baseUrl, civil.id);
    const wrong = await finance.post(`/api/v1/finance/receipts/${receipt.id}/claim`, { caseNumber: accepted.caseNumber, reason: '付款人来电确认' });
    expect([wrong.status, wrong.body.code]).toEqual([422, 'CLAIM_WRONG_ACCOUNT']);
    const r = await finance.post(`/api/v1/finance/receipts/${receipt.id}/claim`, { caseNumber: ex.caseNumber, reason: '被执行人委托某公司代付' });
    expect(r.status).toBe(200);
    expect(await funds(ex.id)).toMatchObject({ received: '63000.00', balance: '63000.00' });
    const again = await finance.post(`/api/v1/finance/receipts/${receipt.id}/claim`, { caseNumber: ex.caseNumber, reason: '重复' });
    expect(again.status).toBe(409);
    await booksBalance();
  });
});

describe('payouts: the officer proposes, finance approves, money moves once', () => {
  let ex: Awaited<ReturnType<typeof assignedExecutionCase>>;
  beforeAll(async () => {
    ex = await assignedExecutionCase(world.server.baseUrl, clock);
    clock.set('2026-06-10');
    await importExecutionStatement([['2026-06-10', `P1${ref()}`, '80000.00', '李四', '', `执行款 ${ex.caseNumber}`]]);
  });

  test('only the case\'s officer proposes; the payee must be the applicant, in their own name, within the funds', async () => {
    expect((await otherOfficer.post(`/api/v1/cases/${ex.id}/execution/payouts`, { payeePartyId: ex.applicantId, amount: '1.00', accountName: '张三', accountNo: '622200001111', bankName: '工行', reason: '发放' })).status).toBe(403);
    expect((await propose(ex.id, ex.debtorId, '1.00', { accountName: '李四' })).body.code).toBe('PAYOUT_PAYEE_NOT_APPLICANT');
    expect((await propose(ex.id, ex.applicantId, '1.00', { accountName: '王五' })).body.code).toBe('PAYOUT_ACCOUNT_NAME_MISMATCH');
    const tooMuch = await propose(ex.id, ex.applicantId, '80000.01');
    expect([tooMuch.status, tooMuch.body.code]).toEqual([422, 'PAYOUT_EXCEEDS_FUNDS']);
    expect(await sql(`select 1 from execution_payouts where case_id = $1`, [ex.id])).toEqual([]);
  });

  test('a judge cannot approve (403) and nothing moves; two finance officers at once pay once', async () => {
    const p = await propose(ex.id, ex.applicantId, '30000.00');
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({ status: 'proposed', needsDirector: false, payeeName: '张三' });
    expect((await officer.post(`/api/v1/execution/payouts/${p.body.id}/approve`, {})).status).toBe(403);
    expect((await civilChief.post(`/api/v1/execution/payouts/${p.body.id}/approve`, {})).status).toBe(403);
    expect(await funds(ex.id)).toMatchObject({ paidOut: '0.00', balance: '80000.00' });
    // A second proposal may not promise money the first already promised.
    expect((await propose(ex.id, ex.applicantId, '50000.01')).body.code).toBe('PAYOUT_EXCEEDS_FUNDS');

    const second = await ApiClient.loggedIn(world.server.baseUrl, 'ng-finance');
    const both = await Promise.all([finance.post(`/api/v1/execution/payouts/${p.body.id}/approve`, {}), second.post(`/api/v1/execution/payouts/${p.body.id}/approve`, { note: '同意' })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)!.body.code).toBe('PAYOUT_ALREADY_DECIDED');
    expect(await sql(`select count(*)::int as n from execution_ledger_entries where payout_id = $1 and kind = 'disbursement'`, [p.body.id])).toEqual([{ n: 1 }]);
    const f = await funds(ex.id);
    expect(f).toMatchObject({ paidOut: '30000.00', balance: '50000.00' });
    expect(f.payouts[0]).toMatchObject({ status: 'paid', paidOn: '2026-06-10' });
    // The applicant sees the money paid out on their case.
    expect(await funds(ex.id, ex.party)).toMatchObject({ paidOut: '30000.00' });
    await booksBalance();
  });

  test('above the threshold finance passes it to the 执行局长, who pays; a rejection moves nothing', async () => {
    await world.server.database.pool.query(`insert into settings (key, value) values ('executionFunds', '{"directorThresholdFen": 4000000}') on conflict (key) do update set value = excluded.value`);
    try {
      const big = await propose(ex.id, ex.applicantId, '45000.00');
      expect(big.body).toMatchObject({ status: 'proposed', needsDirector: true });
      expect((await execChief.post(`/api/v1/execution/payouts/${big.body.id}/approve`, {})).body.code).toBe('PAYOUT_APPROVER_WRONG');
      expect((await finance.post(`/api/v1/execution/payouts/${big.body.id}/approve`, {})).body.status).toBe('awaitingDirector');
      expect((await funds(ex.id)).paidOut).toBe('30000.00');
      const list = (await execChief.get('/api/v1/execution/payouts?status=awaitingDirector')).body.items as { id: number }[];
      expect(list.map((x) => x.id)).toContain(big.body.id);
      const paid = await execChief.post(`/api/v1/execution/payouts/${big.body.id}/approve`, { note: '同意发放' });
      expect(paid.body).toMatchObject({ status: 'paid', financeBy: '南关法院财务', directorBy: '南关法院执行局长' });
      expect((await funds(ex.id)).balance).toBe('5000.00');

      const small = await propose(ex.id, ex.applicantId, '5000.00');
      const rejected = await finance.post(`/api/v1/execution/payouts/${small.body.id}/reject`, { note: '账号待核实' });
      expect(rejected.body).toMatchObject({ status: 'rejected', decisionNote: '账号待核实' });
      expect((await funds(ex.id)).balance).toBe('5000.00');
      const withdrawn = await propose(ex.id, ex.applicantId, '5000.00');
      expect((await officer.post(`/api/v1/execution/payouts/${withdrawn.body.id}/withdraw`)).body.status).toBe('withdrawn');
    } finally {
      await world.server.database.pool.query(`delete from settings where key = 'executionFunds'`);
    }
    await booksBalance();
  });

  test('the approval re-checks the funds under the case\'s lock: money gone meanwhile → 422, nothing moved', async () => {
    const q = await propose(ex.id, ex.applicantId, '5000.00');
    expect(q.status).toBe(201);
    // The proposal now asks one fen more than the case holds (as if money had left by another path meanwhile).
    await sql(`update execution_payouts set amount_fen = 500001 where id = $1`, [q.body.id]);
    const r = await finance.post(`/api/v1/execution/payouts/${q.body.id}/approve`, {});
    expect([r.status, r.body.code]).toEqual([422, 'LEDGER_BALANCE_INSUFFICIENT']);
    expect((await finance.get(`/api/v1/execution/payouts?q=${encodeURIComponent(ex.caseNumber)}`)).body.items.find((x: { id: number }) => x.id === q.body.id).status).toBe('proposed');
    expect((await funds(ex.id)).balance).toBe('5000.00');
    await booksBalance();
  });

  test('the audit finds a tampered posting (and nothing before it)', async () => {
    expect(await auditExecutionFunds(world.server.deps.db)).toEqual([]);
    // Tampered inside a transaction that is rolled back: the audit sees what a broken row would look like.
    const rollback = new Error('rollback');
    const seen = await world.server.deps.db
      .transaction(async (tx) => {
        const [p] = (await tx.execute<{ entry_id: string }>(sqlTag`select entry_id from execution_ledger_postings where case_id = ${ex.id} and account = 'case' limit 1`)).rows;
        await tx.execute(sqlTag`update execution_ledger_postings set amount_fen = amount_fen + 1 where entry_id = ${p!.entry_id} and account = 'case'`);
        const found = await auditExecutionFunds(tx);
        expect(found.map((v) => v.kind)).toEqual(expect.arrayContaining(['entryUnbalanced', 'courtAccountMismatch']));
        expect(found.find((v) => v.kind === 'entryUnbalanced')).toMatchObject({ entryId: Number(p!.entry_id), sumFen: '1' });
        throw rollback;
      })
      .catch((e) => e);
    expect(seen).toBe(rollback);
    expect(await auditExecutionFunds(world.server.deps.db)).toEqual([]);
  });

  test('the payouts list sorts, filters and exports', async () => {
    const page = (await finance.get(`/api/v1/execution/payouts?status=paid&sort=-amount&q=${encodeURIComponent(ex.caseNumber)}`)).body;
    expect(page.items.map((x: { amount: string }) => x.amount)).toEqual(['45000.00', '30000.00']);
    const xlsx = await finance.get(`/api/v1/execution/payouts/export?status=paid&q=${encodeURIComponent(ex.caseNumber)}`);
    expect(xlsx.status).toBe(200);
    expect((await officer.get('/api/v1/execution/payouts')).status).toBe(403);
    // A chief of another division is no approver of payouts.
    expect((await civilChief.get('/api/v1/execution/payouts')).body.code).toBe('PAYOUT_APPROVER_WRONG');
    expect((await execChief.get('/api/v1/execution/payouts')).status).toBe(200);
  });
});
