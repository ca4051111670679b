// The rest of the lists a clerk works with — extensions awaiting approval, reminders, causes of action, case-type codes,
// the holiday calendar and a court's closure days — sorted by an allow-listed column (anything else refused with 400), filtered on the
// server, and exported to Excel: the export holds exactly the rows, in the order, that the filtered list shows.
import { beforeAll, describe, expect, test } from 'vitest';
import { type ApiClient } from '../support/apiClient';
import { exportedWorkbook } from '../support/exportedWorkbook';
import { assignedCase } from '../support/scenarios';
import { openSession } from '../support/sessions';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const exported = (client: ApiClient | null, path: string, lang = 'zh-CN') => exportedWorkbook(world.server.baseUrl, client, path, lang);

let president: ApiClient;
let judge: ApiClient;
let admin: ApiClient;
const cases: { id: number; caseNumber: string }[] = [];

beforeAll(async () => {
  for (let i = 0; i < 3; i++) {
    clock.set('2026-03-02');
    const c = await assignedCase(world.server.baseUrl, 'ordinary');
    cases.push({ id: c.id, caseNumber: c.detail.caseNumber });
  }
  president = await openSession(world.server, 'ng-president');
  judge = await openSession(world.server, 'ng-judge1');
  admin = await openSession(world.server, 'admin');
});

describe('extensions awaiting approval', () => {
  test('the president sorts them by the day applied for, filters by approver and exports them', async () => {
    // Applied for in the reverse of the cases' order, two days apart.
    for (const [i, c] of [...cases].reverse().entries()) {
      clock.set(`2026-08-0${1 + 2 * i}`);
      expect((await judge.fire(c.id, 'applyExtension', { reason: `需要鉴定（${i + 1}）` })).status).toBe(200);
    }
    const list = async (q: string) => (await president.get(`/api/v1/extensions/pending${q}`)).body.items as { caseNumber: string; requestedOn: string }[];
    expect((await list('?sort=requestedOn')).map((e) => e.caseNumber)).toEqual([...cases].reverse().map((c) => c.caseNumber));
    const newest = await list('?sort=-requestedOn');
    expect(newest.map((e) => e.requestedOn)).toEqual(['2026-08-05', '2026-08-03', '2026-08-01']);
    expect((await list('?sort=caseNumber')).map((e) => e.caseNumber)).toEqual(cases.map((c) => c.caseNumber));
    expect(await list('?approver=president')).toHaveLength(3);
    expect(await list('?approver=higherCourt')).toHaveLength(0);
    expect((await president.get('/api/v1/extensions/pending?sort=reason')).status).toBe(400);

    const x = await exported(president, '/api/v1/extensions/pending/export?sort=-requestedOn&approver=president');
    expect(x.rows[0]).toEqual(['案号', '承办法院', '申请次序', '延长期限', '申请理由', '申请人', '申请日期', '申请时审限届满日', '审批机关']);
    expect(x.rows.slice(1).map((r) => [r[0], r[6]])).toEqual(newest.map((e) => [e.caseNumber, e.requestedOn]));
    expect(x.rows[1]!.slice(2, 4)).toEqual(['1', '6个月']);
    expect(x.rows[1]![8]).toBe('本院院长');
    const en = await exported(president, '/api/v1/extensions/pending/export?sort=-requestedOn', 'en');
    expect(en.rows[1]![3]).toBe('6 months');
    expect((await exported(president, '/api/v1/extensions/pending/export?approver=higherCourt')).rows).toHaveLength(1);
    expect((await exported(judge, '/api/v1/extensions/pending/export')).status).toBe(403);
  });
});

