// Bank statements: a messy GBK export is previewed without posting anything, then posted by a background job; each
// bank reference is posted once even when two officers post the same file at once; the rest is claimed by hand.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { caseAccountNumber } from '../../src/domain/payments/caseAccount';
import { ApiClient } from '../support/apiClient';
import { postStatement } from '../support/jobs';
import { acceptCase, assignedCase, fileLoanCase } from '../support/scenarios';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let finance: ApiClient;

beforeAll(async () => {
  // Two job workers, so that two officers' postings run at the same time.
  server = await startTestServer({ config: { jobWorkers: 2 } });
  finance = await ApiClient.loggedIn(server.baseUrl, 'ng-finance');
});
afterAll(async () => {
  await server?.close();
});

const gbk = (rows: string[][]) => new Uint8Array(iconv.encode(rows.map((r) => r.join(',')).join('\r\n'), 'gbk'));
const count = async (table: string) => Number((await server.database.pool.query(`select count(*) as n from ${table}`)).rows[0].n);
const refSuffix = () => Math.random().toString(36).slice(2, 8);

async function openCase() {
  const { id } = await fileLoanCase(server.baseUrl);
  const accepted = await acceptCase(server.baseUrl, id);
  return { id, caseNumber: accepted.caseNumber as string };
}

