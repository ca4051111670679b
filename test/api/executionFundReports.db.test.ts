// Issue 17 item 5, 一日三通报: at each report time a report of the court's execution funds is built once — 不明款 with
// their claim deadlines, cases holding funds near or past their payout deadline (per officer), and payouts since the
// last report — shown to finance whole and to each officer for their own cases, exported as three sheets, and sent
// to the inbox of each officer in it (their own figures) and of finance, the 执行局长 and the president (the court's).
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, test } from 'vitest';
import { caseAccountNumber } from '../../src/domain/payments/caseAccount';
import { runDueFundReports } from '../../src/server/modules/execution/fundReports';
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
let chief: ApiClient;
let president: ApiClient;
let civilChief: ApiClient;
let ex: Awaited<ReturnType<typeof assignedExecutionCase>>;
const ref = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  const base = world.server.baseUrl;
  const login = (u: string) => ApiClient.loggedIn(base, u);
  [finance, officer, otherOfficer, chief, president, civilChief] = await Promise.all([login('ng-finance'), login('ng-exec1'), login('ng-exec2'), login('ng-execchief'), login('ng-president'), login('ng-chief')]);
  ex = await assignedExecutionCase(base, clock);
  clock.set('2026-06-05');
  const csv = ['交易日期,流水号,金额,对方户名,对方账号,附言', `2026-06-05,R1${ref},60000.00,李四,,执行款 ${caseAccountNumber('9558', ex.id)}`, `2026-06-05,R2${ref},700.00,某公司,,代付`].join('\r\n');
  const preview = await finance.uploadTo('/api/v1/finance/statements?account=execution', 'r.csv', new Uint8Array(iconv.encode(csv, 'gbk')), 'text/csv');
  expect((await postStatement(finance, preview.body.id)).job.status).toBe('succeeded');
});

/** The bodies (zh-CN) of the user's notifications of report `id`. */
const notesOf = async (c: ApiClient, id: number): Promise<string[]> => {
  const items = (await c.get('/api/v1/notifications?pageSize=100')).body.items as { link: string; kind: string; body: { 'zh-CN': string } }[];
  return items.filter((n) => n.link === `/execution/fund-reports?report=${id}`).map((n) => { expect(n.kind).toBe('executionFundReport'); return n.body['zh-CN']; });
};

const build = async () => {
  const r = await finance.post('/api/v1/execution/fund-reports');
  expect(r.status).toBe(200);
  return r.body;
};

