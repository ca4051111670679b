// Issue 17 item 6: the execution figures in /statistics — received, closed by method, 执行完毕率, 终本率, 执行到位率,
// mean days from 立案 to 结案, by court, team and officer, by month; the same scope as the other statistics; Excel.
// The 执 cases are applied for, registered, assigned and closed through the real API on real PostgreSQL.
import { sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, test } from 'vitest';
import { fenToYuan, yuanToFen } from '../../src/domain/money/yuan';
import { ApiClient } from '../support/apiClient';
import { exportedWorkbook } from '../support/exportedWorkbook';
import { courtId, divisionId } from '../support/fixtures';
import { postStatement } from '../support/jobs';
import { endCurrentRound } from '../support/endOfRoundScenario';
import { decidedCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let clerk: ApiClient;
let president: ApiClient;
let division: number;
const OFFICERS = { 'ng-exec1': '南关法院执行员甲', 'ng-exec2': '南关法院执行员乙' } as const;
const officers = {} as Record<keyof typeof OFFICERS, ApiClient>;
const sessions = new Map<string, Promise<ApiClient>>();
const as = (u: string) => {
  if (!sessions.has(u)) sessions.set(u, ApiClient.loggedIn(world.server.baseUrl, u));
  return sessions.get(u)!;
};

/** A judgment effective on 2026-04-16; its 执 case applied for on 2026-05-25, registered and assigned that day. */
async function executionCase(officer: 'ng-exec1' | 'ng-exec2'): Promise<{ id: number; amount: string; caseNumber: string; applicantId: number }> {
  const c = await decidedCase(world.server.baseUrl, clock);
  const served = await c.judge.fire(c.id, 'recordService', { document: 'judgment', partyIds: [c.byName['张三'], c.byName['李四']], servedOn: '2026-03-31', method: 'direct' });
  expect(served.status).toBe(200);
  clock.set('2026-05-25');
  const applied = await c.party.post('/api/v1/execution/applications', {
    titleCaseId: c.id,
    items: [{ kind: 'principal', label: '借款本金', amount: '100000.00', dueOn: '2026-04-25' }],
    interestTo: '2026-05-25',
    debtorPartyIds: [c.byName['李四']],
    assetClues: '',
    attachmentIds: [],
  });
  expect(applied.status).toBe(201);
  const id = applied.body.caseId as number;
  expect((await clerk.fire(id, 'registerExecution', {})).status).toBe(200);
  const eligible = (await clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${division}`)).body as { id: number; displayName: string }[];
  const assigned = await clerk.fire(id, 'assignExecution', { judgeId: eligible.find((j) => j.displayName === OFFICERS[officer])!.id });
  expect(assigned.status).toBe(200);
  const applicantId = (assigned.body.parties as { id: number; standing: string }[]).find((x) => x.standing === 'executionApplicant')!.id;
  return { id, amount: applied.body.amount as string, caseNumber: applied.body.caseNumber as string, applicantId };
}

beforeAll(async () => {
  const base = world.server.baseUrl;
  clerk = await ApiClient.loggedIn(base, 'ng-filing');
  president = await ApiClient.loggedIn(base, 'ng-president');
  division = await divisionId(clerk, await courtId(clerk, '吉0102'), '执行局');
  officers['ng-exec1'] = await ApiClient.loggedIn(base, 'ng-exec1');
  officers['ng-exec2'] = await ApiClient.loggedIn(base, 'ng-exec2');
});

const NG = '长春市南关区人民法院';

describe('the execution figures', () => {
  let a: { id: number; amount: string };
  let b: { id: number; amount: string };
  let c: { id: number; amount: string };

  test('received by 立案, closed by method, the rates and the days, by court, team, officer and month', async () => {
    a = await executionCase('ng-exec1');
    b = await executionCase('ng-exec2');
    c = await executionCase('ng-exec1');
    await executionCase('ng-exec2'); // registered, still open
    // Both cases in 南关's 快执团队 (set by hand: each officer's 分案 would put them in their own teams).
    const teams = (await officers['ng-exec1'].get('/api/v1/execution/teams')).body.teams as { id: number; name: string }[];
    const fast = teams.find((t) => t.name === '快执团队')!;
    await world.server.deps.db.execute(sql`update execution_cases set team_id = ${fast.id} where case_id in (${a.id}, ${b.id})`);
    // 终本 by its conditions and the 院长 (ZHONGBEN art 1(4): on 2026-08-26, the first day more than 3 months after 立案).
    await endCurrentRound(as, clock, b.id, { officer: 'ng-exec2' });
    expect(clock.today()).toBe('2026-08-26');
    clock.set('2026-09-04');
    expect((await officers['ng-exec1'].fire(a.id, 'closeExecution', { method: 'completed' })).status).toBe(200);
    expect((await officers['ng-exec1'].fire(c.id, 'closeExecution', { method: 'terminated', terminationGround: 'applicationWithdrawn' })).status).toBe(200);

    const r = await president.get('/api/v1/statistics/execution?months=5');
    expect(r.status).toBe(200);
    const s = r.body;
    expect(s.months).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09']);
    const applied = fenToYuan(yuanToFen(a.amount) * 3n);
    expect(s.total).toMatchObject({
      monthly: { received: [4, 0, 0, 0, 0], closed: [0, 0, 0, 1, 2] },
      received: 4,
      closed: 3,
      closedBy: { completed: 1, currentRoundEnded: 1, terminated: 1, cancelled: 0, notEnforced: 0, applicationRejected: 0 },
      completionRate: 1 / 3,
      currentRoundEndedRate: 1 / 3,
      // Nothing paid out yet: 到位率 0, not null (something was applied for).
      appliedAmount: applied,
      paidAmount: '0.00',
      fundsRecoveryRate: 0,
      // 93, 102 and 102 days from 立案 (05-25).
      averageDays: 99,
    });
    const ng = s.courts.find((x: { courtName: string }) => x.courtName === NG);
    expect(ng).toMatchObject({ received: 4, closed: 3, monthly: { received: [4, 0, 0, 0, 0], closed: [0, 0, 0, 1, 2] } });
    expect(s.byOfficer.map((o: { name: string; received: number; closed: number; completionRate: number; averageDays: number }) => [o.name, o.received, o.closed, o.completionRate, o.averageDays])).toEqual([
      ['南关法院执行员乙', 2, 1, 0, 93],
      ['南关法院执行员甲', 2, 2, 0.5, 102],
    ]);
    expect(s.byTeam).toEqual([expect.objectContaining({ teamId: fast.id, name: '快执团队', courtName: NG, received: 2, closed: 2, closedBy: expect.objectContaining({ completed: 1, currentRoundEnded: 1 }) })]);

    // This month alone: the registrations of May and the 终本 of August are outside it, the closings inside.
    const september = (await president.get('/api/v1/statistics/execution?months=1')).body;
    expect(september.total).toMatchObject({ received: 0, closed: 2, monthly: { received: [0], closed: [2] } });
  });

  test('到位率: the payouts paid through the API, each case counted up to its amount applied for', async () => {
    // Two more of 执行员甲's cases: the execution account's statement brings 80,000.00 to one and 150,000.00 to the
    // other; he proposes, finance approves, the money is paid out; then both are closed 执行完毕.
    const p = await executionCase('ng-exec1');
    const q = await executionCase('ng-exec1');
    const finance = await ApiClient.loggedIn(world.server.baseUrl, 'ng-finance');
    clock.set('2026-06-10');
    const ref = () => Math.random().toString(36).slice(2, 8);
    const lines = [['交易日期', '流水号', '金额', '对方户名', '对方账号', '附言'], ['2026-06-10', `S1${ref()}`, '80000.00', '李四', '', `执行款 ${p.caseNumber}`], ['2026-06-10', `S2${ref()}`, '150000.00', '李四', '', `执行款 ${q.caseNumber}`]];
    const preview = await finance.uploadTo('/api/v1/finance/statements?account=execution', '执行款流水.csv', new Uint8Array(iconv.encode(lines.map((l) => l.join(',')).join('\r\n'), 'gbk')), 'text/csv');
    expect(preview.status).toBe(201);
    expect((await postStatement(finance, preview.body.id)).job.status).toBe('succeeded');
    const propose = (x: { id: number; applicantId: number }, amount: string) =>
      officers['ng-exec1'].post(`/api/v1/cases/${x.id}/execution/payouts`, { payeePartyId: x.applicantId, amount, accountName: '张三', accountNo: '6222 0000 1111 2222', bankName: '中国工商银行长春分行', reason: '执行到位款发放' });
    for (const [x, amount] of [[p, '50000.00'], [q, '150000.00']] as const) {
      const proposed = await propose(x, amount);
      expect(proposed.status).toBe(201);
      expect((await finance.post(`/api/v1/execution/payouts/${proposed.body.id}/approve`, {})).body.status).toBe('paid');
    }
    // A proposal not yet approved moves nothing and counts nothing.
    expect((await propose(p, '10000.00')).status).toBe(201);
    // A reversed disbursement (written as the ledger writes one) does not count.
    const court = await courtId(clerk, '吉0102');
    await world.server.deps.db.execute(sql`insert into execution_ledger_entries (court_id, kind, case_id, amount_fen, entry_on, reversed_by) values (${court}, 'disbursement', ${p.id}, 1000000, '2026-06-10', 1)`);
    clock.set('2026-09-14');
    for (const x of [p, q]) expect((await officers['ng-exec1'].fire(x.id, 'closeExecution', { method: 'completed' })).status).toBe(200);

    const s = (await president.get('/api/v1/statistics/execution?months=5')).body;
    const applied = yuanToFen(p.amount);
    // p: 50,000.00 paid; q: 150,000.00 paid, counted up to its amount applied for.
    const paid = yuanToFen('50000.00') + applied;
    expect(s.total).toMatchObject({ received: 6, closed: 5, paidAmount: fenToYuan(paid), appliedAmount: fenToYuan(applied * 5n) });
    expect(s.total.fundsRecoveryRate).toBeCloseTo(Number(paid) / Number(applied * 5n), 12);
    const jia = s.byOfficer.find((o: { name: string }) => o.name === '南关法院执行员甲');
    expect(jia).toMatchObject({ received: 4, closed: 4, paidAmount: fenToYuan(paid), appliedAmount: fenToYuan(applied * 4n) });
    expect(jia.fundsRecoveryRate).toBeCloseTo(Number(paid) / Number(applied * 4n), 12);
    // Team 7 (a and b) had nothing paid out.
    expect(s.byTeam[0]).toMatchObject({ name: '快执团队', paidAmount: '0.00', fundsRecoveryRate: 0 });
  });

  test('一日三通报 counted: each court\'s latest report, 不明款 and 超期发放 against the goal of both at zero', async () => {
    const before = (await president.get('/api/v1/statistics/execution?months=5')).body;
    expect(before.fundReports.filter((r: { courtName: string }) => r.courtName === NG)).toEqual([]);
    const finance = await ApiClient.loggedIn(world.server.baseUrl, 'ng-finance');
    // A receipt naming no case waits as 不明款; finance builds the report now.
    const line = ['2026-06-14', `U${Math.random().toString(36).slice(2, 8)}`, '1234.50', '某公司', '', '货款'];
    const preview = await finance.uploadTo('/api/v1/finance/statements?account=execution', '执行款流水.csv', new Uint8Array(iconv.encode(`交易日期,流水号,金额,对方户名,对方账号,附言\r\n${line.join(',')}`, 'gbk')), 'text/csv');
    expect((await postStatement(finance, preview.body.id)).job.status).toBe('succeeded');
    const built = await finance.post('/api/v1/execution/fund-reports', {});
    expect(built.status).toBeLessThan(300);
    const report = (await finance.get(`/api/v1/execution/fund-reports/${built.body.id}`)).body;
    const s = (await president.get('/api/v1/statistics/execution?months=5')).body;
    const ng = s.fundReports.find((r: { courtName: string }) => r.courtName === NG);
    expect(ng).toMatchObject({ slot: report.slot, unclaimedCount: report.totals.unclaimedCount, unclaimedAmount: report.totals.unclaimedAmount, heldOverdue: report.totals.heldOverdue, goalMet: false });
    expect(ng.unclaimedCount).toBeGreaterThanOrEqual(1);
  });

  test('the same scope as the other statistics: the court and those under it; others 403', async () => {
    const higher = await ApiClient.loggedIn(world.server.baseUrl, 'cc-president');
    const ng = await courtId(clerk, '吉0102');
    const fromAbove = await higher.get(`/api/v1/statistics/execution?months=5&courtId=${ng}`);
    expect(fromAbove.status).toBe(200);
    expect(fromAbove.body.courts.map((x: { courtName: string }) => x.courtName)).toEqual([NG]);
    expect(fromAbove.body.total.received).toBe(6);
    const up = await president.get(`/api/v1/statistics/execution?courtId=${await courtId(clerk, '吉01')}`);
    expect(up.status).toBe(403);
    expect(up.body.code).toBe('COURT_OUT_OF_SCOPE');
    expect((await clerk.get('/api/v1/statistics/execution')).status).toBe(403);
    expect((await officers['ng-exec1'].get('/api/v1/statistics/execution')).status).toBe(403);
  });

  test('Excel: a line per court, the total, each team and each officer, headers in Chinese', async () => {
    const x = await exportedWorkbook(world.server.baseUrl, president, '/api/v1/statistics/execution/export?months=5');
    expect(x.status).toBe(200);
    expect(x.rows[0]).toEqual(expect.arrayContaining(['分组', '收案', '结案', '执行完毕', '终结本次执行程序', '执行完毕率', '终本率', '执行到位率', '平均结案天数']));
    const line = (group: string, name: string) => x.rows.find((r) => r[0] === group && r[1] === name);
    expect(line('法院', NG)!.slice(3, 5)).toEqual(['6', '5']);
    expect(line('执行团队', '快执团队')).toBeDefined();
    expect(line('承办人', '南关法院执行员甲')!.slice(3, 5)).toEqual(['4', '4']);
    expect((await exportedWorkbook(world.server.baseUrl, clerk, '/api/v1/statistics/execution/export')).status).toBe(403);
  });
});
