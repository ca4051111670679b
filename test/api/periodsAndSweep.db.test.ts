// Party periods from each party's own service date, the sweep (exactly one reminder per level with two sweepers
// at once), the public calculator, and recomputation when the calendar or a court's closures change.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../src/server/db/database';
import { sweepPeriods } from '../../src/server/jobs/periodSweep';
import { ApiClient } from '../support/apiClient';
import { courtId } from '../support/fixtures';
import { acceptCase, decidedCase, fileLoanCase } from '../support/scenarios';
import { testClock } from '../support/testClock';
import { startTestServer, type TestServer } from '../support/testServer';

const clock = testClock('2026-03-02');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(async () => {
  await server?.close();
});

const periods = async (api: ApiClient, id: number, kind: string) =>
  (await api.get(`/api/v1/cases/${id}/clock`)).body.periods.filter((p: { kind: string }) => p.kind === kind);

describe('party periods', () => {
  test('a judgment served on two dates gives each party its own appeal period; a party abroad gets 30 days', async () => {
    const { id, judge, byName } = await decidedCase(server.baseUrl, clock, {
      setup: async (caseId) => void (await server.database.pool.query(`update case_parties set has_foreign_domicile = true where case_id = $1 and standing = 'defendant'`, [caseId])),
    });
    clock.set('2026-04-03');
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-clerk');
    expect((await clerk.fire(id, 'recordService', { document: 'judgment', partyIds: [byName['张三']], servedOn: '2026-04-01', method: 'electronic' })).status).toBe(200);
    expect((await clerk.fire(id, 'recordService', { document: 'judgment', partyIds: [byName['李四']], servedOn: '2026-04-03', method: 'mail' })).status).toBe(200);
    const appeal = await periods(judge, id, 'appealJudgment');
    const of = (name: string) => appeal.find((p: { partyName: string }) => p.partyName === name);
    // CPL-2023 art 171: 15 days from service; 2026-04-16 is a Thursday.
    expect(of('张三')).toMatchObject({ triggerOn: '2026-04-01', dueOn: '2026-04-16' });
    // CPL-2023 art 286: 30 days for a party without PRC domicile; 2026-05-03 falls in the 劳动节 holiday (05-01..05-05).
    expect(of('李四')).toMatchObject({ triggerOn: '2026-04-03', baseDueOn: '2026-05-03', dueOn: '2026-05-06' });
    expect(of('李四').trace.map((s: { 'zh-CN': string }) => s['zh-CN']).join(' ')).toContain('劳动节');
  });

  test('service by public notice counts from the end of the notice period (CPL-2023 art 95)', async () => {
    clock.set('2026-03-02');
    const { id } = await fileLoanCase(server.baseUrl);
    await acceptCase(server.baseUrl, id, 'ordinary');
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const lisi = (await clerk.get(`/api/v1/cases/${id}`)).body.parties.find((p: { name: string }) => p.name === '李四');
    clock.set('2026-03-03');
    const notice = { document: 'complaintCopy', partyIds: [lisi.id], servedOn: '2026-03-03', method: 'publicNotice' };
    // CPL-2023 art 95: only with the grounds on file.
    const noGrounds = await clerk.fire(id, 'recordService', notice);
    expect([noGrounds.status, noGrounds.body.code]).toEqual([422, 'SERVICE_PUBLIC_NOTICE_GROUNDS']);
    expect(await periods(clerk, id, 'defence')).toHaveLength(0);
    const r = await clerk.fire(id, 'recordService', { ...notice, publicNoticeReason: '被告下落不明，经户籍地、经常居住地查找未果' });
    expect(r.status).toBe(200);
    const [defence] = await periods(clerk, id, 'defence');
    // Notice issued 03-03, deemed served 30 days later (04-02), defence 15 days → 04-17 (Friday).
    expect(defence).toMatchObject({ triggerOn: '2026-04-02', dueOn: '2026-04-17' });
    // Every defendant served: the court's 5-day service period is met.
    const serve = (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'serveComplaint');
    expect(serve.status).toBe('completed');

    // The notice is on the public board (no login) while it runs, with what CPL-Interp art 139 requires.
    const board = await (await fetch(`${server.baseUrl}/api/v1/public-notices`)).json();
    const mine = board.items.find((n: { recipient: string; deemedOn: string }) => n.recipient === '李四' && n.deemedOn === '2026-04-02');
    expect(mine).toMatchObject({ issuedOn: '2026-03-03', document: 'complaintCopy', courtName: '长春市南关区人民法院' });
    expect(mine.content['zh-CN']).toContain('被告下落不明');
    expect(mine.content['zh-CN']).toContain('判令被告偿还');
    expect(mine.content['zh-CN']).toContain('公告期满后15日内');
    expect(mine.content['zh-CN']).toContain('缺席判决');
    expect(mine.content['zh-CN']).not.toMatch(/\d{17}[\dX]/);
    // After the notice period it leaves the board.
    clock.set('2026-04-03');
    const later = await (await fetch(`${server.baseUrl}/api/v1/public-notices`)).json();
    expect(later.items.some((n: { id: number }) => n.id === mine.id)).toBe(false);
  });

  test('no public notice in simple procedure (CPL-Interp art 140): refused, nothing recorded', async () => {
    clock.set('2026-03-02');
    const { id } = await fileLoanCase(server.baseUrl);
    await acceptCase(server.baseUrl, id, 'simple');
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const lisi = (await clerk.get(`/api/v1/cases/${id}`)).body.parties.find((p: { name: string }) => p.name === '李四');
    const before = (await clerk.get(`/api/v1/cases/${id}/timeline`)).body.length;
    const r = await clerk.fire(id, 'recordService', { document: 'complaintCopy', partyIds: [lisi.id], servedOn: '2026-03-02', method: 'publicNotice', publicNoticeReason: '下落不明' });
    expect([r.status, r.body.code]).toEqual([422, 'SERVICE_PUBLIC_NOTICE_SIMPLE']);
    expect(r.body.messages.en).toContain('convert the case to ordinary procedure');
    // The English message cites the law as a reader writes it, not by its key ('CPL-Interp art 140').
    expect(r.body.messages.en).toContain('(SPC Interpretation of the Civil Procedure Law, art. 140)');
    expect(r.body.messages.en).not.toMatch(/CPL-|art \d/);
    expect((await clerk.get(`/api/v1/cases/${id}/timeline`)).body.length).toBe(before);
    expect(await periods(clerk, id, 'defence')).toHaveLength(0);
  });

  test('a service date in the future, or a judgment served before there is one, is refused', async () => {
    clock.set('2026-03-02');
    const { id } = await fileLoanCase(server.baseUrl);
    await acceptCase(server.baseUrl, id, 'simple');
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const lisi = (await clerk.get(`/api/v1/cases/${id}`)).body.parties.find((p: { name: string }) => p.name === '李四');
    expect((await clerk.fire(id, 'recordService', { document: 'complaintCopy', partyIds: [lisi.id], servedOn: '2026-03-05', method: 'direct' })).body.code).toBe('SERVICE_DATE_IN_FUTURE');
    expect((await clerk.fire(id, 'recordService', { document: 'judgment', partyIds: [lisi.id], servedOn: '2026-03-02', method: 'direct' })).body.code).toBe('SERVICE_DOCUMENT_NOT_AVAILABLE');
    expect(await periods(clerk, id, 'defence')).toEqual([]);
  });
});

