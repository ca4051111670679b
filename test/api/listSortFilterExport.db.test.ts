// Lists a clerk can work with: sorted by an allow-listed column (anything else refused with 400), filtered on the
// server, and exported to Excel — the export holds exactly the rows, in the order, that the filtered list shows.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXPORT_ROW_CAP } from '../../src/server/lists/excelExport';
import type { ApiClient } from '../support/apiClient';
import { courtId, divisionId, loanComplaint, TINY_PDF } from '../support/fixtures';
import { openSession } from '../support/sessions';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

let party: ApiClient;
let clerk: ApiClient;
let chief: ApiClient;
let finance: ApiClient;
let admin: ApiClient;
const DEFENDANTS = ['赵一', '钱二', '孙三', '李四'];
const cases: { id: number; defendant: string; receivedOn: string }[] = [];

async function fileAndAccept(defendant: string, day: string) {
  clock.set(day);
  const parties = [
    (await loanComplaint(party)).parties[0],
    { standing: 'defendant', kind: 'person', name: defendant, address: `长春市南关区${defendant}路1号` },
  ];
  const filed = await party.post('/api/v1/filings', await loanComplaint(party, { parties }));
  expect(filed.status).toBe(201);
  const id = filed.body.id as number;
  const complaint = await party.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint');
  await world.server.database.pool.query('update attachments set case_id = $1 where id = $2', [id, complaint.body.id]);
  const court = await courtId(clerk, '吉0102');
  const accepted = await clerk.fire(id, 'accept', { procedure: 'simple', divisionId: await divisionId(clerk, court) });
  expect(accepted.status).toBe(200);
  cases.push({ id, defendant, receivedOn: day });
  return accepted.body;
}

/** GET an export with the client's session: the workbook's first sheet as rows of cell texts. */
async function exported(client: ApiClient, path: string, lang = 'zh-CN') {
  const { cookie } = client.credentials;
  const res = await fetch(world.server.baseUrl + path, { headers: { cookie: cookie!, 'accept-language': lang } });
  if (res.status !== 200) return { status: res.status, body: await res.json(), rows: [] as string[][] };
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const sheet = book.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return { status: 200, body: null, rows, sheet };
}

beforeAll(async () => {
  party = await openSession(world.server, 'zhangsan');
  clerk = await openSession(world.server, 'ng-filing');
  chief = await openSession(world.server, 'ng-chief');
  finance = await openSession(world.server, 'ng-finance');
  admin = await openSession(world.server, 'admin');
  for (const [i, d] of DEFENDANTS.entries()) await fileAndAccept(d, `2026-03-0${2 + i}`);
});