describe('importing a bank statement', () => {
  test('preview first, then every credit posted to its case or queued as unidentified, all at once', async () => {
    const a = await openCase();
    const b = await openCase();
    const closed = await assignedCase(server.baseUrl);
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    expect((await judge.fire(closed.id, 'close', { method: 'withdrawal', closedOn: (await judge.get(`/api/v1/cases/${closed.id}`)).body.acceptedOn })).status).toBe(200);
    const s = refSuffix();
    const file = gbk([
      ['中国工商银行股份有限公司 账户交易明细'],
      ['账号', '9558000000001', '', '', '', '', ''],
      ['交易日期', '交易流水号', '借方发生额', '贷方发生额', '对方户名', '对方账号', '摘要'],
      ['2026/3/5', `A1${s}`, '', '" 1,650.00 "', ' 张三 ', '6222 0001', `诉讼费 ${a.caseNumber}`],
      ['2026/3/5', `A1${s}`, '', '1,650.00', '张三', '62220001', `诉讼费 ${a.caseNumber}`],
      ['2026/3/6', `B1${s}`, '', '１６５０．００', '李四', '', `缴费 ${caseAccountNumber('9558', b.id)}`],
      ['2026/3/6', `C1${s}`, '', '100.00', '王五', '', `${closed.detail.caseNumber ?? ''} 补缴`],
      ['2026/3/7', `D1${s}`, '', '88.00', '赵六', '', '诉讼费'],
      ['2026/3/7', `E1${s}`, '50.00', '', '本院', '', '手续费'],
      ['合计', '', '50.00', '3,488.00', '', '', ''],
    ]);
    const receiptsBefore = await count('receipts');
    const ledgerBefore = await count('fee_ledger');

    const preview = await finance.uploadTo('/api/v1/finance/statements', '工行流水.csv', file, 'text/csv');
    expect(preview.status).toBe(201);
    expect(preview.body.encoding).toBe('gb18030');
    const outcome = Object.fromEntries(preview.body.lines.map((l: { bankRef: string; outcome: string; reason: string; caseId: number | null }) => [l.bankRef.slice(0, 2), [l.outcome, l.reason, l.caseId]]));
    expect(outcome).toEqual({
      A1: ['post', 'caseNumber', a.id],
      B1: ['post', 'account', b.id],
      C1: ['unidentified', 'caseClosed', closed.id],
      D1: ['unidentified', 'noReference', null],
    });
    expect(preview.body.lines.find((l: { bankRef: string }) => l.bankRef.startsWith('A1'))).toMatchObject({ amount: '1650.00', payerName: '张三', payerAccount: '62220001', caseNumber: a.caseNumber });
    expect(preview.body.skipped.map((k: { reason: string }) => k.reason)).toEqual(['duplicateInFile', 'debit']);
    expect(preview.body.totals).toMatchObject({ post: 2, unidentified: 2, skipped: 2, amountToPost: '3300.00' });
    // A preview posts nothing.
    expect(await count('receipts')).toBe(receiptsBefore);
    expect(await count('fee_ledger')).toBe(ledgerBefore);

    const posted = await postStatement(finance, preview.body.id);
    expect(posted.status).toBe(202);
    expect(posted.job).toMatchObject({ status: 'succeeded', progress: { done: 4, total: 4 }, result: { statementId: preview.body.id, post: 2, unidentified: 2, duplicate: 0, skipped: 2, amountPostedFen: 330000 } });
    expect(await count('receipts')).toBe(receiptsBefore + 4);
    expect((await finance.get(`/api/v1/cases/${a.id}/fees`)).body).toMatchObject({ paid: '1650.00' });
    expect((await finance.get(`/api/v1/cases/${b.id}/fees`)).body).toMatchObject({ paid: '1650.00' });
    expect((await finance.post(`/api/v1/finance/statements/${preview.body.id}/post`)).body.code).toBe('STATEMENT_ALREADY_POSTED');

    // The same file again: every line is a duplicate and nothing is posted twice.
    const again = await finance.uploadTo('/api/v1/finance/statements', '工行流水.csv', file, 'text/csv');
    expect(again.body.totals).toMatchObject({ post: 0, unidentified: 0, duplicate: 4 });
    expect((await postStatement(finance, again.body.id)).job.result).toMatchObject({ post: 0, unidentified: 0, duplicate: 4 });
    expect(await count('receipts')).toBe(receiptsBefore + 4);
    expect((await finance.get(`/api/v1/cases/${a.id}/fees`)).body.paid).toBe('1650.00');

    // The unidentified 88 yuan is claimed to case B with a reason; it cannot be claimed twice.
    const queue = await finance.get('/api/v1/finance/receipts?status=unidentified');
    const d1 = queue.body.items.find((r: { bankRef: string }) => r.bankRef === `D1${s}`);
    expect(d1).toMatchObject({ amount: '88.00', match: 'noReference', caseId: null });
    const noReason = await finance.post(`/api/v1/finance/receipts/${d1.id}/claim`, { caseNumber: b.caseNumber, reason: '' });
    expect(noReason.status).toBe(400);
    const claimed = await finance.post(`/api/v1/finance/receipts/${d1.id}/claim`, { caseNumber: b.caseNumber.replace('（', '(').replace('）', ')'), reason: '赵六来电确认为李四代缴' });
    expect(claimed.status).toBe(200);
    expect(claimed.body.paid).toBe('1738.00');
    expect((await finance.post(`/api/v1/finance/receipts/${d1.id}/claim`, { caseNumber: b.caseNumber, reason: '重复认领' })).body.code).toBe('RECEIPT_ALREADY_MATCHED');
  });

  test('a posted statement reads back with its summary in counts and fen (it answered 500: the summary held yuan text)', async () => {
    const a = await openCase();
    const file = gbk([
      ['交易日期', '流水号', '金额', '对方户名', '对方账号', '附言'],
      ['2026-03-05', `S1${refSuffix()}`, '1650.50', '张三', '', a.caseNumber],
      ['2026-03-05', `S2${refSuffix()}`, '20.00', '张三', '', '无案号'],
    ]);
    const p = await finance.uploadTo('/api/v1/finance/statements', '回读.csv', file);
    expect((await finance.get(`/api/v1/finance/statements/${p.body.id}`)).body).toEqual({ id: p.body.id, fileName: '回读.csv', status: 'preview', summary: null });
    await postStatement(finance, p.body.id);
    const read = await finance.get(`/api/v1/finance/statements/${p.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      id: p.body.id,
      fileName: '回读.csv',
      status: 'posted',
      summary: { statementId: p.body.id, post: 1, unidentified: 1, duplicate: 0, skipped: 0, amountPostedFen: 165050 },
    });
    // Another court's finance officer cannot read it.
    const other = await ApiClient.loggedIn(server.baseUrl, 'kc-finance');
    expect((await other.get(`/api/v1/finance/statements/${p.body.id}`)).status).toBe(404);
  });

  test('two officers posting the same statement at once post each line once', async () => {
    const a = await openCase();
    const file = gbk([
      ['交易日期', '流水号', '金额', '对方户名', '对方账号', '附言'],
      ['2026-03-05', `R1${refSuffix()}`, '100.00', '张三', '', a.caseNumber],
      ['2026-03-05', `R2${refSuffix()}`, '200.00', '张三', '', a.caseNumber],
    ]);
    const other = await ApiClient.loggedIn(server.baseUrl, 'ng-finance');
    const [p1, p2] = await Promise.all([finance.uploadTo('/api/v1/finance/statements', 's.csv', file), other.uploadTo('/api/v1/finance/statements', 's.csv', file)]);
    const [r1, r2] = await Promise.all([postStatement(finance, p1.body.id), postStatement(other, p2.body.id)]);
    expect([r1.status, r2.status, r1.job.status, r2.job.status]).toEqual([202, 202, 'succeeded', 'succeeded']);
    expect((await finance.get(`/api/v1/cases/${a.id}/fees`)).body.paid).toBe('300.00');
    // Between them, each line posted once; the later one found the other's lines already there.
    expect([r1.job.result.post + r2.job.result.post, r1.job.result.duplicate + r2.job.result.duplicate]).toEqual([2, 2]);
  });

  test('files that are not statements are refused with a reason and leave nothing behind', async () => {
    const before = await count('bank_statements');
    const xlsx = await finance.uploadTo('/api/v1/finance/statements', 'a.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect([xlsx.status, xlsx.body.code]).toEqual([415, 'STATEMENT_NOT_CSV']);
    const noColumns = await finance.uploadTo('/api/v1/finance/statements', 'a.csv', new TextEncoder().encode('名称,数量\n苹果,3\n'));
    expect([noColumns.status, noColumns.body.code]).toEqual([422, 'STATEMENT_COLUMNS_UNKNOWN']);
    expect(noColumns.body.messages.en).toContain('header');
    const noRef = await finance.uploadTo('/api/v1/finance/statements', 'a.csv', new TextEncoder().encode('交易日期,金额\n2026-03-05,10\n'));
    expect(noRef.body.code).toBe('STATEMENT_NO_REFERENCE');
    expect(await count('bank_statements')).toBe(before);

    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    expect((await judge.uploadTo('/api/v1/finance/statements', 'a.csv', new TextEncoder().encode('x'))).status).toBe(403);
    expect((await judge.get('/api/v1/finance/receipts')).status).toBe(403);
  });
});

describe('the fee at registration and the public calculator', () => {
  test("registration issues the fee notice: the engine's fee, the case's own account, the deadline, the charge", async () => {
    const a = await openCase();
    const fees = (await finance.get(`/api/v1/cases/${a.id}/fees`)).body;
    const period = (await finance.get(`/api/v1/cases/${a.id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'feePayment');
    // 150,000 yuan in simple procedure: 3,300 halved (FEE arts 13, 16).
    expect(fees).toMatchObject({ accountNo: caseAccountNumber('9558', a.id), due: '1650.00', paid: '0.00', outstanding: '1650.00', unpaidPastDeadline: false });
    expect(fees.notices).toHaveLength(1);
    expect(fees.notices[0]).toMatchObject({ basis: 'acceptance', amount: '1650.00', dueOn: period.dueOn });
    const calc = await (await fetch(`${server.baseUrl}/api/v1/calc/fee`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'property', amount: '150000', reduction: 'simple' }) })).json();
    expect(calc.total).toBe(fees.notices[0].amount);
    // Paying it in full completes the party's fee period.
    const file = gbk([
      ['交易日期', '流水号', '金额', '对方户名', '对方账号', '附言'],
      ['2026-03-05', `FP${refSuffix()}`, '1650.00', '张三', '', a.caseNumber],
    ]);
    const p = await finance.uploadTo('/api/v1/finance/statements', 's.csv', file);
    expect((await postStatement(finance, p.body.id)).job.status).toBe('succeeded');
    const after = (await finance.get(`/api/v1/cases/${a.id}/clock`)).body.periods.find((x: { kind: string }) => x.kind === 'feePayment');
    expect(after).toMatchObject({ status: 'completed' });
  });

  test('POST /api/v1/calc/fee needs no login and refuses bad input with a code', async () => {
    const calc = (body: unknown) => fetch(`${server.baseUrl}/api/v1/calc/fee`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const ok = await calc({ kind: 'property', amount: '150000' });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.total).toBe('3300.00');
    expect(body.breakdown.map((c: { amount: string }) => c.amount)).toEqual(['50', '2250', '1000']);
    expect((await (await calc({ kind: 'preservation', amount: '100000000' })).json()).total).toBe('5000.00');
    for (const [req, codeWanted] of [
      [{ kind: 'property', amount: '-1' }, 'FEE_AMOUNT_INVALID'],
      [{ kind: 'property', amount: 'abc' }, 'FEE_AMOUNT_INVALID'],
      [{ kind: 'property', amount: '20000000000000' }, 'FEE_AMOUNT_TOO_LARGE'],
      [{ kind: 'spaceship', amount: '1' }, 'FEE_KIND_UNKNOWN'],
    ] as const) {
      const r = await calc(req);
      expect(r.status).toBe(400);
      const e = await r.json();
      expect(e.code).toBe(codeWanted);
      expect(e.message).toBeTruthy();
    }
  });
});