describe('the sweep', () => {
  test('two sweepers at once create each reminder exactly once, and a rerun creates none', async () => {
    const cases: number[] = [];
    for (let i = 0; i < 3; i++) {
      clock.set('2026-03-02');
      const { id } = await fileLoanCase(server.baseUrl);
      await acceptCase(server.baseUrl, id, 'simple');
      const chief = await ApiClient.loggedIn(server.baseUrl, 'ng-chief');
      await chief.fire(id, 'assign', { mode: 'random', organization: 'sole' });
      cases.push(id);
    }
    // A second "process": its own connection pool on the same database.
    const other = openDatabase(server.database.pool.options.connectionString as string, 5);
    const otherDeps = { ...server.deps, db: other.db, pool: other.pool };
    try {
      const run = (day: string) => Promise.all([sweepPeriods(server.deps, { today: day, batchSize: 2 }), sweepPeriods(otherDeps, { today: day, batchSize: 2 })]);
      const countFor = async (level: string, kind = 'trialLimit') =>
        Number(
          (await server.database.pool.query(`select count(*) as n from period_reminders r join case_periods p on p.id = r.period_id where r.case_id = any($1) and r.level = $2 and p.kind = $3`, [cases, level, kind])).rows[0].n,
        );

      // 13 days before the 审限 (2026-06-02) ends: yellow for all three.
      const yellow = await run('2026-05-20');
      expect(await countFor('yellow')).toBe(3);
      expect(yellow[0].reminders + yellow[1].reminders).toBe(
        Number((await server.database.pool.query('select count(*) as n from period_reminders')).rows[0].n),
      );
      const again = await run('2026-05-20');
      expect(again[0].reminders + again[1].reminders).toBe(0);

      await run('2026-05-29');
      expect(await countFor('red')).toBe(3);
      await run('2026-06-03');
      expect(await countFor('overdue')).toBe(3);
      const dup = await server.database.pool.query(`select period_id, level, due_on, count(*) from period_reminders group by 1, 2, 3 having count(*) > 1`);
      expect(dup.rows).toEqual([]);
      // The fee period ran out long ago: it elapsed once, and the judge was told.
      expect(await countFor('elapsed', 'feePayment')).toBe(3);
      // The court's 5-day service period was missed: overdue, once.
      expect(await countFor('overdue', 'serveComplaint')).toBe(3);

      const judgeReminders = await (await ApiClient.loggedIn(server.baseUrl, 'ng-judge1')).get('/api/v1/reminders');
      const chief = await ApiClient.loggedIn(server.baseUrl, 'ng-chief');
      const supervised = await chief.get('/api/v1/periods?level=overdue&kind=trialLimit');
      expect(supervised.body.items.map((p: { caseId: number }) => p.caseId)).toEqual(expect.arrayContaining(cases));
      expect(judgeReminders.status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('the public calculator', () => {
  test('answers the stable request forms without a login', async () => {
    const anon = new ApiClient(server.baseUrl);
    const a = await anon.post('/api/v1/calc/period', { trigger: '2025-09-30', days: 15 });
    expect(a.status).toBe(200);
    expect(a.body.due).toBe('2025-10-15');
    expect(a.body.trace.length).toBeGreaterThan(1);
    const b = await anon.post('/api/v1/calc/period', { trigger: '2025-08-31', months: 6 });
    expect(b.status).toBe(200);
    expect(b.body.unrolled).toBe('2026-02-28');
    const k = await anon.post('/api/v1/calc/period', { trigger: '2025-09-30', kind: 'appealJudgment', foreignDomicile: true });
    expect(k.body).toMatchObject({ kind: 'appealJudgment', length: { days: 30 } });
  });

  test.each([
    [{ trigger: '2025-02-29', days: 15 }, 'CALC_DATE_INVALID'],
    [{ trigger: '2025-9-30', days: 15 }, 'CALC_DATE_INVALID'],
    [{ trigger: '2025-09-30', days: -3 }, 'CALC_LENGTH_INVALID'],
    [{ trigger: '2025-09-30', days: 15, months: 1 }, 'CALC_LENGTH_INVALID'],
    [{ trigger: '2025-09-30' }, 'CALC_LENGTH_INVALID'],
    [{ trigger: '2025-09-30', kind: 'nonsense' }, 'CALC_KIND_UNKNOWN'],
  ])('%j → 400 %s', async (body, code) => {
    const r = await new ApiClient(server.baseUrl).post('/api/v1/calc/period', body);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(code);
    expect(r.body.message).toBeTruthy();
  });
});

describe('changing the calendar', () => {
  test('a court closure on a due date moves it, lists the case, and records it on the timeline', async () => {
    clock.set('2026-03-02');
    const { id } = await fileLoanCase(server.baseUrl);
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const review = () => clerk.get(`/api/v1/cases/${id}/clock`).then((r) => r.body.periods.find((p: { kind: string }) => p.kind === 'filingReview'));
    expect((await review()).dueOn).toBe('2026-03-09');
    const admin = await ApiClient.loggedIn(server.baseUrl, 'admin');
    const court = await courtId(admin, '吉0102');
    const r = await admin.post(`/api/v1/admin/courts/${court}/closures`, { date: '2026-03-09', reason: '院内停电检修' });
    expect(r.status).toBe(201);
    expect(r.body.moved).toEqual(expect.arrayContaining([expect.objectContaining({ caseId: id, kind: 'filingReview', oldDueOn: '2026-03-09', newDueOn: '2026-03-10' })]));
    expect((await review()).dueOn).toBe('2026-03-10');
    const timeline = (await clerk.get(`/api/v1/cases/${id}/timeline`)).body;
    expect(timeline.at(-1)).toMatchObject({ event: 'periodsRecomputed' });
    expect((await admin.post(`/api/v1/admin/courts/${court}/closures`, { date: '2026-03-09', reason: '重复' })).body.code).toBe('CLOSURE_EXISTS');
    // Another court's cases are not affected by this court's closure.
    const closures = (await admin.get(`/api/v1/courts/${court}/closures`)).body.items;
    const back = await admin.request('DELETE', `/api/v1/admin/courts/${court}/closures/${closures[0].id}`);
    expect(back.status).toBe(200);
    expect((await review()).dueOn).toBe('2026-03-09');
  });

  test('importing a year validates the file and recomputes periods that end in it', async () => {
    const admin = await ApiClient.loggedIn(server.baseUrl, 'admin');
    const bad = await admin.put('/api/v1/admin/calendar/2027', { source: '测试', days: [{ date: '2026-12-31', off: true, name: '错年' }] });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('CALENDAR_FILE_INVALID');
    expect((await new ApiClient(server.baseUrl).get('/api/v1/calendar/2027')).body.covered).toBe(false);
    // A test calendar for 2027 (not the State Council's: none is published yet) with a rest day on a due date.
    clock.set('2026-12-28');
    const { id } = await fileLoanCase(server.baseUrl);
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const before = (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'filingReview');
    expect(before).toMatchObject({ dueOn: '2027-01-04', uncoveredYear: 2027 });
    const ok = await admin.put('/api/v1/admin/calendar/2027', { source: '测试日历', days: [{ date: '2027-01-01', off: true, name: '元旦' }, { date: '2027-01-04', off: true, name: '测试休息日' }] });
    expect(ok.status).toBe(200);
    expect(ok.body.moved).toEqual(expect.arrayContaining([expect.objectContaining({ caseId: id, oldDueOn: '2027-01-04', newDueOn: '2027-01-05' })]));
    const cal = (await new ApiClient(server.baseUrl).get('/api/v1/calendar/2027')).body;
    expect(cal).toMatchObject({ covered: true, source: '测试日历' });
  });
});