describe('reminders', () => {
  test('the judge sorts reminders by due date, filters unread and by level, and exports what the filter shows', async () => {
    const pool = world.server.database.pool;
    const periods = (
      await pool.query<{ id: string; case_id: string }>(`select id, case_id from case_periods where kind = 'trialLimit' and case_id = any($1) order by case_id`, [cases.map((c) => c.id)])
    ).rows;
    const levels = ['yellow', 'red', 'overdue'];
    for (const [i, p] of periods.entries()) {
      await pool.query(
        `insert into period_reminders (period_id, case_id, level, due_on, user_id, created_at, read_at) values ($1, $2, $3, $4, $5, $6, $7)`,
        [p.id, p.case_id, levels[i], `2026-09-0${9 - 3 * i}`, judge.user.id, `2026-08-0${1 + i}T02:00:00Z`, i === 1 ? '2026-08-04T02:00:00Z' : null],
      );
    }
    const list = async (q: string) => (await judge.get(`/api/v1/reminders${q}`)).body.items as { caseNumber: string; dueOn: string; level: string; read: boolean }[];
    const byDue = await list('?sort=dueOn');
    expect(byDue.map((r) => r.dueOn)).toEqual(['2026-09-03', '2026-09-06', '2026-09-09']);
    expect(byDue.map((r) => r.caseNumber)).toEqual([...cases].reverse().map((c) => c.caseNumber));
    expect((await list('?sort=-level')).map((r) => r.level)).toEqual(['overdue', 'red', 'yellow']);
    // Unsorted: unread first, newest first.
    expect((await list('')).map((r) => r.level)).toEqual(['overdue', 'yellow', 'red']);
    expect((await list('?unreadOnly=true')).map((r) => r.read)).toEqual([false, false]);
    expect((await list('?level=red')).map((r) => r.level)).toEqual(['red']);
    expect((await judge.get('/api/v1/reminders?sort=read')).status).toBe(400);
    expect((await judge.get('/api/v1/reminders?level=elapsed')).status).toBe(400);

    const x = await exported(judge, '/api/v1/reminders/export?sort=dueOn');
    expect(x.rows[0]).toEqual(['案号', '期限', '期限预警', '届满日', '提醒时间', '状态']);
    expect(x.rows.slice(1).map((r) => [r[0], r[3]])).toEqual(byDue.map((r) => [r.caseNumber, r.dueOn]));
    expect(x.rows[1]!.slice(1, 3)).toEqual(['审理期限', '已超期']);
    // 2026-08-03T02:00Z is 10:00 in Shanghai.
    expect(x.rows[1]![4]).toBe('2026-08-03 10:00');
    expect(x.rows.slice(1).map((r) => r[5])).toEqual(['未读', '已读', '未读']);
    const unread = await exported(judge, '/api/v1/reminders/export?unreadOnly=true&level=overdue');
    expect(unread.rows.slice(1).map((r) => r[2])).toEqual(['已超期']);
    // Another user's reminders are not in their export.
    expect((await exported(president, '/api/v1/reminders/export')).rows).toHaveLength(1);
  });
});

describe('causes of action', () => {
  test('sorted by number, filtered by level, name and state, exported as the list shows them', async () => {
    const list = await admin.get(`/api/v1/causes?level=3&q=${encodeURIComponent('责任')}&sort=-number&pageSize=100`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBeLessThanOrEqual(100);
    const numbers = list.body.items.map((c: { number: number | null }) => c.number).filter((n: number | null) => n !== null) as number[];
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect((await admin.get('/api/v1/causes?sort=key')).status).toBe(400);

    const x = await exported(admin, `/api/v1/causes/export?level=3&q=${encodeURIComponent('责任')}&sort=-number`);
    expect(x.rows[0]).toEqual(['案由', '所属层级路径', '级别', '编号', '版本', '状态']);
    expect(x.rows.slice(1).map((r) => r[0])).toEqual(list.body.items.map((c: { name: string }) => c.name));
    expect(new Set(x.rows.slice(1).map((r) => r[2]))).toEqual(new Set(['3']));

    // A retired cause: only in the retired filter, and marked so in its export.
    const retired = list.body.items[0] as { id: number; name: string };
    expect((await admin.patch(`/api/v1/admin/causes/${retired.id}`, { isActive: false })).status).toBe(200);
    const off = await admin.get('/api/v1/causes?isActive=false');
    expect(off.body.items.map((c: { id: number }) => c.id)).toEqual([retired.id]);
    const offX = await exported(admin, '/api/v1/causes/export?isActive=false', 'en');
    expect(offX.rows).toEqual([['Cause of action', 'Path', 'Level', 'Number', 'Edition', 'State'], [retired.name, expect.any(String), '3', expect.any(String), expect.any(String), 'Retired']]);
    expect((await admin.patch(`/api/v1/admin/causes/${retired.id}`, { isActive: true })).status).toBe(200);
  });
});

describe('case-type codes', () => {
  test('sorted by code both ways, filtered by whether they carry characters, exported as the list shows them', async () => {
    const codes = async (q: string) => (await admin.get(`/api/v1/case-type-codes?pageSize=100${q}`)).body.items as { code: string; typeCode: string | null; isActive: boolean }[];
    const down = await codes('&sort=-code');
    expect(down.map((c) => c.code)).toEqual(down.map((c) => c.code).sort().reverse());
    const bare = await codes('&hasTypeCode=false');
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.every((c) => c.typeCode === null)).toBe(true);
    const withChars = await codes('&hasTypeCode=true&q=民&sort=typeCode');
    expect(withChars.length).toBeGreaterThan(3);
    expect(withChars.every((c) => c.typeCode !== null)).toBe(true);
    expect((await admin.get('/api/v1/case-type-codes?sort=sortOrder')).status).toBe(400);

    const x = await exported(admin, '/api/v1/case-type-codes/export?hasTypeCode=true&q=民&sort=typeCode');
    expect(x.rows[0]).toEqual(['类型代码', '案件类型', '类型代字', '案件类别', '性质', '状态']);
    expect(x.rows.slice(1).map((r) => [r[0], r[2]])).toEqual(withChars.map((c) => [c.code, c.typeCode]));
    expect(x.rows.some((r) => r[2] === '民初')).toBe(true);
  });
});