describe('fee decisions', () => {
  test('the president refunds an overpayment within 15 days; more than was overpaid is refused and nothing is saved', async () => {
    const a = await openCase();
    const file = gbk([
      ['交易日期', '流水号', '金额', '对方户名', '对方账号', '附言'],
      ['2026-03-05', `OV${refSuffix()}`, '1850.00', '张三', '', a.caseNumber],
    ]);
    const p = await finance.uploadTo('/api/v1/finance/statements', 's.csv', file);
    expect((await postStatement(finance, p.body.id)).job.status).toBe('succeeded');
    const president = await ApiClient.loggedIn(server.baseUrl, 'ng-president');
    expect((await president.get(`/api/v1/cases/${a.id}/fees`)).body).toMatchObject({ paid: '1850.00', refundable: '200.00' });
    const decisions = await count('fee_decisions');

    const tooMuch = await president.fire(a.id, 'decideRefund', { ground: 'overpaid', amount: '300.00', reason: '多交退还' });
    expect([tooMuch.status, tooMuch.body.code]).toEqual([422, 'REFUND_EXCEEDS_OVERPAYMENT']);
    const beyondPaid = await president.fire(a.id, 'decideRefund', { ground: 'overpaid', amount: '2000.00', reason: '多交退还' });
    expect(beyondPaid.body.code).toBe('REFUND_EXCEEDS_PAID');
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    expect((await judge.fire(a.id, 'decideRefund', { ground: 'overpaid', amount: '200.00', reason: '多交退还' })).status).toBe(403);
    expect(await count('fee_decisions')).toBe(decisions);

    const ok = await president.fire(a.id, 'decideRefund', { ground: 'overpaid', amount: '200.00', reason: '多交退还' });
    expect(ok.status).toBe(200);
    expect((await president.get(`/api/v1/cases/${a.id}/fees`)).body).toMatchObject({ due: '1650.00', paid: '1650.00', refundable: '0.00' });
    const timeline = (await president.get(`/api/v1/cases/${a.id}/timeline`)).body;
    const entry = timeline.find((e: { event: string }) => e.event === 'decideRefund');
    const decided = (await server.database.pool.query(`select decided_on::text as d, due_on::text as due from fee_decisions where case_id = $1`, [a.id])).rows[0];
    const expected = new Date(`${decided.d}T00:00:00Z`);
    expected.setUTCDate(expected.getUTCDate() + 15);
    expect(decided.due).toBe(expected.toISOString().slice(0, 10));
    expect(JSON.stringify(entry.payload)).toContain(decided.due);
  });

  test('judicial aid: deferral before registration moves the deadline; reduction of at least 30%; exemption for a person', async () => {
    const president = await ApiClient.loggedIn(server.baseUrl, 'ng-president');
    const { id } = await fileLoanCase(server.baseUrl);
    const detail = (await president.get(`/api/v1/cases/${id}`)).body;
    const zhang = detail.parties.find((x: { name: string }) => x.name === '张三');
    const later = new Date(Date.now() + 40 * 86400_000).toISOString().slice(0, 10);
    const deferred = await president.fire(id, 'grantJudicialAid', { kind: 'deferral', partyId: zhang.id, deferUntil: later, reason: '原告系低保户，申请缓交' });
    expect(deferred.status).toBe(200);

    await acceptCase(server.baseUrl, id);
    expect((await president.get(`/api/v1/cases/${id}/fees`)).body.notices[0].dueOn).toBe(later);
    const after = await president.fire(id, 'grantJudicialAid', { kind: 'deferral', partyId: zhang.id, deferUntil: later, reason: '再次申请缓交' });
    expect(after.body.code).toBe('AID_DEFERRAL_AFTER_REGISTRATION');
    const tooLittle = await president.fire(id, 'grantJudicialAid', { kind: 'reduction', partyId: zhang.id, amount: '400.00', reason: '减交' });
    expect(tooLittle.body.code).toBe('AID_REDUCTION_OUT_OF_RANGE');
    const reduced = await president.fire(id, 'grantJudicialAid', { kind: 'reduction', partyId: zhang.id, amount: '495.00', reason: '减交30%' });
    expect(reduced.status).toBe(200);
    expect((await president.get(`/api/v1/cases/${id}/fees`)).body).toMatchObject({ due: '1155.00', outstanding: '1155.00' });
    const exempted = await president.fire(id, 'grantJudicialAid', { kind: 'exemption', partyId: zhang.id, reason: '特困供养人员，免交' });
    expect(exempted.status).toBe(200);
    expect((await president.get(`/api/v1/cases/${id}/fees`)).body).toMatchObject({ due: '0.00', outstanding: '0.00' });
  });
});