describe('一日三通报', () => {
  test('the morning report lists the 不明款 with its claim deadline; funds far from their deadline are not in it', async () => {
    clock.set('2026-06-08');
    const r = await build();
    expect(r.slot).toBe('2026-06-08 09:00');
    const mine = r.unclaimed.filter((u: { bankRef: string }) => u.bankRef.endsWith(ref));
    expect(mine).toEqual([expect.objectContaining({ amount: '700.00', payerName: '某公司', claimDueOn: '2026-06-08', overdue: false })]);
    expect(r.held.map((h: { caseId: number }) => h.caseId)).not.toContain(ex.id);
    expect(r.totals.goalMet).toBe(false);
    // Asked again for the same report time: the same report, not a second one.
    expect((await build()).id).toBe(r.id);

    // No officer's case is in it: no officer is told; finance is, with the court's figures.
    expect(await notesOf(officer, r.id)).toEqual([]);
    expect(await notesOf(otherOfficer, r.id)).toEqual([]);
    expect(await notesOf(finance, r.id)).toEqual(['2026年6月8日 09:00 一日三通报：全院无临期或超期未发的案款；不明款1笔（700.00元）待认领。']);
  });

  test('near the payout deadline the case is listed under its officer; a claim deadline passed is overdue', async () => {
    clock.set('2026-07-02');
    const r = await build();
    const held = r.held.find((h: { caseId: number }) => h.caseId === ex.id);
    expect(held).toMatchObject({ caseNumber: ex.caseNumber, judgeName: '南关法院执行员甲', balance: '60000.00', payoutDueOn: '2026-07-06', state: 'near' });
    expect(r.unclaimed.find((u: { bankRef: string }) => u.bankRef.endsWith(ref)).overdue).toBe(true);
    expect(r.totals.unclaimedOverdue).toBeGreaterThanOrEqual(1);

    // Each officer sees the rows of their own cases, and no 不明款 (finance's work).
    const own = (await officer.get(`/api/v1/execution/fund-reports/${r.id}`)).body;
    expect(own).toMatchObject({ ownCasesOnly: true, unclaimed: [] });
    expect(own.held.map((h: { caseId: number }) => h.caseId)).toEqual([ex.id]);
    expect((await otherOfficer.get(`/api/v1/execution/fund-reports/${r.id}`)).body.held).toEqual([]);
  });

  test('the report goes to the inbox of its officer with their figures, and of finance, the 执行局长 and the president with the court\'s', async () => {
    const r = (await finance.get('/api/v1/execution/fund-reports?pageSize=1')).body.items[0];
    expect(r.slot).toBe('2026-07-02 09:00');
    expect(await notesOf(officer, r.id)).toEqual(['2026年7月2日 09:00 一日三通报：您承办的案件中，1案款临近发放期限、0案已超期；不明款1笔待认领，其中1笔已过认领期限。']);
    const court = '2026年7月2日 09:00 一日三通报：全院1案款临近发放期限、0案已超期；不明款1笔（700.00元）待认领，其中1笔已过认领期限。';
    for (const c of [finance, chief, president]) expect(await notesOf(c, r.id)).toEqual([court]);
    // Nothing of theirs in it: the other officer, and a judge who is chief of a civil division, are not told.
    expect(await notesOf(otherOfficer, r.id)).toEqual([]);
    expect(await notesOf(civilChief, r.id)).toEqual([]);
    const en = (await officer.get('/api/v1/notifications?pageSize=1')).body.items[0];
    expect(en).toMatchObject({ title: { 'zh-CN': '一日三通报 2026-07-02 09:00', en: 'Fund report 2026-07-02 09:00' }, readAt: null });
    expect(en.body.en).toBe('Fund report of 2026-07-02 09:00: Of your cases, 1 hold funds near their payout deadline and 0 past it; 1 unclaimed receipt(s) await claiming, 1 past the claim deadline.');

    // The same report time again (a second click, the scheduler): the same report, no one told twice.
    expect((await build()).id).toBe(r.id);
    await runDueFundReports(world.server.deps); // the other courts' reports of this time; ours is built
    expect(await runDueFundReports(world.server.deps)).toBe(0);
    for (const c of [officer, finance, chief]) expect(await notesOf(c, r.id)).toHaveLength(1);
  });

  test('past the deadline the funds are overdue; once paid out they leave that list and appear as paid in the next report', async () => {
    clock.set('2026-07-07');
    const overdue = await build();
    expect(overdue.held.find((h: { caseId: number }) => h.caseId === ex.id).state).toBe('overdue');
    const p = await officer.post(`/api/v1/cases/${ex.id}/execution/payouts`, { payeePartyId: ex.applicantId, amount: '60000.00', accountName: '张三', accountNo: '622200001111', bankName: '中国工商银行', reason: '发放' });
    expect((await finance.post(`/api/v1/execution/payouts/${p.body.id}/approve`, {})).body.status).toBe('paid');
    clock.set('2026-07-08');
    const next = await build();
    expect(next.held.map((h: { caseId: number }) => h.caseId)).not.toContain(ex.id);
    expect(next.paid).toEqual(expect.arrayContaining([expect.objectContaining({ caseId: ex.id, payeeName: '张三', amount: '60000.00', paidOn: '2026-07-07', judgeName: '南关法院执行员甲' })]));
    expect(await notesOf(officer, overdue.id)).toEqual(['2026年7月7日 09:00 一日三通报：您承办的案件中，0案款临近发放期限、1案已超期；不明款1笔待认领，其中1笔已过认领期限。']);
    expect(await notesOf(officer, next.id)).toEqual(['2026年7月8日 09:00 一日三通报：您承办的案件中，无临期或超期未发的案款；自上次通报以来发放1笔，共60000.00元；不明款1笔待认领，其中1笔已过认领期限。']);
    // Paid before the previous report: not in the one after it.
    clock.set('2026-07-09');
    expect((await build()).paid.map((x: { caseId: number }) => x.caseId)).not.toContain(ex.id);

    const list = (await finance.get('/api/v1/execution/fund-reports?pageSize=10')).body;
    expect(list.items.map((i: { slot: string }) => i.slot).slice(0, 3)).toEqual(['2026-07-09 09:00', '2026-07-08 09:00', '2026-07-07 09:00']);
  });

  test('the report downloads as a workbook of three sheets', async () => {
    const list = (await finance.get('/api/v1/execution/fund-reports?pageSize=10')).body;
    const id = list.items.find((i: { slot: string }) => i.slot === '2026-07-08 09:00').id;
    const res = await fetch(`${world.server.baseUrl}/api/v1/execution/fund-reports/${id}/export`, { headers: { cookie: finance.credentials.cookie! } });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(['不明款', '临期及超期未发', '已发放']);
    const paid: string[][] = [];
    book.worksheets[2]!.eachRow((row) => paid.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === undefined || v === null ? '' : String(v)))));
    expect(paid[0]).toEqual(['案号', '承办人', '团队', '收款人', '金额（元）', '发放日期']);
    expect(paid).toContainEqual([ex.caseNumber, '南关法院执行员甲', '', '张三', '60000', '2026-07-07']);
  });

  test('the scheduler builds each court\'s report of the current report time once, however often it runs', async () => {
    clock.set('2026-07-10');
    const first = await runDueFundReports(world.server.deps);
    expect(first).toBeGreaterThan(0);
    expect(await runDueFundReports(world.server.deps)).toBe(0);
    const rows = (await world.server.database.pool.query(`select court_id, count(*)::int as n from execution_fund_reports where slot_at = '2026-07-10 09:00+08' group by court_id`)).rows;
    expect(rows.length).toBe(first);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    // The scheduler's reports are sent too: finance of each court once, the officer (nothing of theirs in it) not at all.
    const sent = (await world.server.database.pool.query(`
      select r.court_id, count(n.id)::int as n from execution_fund_reports r
        join notifications n on n.link = '/execution/fund-reports?report=' || r.id join users u on u.id = n.user_id and 'finance' = any(u.roles)
       where r.slot_at = '2026-07-10 09:00+08' group by r.court_id`)).rows;
    expect(sent.length).toBe(first);
    expect(sent.every((r) => r.n === 1)).toBe(true);
    const latest = (await finance.get('/api/v1/execution/fund-reports?pageSize=1')).body.items[0];
    expect(await notesOf(officer, latest.id)).toEqual([]);
  });
});