describe('case lists', () => {
  test('sorted by each allow-listed column, both ways; the case number by year and serial', async () => {
    const ids = async (sort: string) => (await chief.get(`/api/v1/cases?view=court&sort=${sort}`)).body.items.map((c: { id: number }) => c.id) as number[];
    const byReceived = cases.map((c) => c.id);
    expect(await ids('receivedOn')).toEqual(byReceived);
    expect(await ids('-receivedOn')).toEqual([...byReceived].reverse());
    // Numbers are given in acceptance order, so the case number sorts like the receiving date here.
    expect(await ids('caseNumber')).toEqual(byReceived);
    expect(await ids('-caseNumber')).toEqual([...byReceived].reverse());
    // Most days at the stage first = accepted earliest first.
    expect(await ids('-daysInNode')).toEqual(byReceived);
    expect(await ids('daysInNode')).toEqual([...byReceived].reverse());
    for (const column of ['nodeEnteredAt', 'node', 'caseType', 'reviewDueOn', 'acceptedOn', 'judgeName']) {
      const r = await chief.get(`/api/v1/cases?view=court&sort=-${column}`);
      expect(r.status, column).toBe(200);
      expect(r.body.items).toHaveLength(cases.length);
    }
  });

  test('a column that is not allow-listed, or SQL in the sort, is refused with 400 before the list runs', async () => {
    for (const sort of ['title', '-courtName', 'k.id', 'receivedOn;drop table cases', '--receivedOn', '']) {
      const r = await chief.get(`/api/v1/cases?view=court&sort=${encodeURIComponent(sort)}`);
      expect([r.status, r.body.code], sort).toEqual([400, 'VALIDATION_FAILED']);
      const e = await chief.get(`/api/v1/cases/export?view=court&sort=${encodeURIComponent(sort)}`);
      expect([e.status, e.body.code], sort).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect((await chief.get('/api/v1/cases?view=court&receivedFrom=2026-3-1')).status).toBe(400);
  });

  test('filtered by the receiving dates and by a party name', async () => {
    const r = await chief.get('/api/v1/cases?view=court&receivedFrom=2026-03-03&receivedTo=2026-03-04&sort=receivedOn');
    expect(r.body.items.map((c: { receivedOn: string }) => c.receivedOn)).toEqual(['2026-03-03', '2026-03-04']);
    expect(r.body.total).toBe(2);
    const byName = await chief.get(`/api/v1/cases?view=court&q=${encodeURIComponent('孙三')}`);
    expect(byName.body.items.map((c: { id: number }) => c.id)).toEqual([cases[2]!.id]);
  });

  test('the export holds the filtered, sorted rows of the list, under Chinese headers (English on request)', async () => {
    const query = 'view=court&receivedFrom=2026-03-03&sort=-caseNumber';
    const list = (await chief.get(`/api/v1/cases?${query}`)).body;
    const x = await exported(chief, `/api/v1/cases/export?${query}&page=1&pageSize=1`);
    expect(x.status).toBe(200);
    expect(x.rows[0]).toEqual(['案号', '案件名称', '法院', '案由', '当前节点', '在节点天数', '已等待天数', '审查期限', '审限届满日', '承办法官', '收案日期', '收案天数']);
    // page and pageSize do not cut the export: every row the filter matches.
    expect(x.rows.slice(1).map((r) => [r[0], r[1], r[10], r[11]])).toEqual(
      list.items.map((c: { caseNumber: string; title: string; receivedOn: string; ageDays: number }) => [c.caseNumber, c.title, c.receivedOn, String(c.ageDays)]),
    );
    expect(x.rows).toHaveLength(list.total + 1);
    expect(x.rows[1]![4]).toBe(list.items[0].nodeLabel['zh-CN']);
    // Widths that show the content: the case title column is wide enough for a full title.
    expect(x.sheet!.getColumn(2).width).toBeGreaterThanOrEqual(40);
    const en = await exported(chief, `/api/v1/cases/export?${query}`, 'en');
    expect(en.rows[0]!.slice(0, 3)).toEqual(['Case number', 'Case', 'Court']);
  });

  test('an export is refused where the list is: a party cannot export the court list', async () => {
    const r = await exported(party, '/api/v1/cases/export?view=court');
    expect([r.status, (r.body as { code: string }).code]).toEqual([403, 'VIEW_FORBIDDEN']);
    expect(EXPORT_ROW_CAP).toBe(10_000);
  });
});

describe('the service centre queue', () => {
  test('tasks sorted by recipient, filtered by text, exported with the 送达地址 in full', async () => {
    for (const c of cases) {
      const detail = (await clerk.get(`/api/v1/cases/${c.id}`)).body;
      const defendant = detail.parties.find((p: { name: string }) => p.name === c.defendant).id as number;
      const r = await clerk.post(`/api/v1/cases/${c.id}/service-tasks`, { document: 'complaintCopy', partyIds: [defendant], method: 'direct' });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const names = async (q: string) => (await clerk.get(`/api/v1/service-centre/tasks?status=all&${q}`)).body.items.map((t: { recipient: string }) => t.recipient) as string[];
    const mine = (await names('sort=recipient')).filter((n) => DEFENDANTS.includes(n));
    expect(mine).toEqual([...DEFENDANTS].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(await names(`q=${encodeURIComponent('钱二')}`)).toEqual(['钱二']);
    expect((await clerk.get('/api/v1/service-centre/tasks?sort=address')).status).toBe(400);

    const x = await exported(clerk, `/api/v1/service-centre/tasks/export?status=all&q=${encodeURIComponent('钱二')}`);
    expect(x.rows[0]!.slice(0, 6)).toEqual(['案号', '受送达人', '送达文书', '送达方式', '送达地址', '邮件号']);
    expect(x.rows.slice(1).map((r) => r.slice(1, 5))).toEqual([['钱二', '起诉状副本', '直接送达', '长春市南关区钱二路1号']]);
    expect(x.sheet!.getColumn(5).width).toBeGreaterThanOrEqual(40);
  });
});

describe('period supervision', () => {
  test('the president sorts the periods that need attention and exports them', async () => {
    const president = await openSession(world.server, 'ng-president');
    // The 5-day complaint service periods of the four cases, all past due at this date.
    clock.set('2026-04-20');
    await world.server.database.pool.query(`update case_periods set level = 'overdue' where status = 'running'`);
    const r = await president.get('/api/v1/periods?level=attention&sort=-dueOn&pageSize=100');
    expect(r.status).toBe(200);
    const due = r.body.items.map((p: { dueOn: string }) => p.dueOn) as string[];
    expect(due.length).toBeGreaterThan(0);
    expect(due).toEqual([...due].sort().reverse());
    expect((await president.get('/api/v1/periods?sort=partyName')).status).toBe(400);
    const x = await exported(president, '/api/v1/periods/export?level=attention&sort=-dueOn');
    expect(x.rows[0]).toEqual(['案号', '案件名称', '期限', '届满日', '期限预警', '剩余天数', '承办法官', '审判庭']);
    expect(x.rows.slice(1).map((row) => row[3])).toEqual(due);
    expect(x.rows[1]![4]).toBe('已超期');
  });
});

describe('receipts and accounts', () => {
  test('receipts sorted by amount, filtered by payer and date, exported with amounts as numbers', async () => {
    const pool = world.server.database.pool;
    const court = (await pool.query(`select id from courts where code = '吉0102'`)).rows[0].id as number;
    const financeId = (await pool.query(`select id from users where username = 'ng-finance'`)).rows[0].id as number;
    const st = await pool.query(
      `insert into bank_statements (court_id, file_name, sha256, encoding, status, parsed, uploaded_by) values ($1, 'test.csv', 'x', 'utf-8', 'posted', '{}', $2) returning id`,
      [court, financeId],
    );
    for (const [ref, on, fen, payer] of [['R1', '2026-03-01', 8800, '赵六'], ['R2', '2026-03-05', 165000, '张三'], ['R3', '2026-03-09', 5000, '王五']] as const) {
      await pool.query(
        `insert into receipts (court_id, statement_id, bank_ref, received_on, amount_fen, payer_name, payer_account, memo, status, match) values ($1, $2, $3, $4, $5, $6, '6222', '', 'unidentified', 'noReference')`,
        [court, st.rows[0].id, ref, on, fen, payer],
      );
    }
    const refs = async (q: string) => (await finance.get(`/api/v1/finance/receipts?${q}`)).body.items.map((r: { bankRef: string }) => r.bankRef) as string[];
    expect(await refs('sort=amount')).toEqual(['R3', 'R1', 'R2']);
    expect(await refs('sort=-amount')).toEqual(['R2', 'R1', 'R3']);
    expect(await refs('')).toEqual(['R3', 'R2', 'R1']);
    expect(await refs(`q=${encodeURIComponent('张三')}`)).toEqual(['R2']);
    expect(await refs('receivedFrom=2026-03-02&receivedTo=2026-03-09&sort=receivedOn')).toEqual(['R2', 'R3']);
    expect((await finance.get('/api/v1/finance/receipts?sort=memo')).status).toBe(400);

    const x = await exported(finance, '/api/v1/finance/receipts/export?sort=-amount');
    expect(x.rows[0]).toEqual(['日期', '流水号', '金额（元）', '付款人', '付款账号', '附言', '账户', '状态', '认领期限', '案号']);
    expect(x.rows.slice(1).map((r) => [r[1], r[2], r[6], r[7]])).toEqual([['R2', '1650', '诉讼费', '不明款'], ['R1', '88', '诉讼费', '不明款'], ['R3', '50', '诉讼费', '不明款']]);
    expect((await exported(clerk, '/api/v1/finance/receipts/export')).status).toBe(403);
  });

  test('accounts sorted by name and filtered by role; an unknown sort is refused', async () => {
    const r = await admin.get('/api/v1/admin/users?role=finance&sort=-username&pageSize=100');
    const names = r.body.items.map((u: { username: string }) => u.username) as string[];
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort().reverse());
    expect(r.body.items.every((u: { roles: string[] }) => u.roles.includes('finance'))).toBe(true);
    expect((await admin.get('/api/v1/admin/users?sort=passwordHash')).status).toBe(400);
  });
});