describe('the province fee amounts', () => {
  test('an administrator sets the divorce base within 50–300 and the calculator uses it; outside the range is refused', async () => {
    const admin = await ApiClient.loggedIn(server.baseUrl, 'admin');
    const current = (await admin.get('/api/v1/admin/settings/fees')).body;
    expect(current.divorceBase).toBe(50);
    const bad = await admin.put('/api/v1/admin/settings/fees', { ...current, divorceBase: 301 });
    expect([bad.status, bad.body.code]).toEqual([422, 'FEE_SETTING_OUT_OF_RANGE']);
    expect((await admin.get('/api/v1/admin/settings/fees')).body.divorceBase).toBe(50);
    const ok = await admin.put('/api/v1/admin/settings/fees', { ...current, divorceBase: 200 });
    expect(ok.status).toBe(200);
    const calc = await (await fetch(`${server.baseUrl}/api/v1/calc/fee`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'divorce', propertyAmount: '500000' }) })).json();
    expect(calc.total).toBe('1700.00');
    expect((await finance.put('/api/v1/admin/settings/fees', { ...current, divorceBase: 100 })).status).toBe(403);
    await admin.put('/api/v1/admin/settings/fees', current);
  });
});

describe('converting to ordinary procedure', () => {
  test('the case owes the rest of the full fee within 7 days (CPL-Interp art 199)', async () => {
    const c = await assignedCase(server.baseUrl, 'simple');
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    expect((await judge.get(`/api/v1/cases/${c.id}/fees`)).body.due).toBe('1650.00');
    const r = await judge.fire(c.id, 'convertToOrdinary', { procedure: 'ordinary', reason: '案情复杂' });
    expect(r.status).toBe(200);
    const fees = (await judge.get(`/api/v1/cases/${c.id}/fees`)).body;
    expect(fees).toMatchObject({ due: '3300.00', outstanding: '3300.00' });
    const balance = fees.notices.find((n: { basis: string }) => n.basis === 'procedureChange');
    const issued = new Date(`${balance.issuedOn}T00:00:00Z`);
    issued.setUTCDate(issued.getUTCDate() + 7);
    expect(balance).toMatchObject({ amount: '1650.00', dueOn: issued.toISOString().slice(0, 10) });
  });
});