describe('the holiday calendar (public)', () => {
  const get = async (path: string) => {
    const res = await fetch(world.server.baseUrl + path);
    return { status: res.status, body: await res.json() };
  };

  test('a year\'s days page by page, sorted, filtered by kind and name, and exported without logging in', async () => {
    const all = await get('/api/v1/calendar/2026/days?pageSize=100');
    expect(all.status).toBe(200);
    const year = await get('/api/v1/calendar/2026');
    expect(all.body.items).toEqual(year.body.days);

    const workdays = await get('/api/v1/calendar/2026/days?off=false&sort=-date');
    const dates = workdays.body.items.map((d: { date: string }) => d.date) as string[];
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(workdays.body.items.every((d: { off: boolean }) => !d.off)).toBe(true);
    const springFestival = await get(`/api/v1/calendar/2026/days?q=${encodeURIComponent('春节')}&off=true`);
    expect(springFestival.body.total).toBeGreaterThan(3);
    expect(springFestival.body.items.every((d: { name: string }) => d.name.includes('春节'))).toBe(true);
    expect((await get('/api/v1/calendar/2026/days?sort=weekday')).status).toBe(400);
    expect((await get('/api/v1/calendar/1999/days')).status).toBe(400);

    const x = await exported(null, '/api/v1/calendar/2026/days/export?off=false&sort=-date');
    expect(x.rows[0]).toEqual(['日期', '星期', '名称', '类型']);
    expect(x.rows.slice(1).map((r) => r[0])).toEqual(dates);
    expect(new Set(x.rows.slice(1).map((r) => r[3]))).toEqual(new Set(['调休上班']));
    // Make-up working days fall on weekends.
    expect(x.rows.slice(1).every((r) => r[1] === '星期六' || r[1] === '星期日')).toBe(true);
    const holidays = await exported(null, `/api/v1/calendar/2026/days/export?q=${encodeURIComponent('春节')}&off=true`, 'en');
    expect(holidays.rows.slice(1).map((r) => r[0])).toEqual(springFestival.body.items.map((d: { date: string }) => d.date));
    expect(holidays.rows[1]![3]).toBe('Holiday');
  });
});

describe("a court's closure days", () => {
  test('any signed-in user lists them page by page, sorted, filtered by year and reason, and exports them', async () => {
    const courts = (await admin.get('/api/v1/courts')).body as { id: number; code: string }[];
    const court = courts.find((c) => c.code === '吉0102')!.id;
    const days = [
      { date: '2027-02-03', reason: '院内停电检修' },
      { date: '2026-11-20', reason: '暴雪停止办公' },
      { date: '2027-07-15', reason: '洪水停止办公' },
    ];
    for (const d of days) expect((await admin.post(`/api/v1/admin/courts/${court}/closures`, d)).status).toBe(201);

    const list = async (q: string) => (await judge.get(`/api/v1/courts/${court}/closures${q}`)).body as { total: number; items: { date: string; reason: string; courtId: number }[] };
    const all = await list('');
    expect(all.items.map((c) => c.date)).toEqual(days.map((d) => d.date).sort());
    expect(all.items.every((c) => c.courtId === court)).toBe(true);
    const latestFirst = await list('?sort=-date&pageSize=2');
    expect(latestFirst.total).toBe(3);
    expect(latestFirst.items.map((c) => c.date)).toEqual(days.map((d) => d.date).sort().reverse().slice(0, 2));
    expect((await list('?year=2027')).items.map((c) => c.date)).toEqual(['2027-02-03', '2027-07-15']);
    const stopped = await list(`?q=${encodeURIComponent('停止办公')}&sort=reason`);
    expect(stopped.items.map((c) => c.reason)).toEqual(['暴雪停止办公', '洪水停止办公'].sort());
    expect((await judge.get(`/api/v1/courts/${court}/closures?sort=weekday`)).status).toBe(400);
    const unknown = await judge.get('/api/v1/courts/999999/closures');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('COURT_UNKNOWN');

    const x = await exported(judge, `/api/v1/courts/${court}/closures/export?year=2027&sort=-date`);
    expect(x.rows[0]).toEqual(['日期', '星期', '原因']);
    expect(x.rows.slice(1)).toEqual([
      ['2027-07-15', '星期四', '洪水停止办公'],
      ['2027-02-03', '星期三', '院内停电检修'],
    ]);
    const en = await exported(judge, `/api/v1/courts/${court}/closures/export?q=${encodeURIComponent('停电')}`, 'en');
    expect(en.rows).toEqual([['Date', 'Weekday', 'Reason'], ['2027-02-03', 'Wed', '院内停电检修']]);
  });
});
