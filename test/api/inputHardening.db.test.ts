// Hostile input gets a 4xx with a code and loses nothing: NUL characters, bidirectional overrides, impossible
// dates, references to records that do not exist, refused uploads that share content with stored files, and
// multipart requests with more than one file (issue 14, defects 1, 4 and 8).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { loanComplaint, TINY_PDF } from '../support/fixtures';
import { assignedCase } from '../support/scenarios';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let party: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
});
afterAll(async () => {
  await server?.close();
});

const count = async (table: string) => Number((await server.database.pool.query(`select count(*) as n from ${table}`)).rows[0].n);

function expectError(r: { status: number; body: any }, status: number, code: string) {
  expect([r.status, r.body?.code]).toEqual([status, code]);
  expect(r.body.messages['zh-CN']).toBeTruthy();
  expect(r.body.messages.en).toBeTruthy();
}

describe('text input', () => {
  test('U+0000 anywhere in a body, a key, a query or a login is refused with a code naming where, and nothing is saved', async () => {
    const before = await count('cases');
    const filing = await loanComplaint(party, { facts: '借款\u0000事实' });
    const r = await party.post('/api/v1/filings', filing);
    expectError(r, 400, 'TEXT_NUL_CHARACTER');
    expect(r.body.details.path).toBe('body/facts');
    expectError(await party.post('/api/v1/filings', { ...(await loanComplaint(party)), ['x\u0000']: 1 }), 400, 'TEXT_NUL_CHARACTER');
    expect(await count('cases')).toBe(before);
    expectError(await party.get('/api/v1/cases?q=%E5%BC%A0%00'), 400, 'TEXT_NUL_CHARACTER');
    expectError(await new ApiClient(server.baseUrl).login('zhangsan\u0000', 'x'), 400, 'TEXT_NUL_CHARACTER');
  });

  test('a NUL in a case event input (stored as JSON) is refused and the case is unchanged', async () => {
    const { id } = await assignedCase(server.baseUrl);
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    const version = (await judge.get(`/api/v1/cases/${id}`)).body.version;
    expectError(await judge.fire(id, 'applyExtension', { reason: '鉴定\u0000未完成' }), 400, 'TEXT_NUL_CHARACTER');
    expect((await judge.get(`/api/v1/cases/${id}`)).body.version).toBe(version);
  });

  test('bidirectional override characters are removed from names, so a name shows as what it is', async () => {
    const filing = await loanComplaint(party);
    filing.parties[1].name = '李\u202E四\u2066';
    const r = await party.post('/api/v1/filings', filing);
    expect(r.status).toBe(201);
    expect(r.body.parties.map((p: { name: string }) => p.name)).toEqual(['张三', '李四']);
  });

  test('an impossible calendar date is a validation error, not a crash', async () => {
    const { id } = await assignedCase(server.baseUrl);
    const judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    for (const day of ['2026-02-30', '2026-13-01', '0000-00-00', '2026-04-31']) {
      const r = await judge.fire(id, 'setEvidencePeriod', { days: 15, noticeServedOn: day });
      expectError(r, 400, 'VALIDATION_FAILED');
    }
    const calc = await party.post('/api/v1/calc/period', { trigger: '2026-02-30', days: 15 });
    expect([calc.status, typeof calc.body.code]).toEqual([400, 'string']);
  });
});

describe('references', () => {
  test("an account's team judge and division must exist in its court", async () => {
    const admin = await ApiClient.loggedIn(server.baseUrl, 'admin');
    const users = (await admin.get('/api/v1/admin/users?pageSize=100&q=ng-clerk')).body.items;
    const clerk = users.find((u: { username: string }) => u.username === 'ng-clerk');
    const body = { username: clerk.username, displayName: clerk.displayName, roles: clerk.roles, courtId: clerk.courtId, divisionId: clerk.divisionId, teamJudgeId: clerk.teamJudgeId };
    expectError(await admin.put(`/api/v1/admin/users/${clerk.id}`, { ...body, teamJudgeId: 987654 }), 422, 'ACCOUNT_TEAM_JUDGE_UNKNOWN');
    const kcJudge = (await admin.get('/api/v1/admin/users?pageSize=100&q=kc-judge1')).body.items[0];
    expectError(await admin.put(`/api/v1/admin/users/${clerk.id}`, { ...body, teamJudgeId: kcJudge.id }), 422, 'ACCOUNT_TEAM_JUDGE_UNKNOWN');
    expectError(await admin.put(`/api/v1/admin/users/${clerk.id}`, { ...body, divisionId: 987654 }), 422, 'ACCOUNT_DIVISION_UNKNOWN');
    const same = await admin.put(`/api/v1/admin/users/${clerk.id}`, body);
    expect(same.status).toBe(200);
  });
});

describe('uploads', () => {
  test("a refused upload of the same bytes as someone's stored file leaves that file readable", async () => {
    const complaint = await party.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint');
    expect(complaint.status).toBe(201);
    const defendant = await ApiClient.loggedIn(server.baseUrl, 'lisi');
    const refused = await defendant.upload('complaint.png', TINY_PDF, 'image/png');
    expectError(refused, 415, 'UPLOAD_TYPE_NOT_ALLOWED');
    const back = await party.get(`/api/v1/attachments/${complaint.body.id}/content`);
    expect(back.status).toBe(200);
    expect(back.body).toBe(new TextDecoder().decode(TINY_PDF));
  });

  test('two files in one request are refused, not one silently dropped, and neither is kept', async () => {
    const before = await count('attachments');
    const form = new FormData();
    form.append('category', 'evidence');
    form.append('file', new Blob([TINY_PDF], { type: 'application/pdf' }), '一.pdf');
    form.append('file', new Blob([TINY_PDF], { type: 'application/pdf' }), '二.pdf');
    const r = await party.request('POST', '/api/v1/uploads', undefined, { rawBody: form });
    expectError(r, 400, 'UPLOAD_ONE_FILE');
    expect(await count('attachments')).toBe(before);
  });

  test('a file name keeps no bidirectional override (the "exe\u202Efdp.pdf" trick)', async () => {
    const r = await party.upload('证据\u202Egpj.pdf', TINY_PDF, 'application/pdf');
    expect(r.status).toBe(201);
    expect(r.body.fileName).toBe('证据gpj.pdf');
  });

  test('a material whose stored content is gone answers in the API error format, not a broken stream', async () => {
    const content = new TextEncoder().encode('%PDF-1.4\n% unique content for this test\n%%EOF\n');
    const up = await party.upload('借条.pdf', content, 'application/pdf');
    const key = up.body.sha256 as string;
    rmSync(path.join(server.dataDir, 'blobs', key.slice(0, 2), key.slice(2, 4), key));
    expectError(await party.get(`/api/v1/attachments/${up.body.id}/content`), 500, 'FILE_CONTENT_MISSING');
  });
});
