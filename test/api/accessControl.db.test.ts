// Who may see and do what: parties see only their cases (404, not 403), staff act within their court and role.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { TINY_PDF } from '../support/fixtures';
import { acceptCase, assignedCase, fileLoanCase } from '../support/scenarios';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('reading cases', () => {
  test('a party, a lawyer or staff of another court get 404 for a case that is not theirs', async () => {
    const { id, party } = await fileLoanCase(server.baseUrl);
    const up = await party.upload('证据.pdf', TINY_PDF, 'application/pdf');
    for (const who of ['lawyer-wang', 'kc-filing', 'cc-judge1', 'admin']) {
      const other = await ApiClient.loggedIn(server.baseUrl, who);
      const r = await other.get(`/api/v1/cases/${id}`);
      expect(r.status, who).toBe(404);
      expect(r.body.code).toBe('CASE_NOT_FOUND');
      expect((await other.get(`/api/v1/cases/${id}/timeline`)).status).toBe(404);
      expect((await other.get(`/api/v1/attachments/${up.body.id}/content`)).status).toBe(404);
    }
    // The same answer as for a case that does not exist: nothing leaks.
    const other = await ApiClient.loggedIn(server.baseUrl, 'lawyer-wang');
    const missing = await other.get('/api/v1/cases/99999999');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('CASE_NOT_FOUND');
  });

  test('the defendant with an account sees the case, with others\' identity numbers masked', async () => {
    const { id } = await fileLoanCase(server.baseUrl);
    const lisi = await ApiClient.loggedIn(server.baseUrl, 'lisi');
    const r = await lisi.get(`/api/v1/cases/${id}`);
    expect(r.status).toBe(200);
    const plaintiff = r.body.parties.find((p: { name: string }) => p.name === '张三');
    expect(plaintiff.idNumber).toMatch(/^\d{6}\*+\d{3}[\dX]$/);
    expect(plaintiff.phone).toBeNull();
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const staffView = await clerk.get(`/api/v1/cases/${id}`);
    expect(staffView.body.parties[0].idNumber).toMatch(/^\d{17}[\dX]$/);
  });

  test('lists show each person only their own cases', async () => {
    const { id } = await fileLoanCase(server.baseUrl);
    const lawyer = await ApiClient.loggedIn(server.baseUrl, 'lawyer-wang');
    const mine = await lawyer.get('/api/v1/cases?view=mine');
    expect(mine.body.items.map((x: { id: number }) => x.id)).not.toContain(id);
    const court = await lawyer.get('/api/v1/cases?view=court');
    expect(court.status).toBe(403);
    const otherClerk = await ApiClient.loggedIn(server.baseUrl, 'kc-filing');
    const queue = await otherClerk.get('/api/v1/cases?view=filingQueue');
    expect(queue.body.items.map((x: { id: number }) => x.id)).not.toContain(id);
  });
});

describe('firing events', () => {
  test('a party cannot accept its own filing', async () => {
    const { id, party } = await fileLoanCase(server.baseUrl);
    const r = await party.fire(id, 'accept', { procedure: 'simple', divisionId: 1 });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('CASE_EVENT_FORBIDDEN');
  });

  test('an event not allowed from the current node is a conflict, and nothing changes', async () => {
    const { id, party } = await fileLoanCase(server.baseUrl);
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const before = await party.get(`/api/v1/cases/${id}`);
    const r = await clerk.fire(id, 'archive', {});
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('CASE_EVENT_NOT_ALLOWED');
    const after = await party.get(`/api/v1/cases/${id}`);
    expect(after.body.version).toBe(before.body.version);
    expect((await party.get(`/api/v1/cases/${id}/timeline`)).body).toHaveLength(1);
  });

  test('an unknown event and bad event input are refused', async () => {
    const { id } = await fileLoanCase(server.baseUrl);
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    expect((await clerk.fire(id, 'teleport', {})).body.code).toBe('CASE_EVENT_UNKNOWN');
    const bad = await clerk.fire(id, 'accept', { procedure: 'fast', divisionId: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const extra = await clerk.fire(id, 'requestCorrection', { items: ['补充身份证明'], sneaky: 1 });
    expect(extra.body.code).toBe('VALIDATION_FAILED');
  });

  test('a judge who is not on the panel cannot close the case; one on it can', async () => {
    const { id } = await assignedCase(server.baseUrl);
    const other = await ApiClient.loggedIn(server.baseUrl, 'ng-judge2');
    const r = await other.fire(id, 'close', { method: 'withdrawal', closedOn: (await other.get(`/api/v1/cases/${id}`)).body.acceptedOn });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('CASE_EVENT_FORBIDDEN');
    const detail = await other.get(`/api/v1/cases/${id}`);
    expect(detail.body.allowedEvents).toEqual([]);
  });

  test('a division chief of another court cannot assign; manual assignment needs a reason', async () => {
    const { id } = await fileLoanCase(server.baseUrl);
    await acceptCase(server.baseUrl, id);
    const kc = await ApiClient.loggedIn(server.baseUrl, 'kc-chief');
    expect((await kc.fire(id, 'assign', { mode: 'random', organization: 'sole' })).status).toBe(404);
    const chief = await ApiClient.loggedIn(server.baseUrl, 'ng-chief');
    const judges = await chief.get(`/api/v1/cases/${id}/eligible-judges`);
    const noReason = await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judges.body[0].id });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('ASSIGNMENT_REASON_REQUIRED');
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const clerkManual = await clerk.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judges.body[0].id, reason: 'r' });
    expect(clerkManual.body.code).toBe('ASSIGNMENT_MANUAL_FORBIDDEN');
    const random = await clerk.fire(id, 'assign', { mode: 'random', organization: 'sole' });
    expect(random.status).toBe(200);
    expect(judges.body.map((j: { id: number }) => j.id)).toContain(random.body.panel[0].userId);
  });

  test('an assistant and a clerk act on their judge\'s cases only', async () => {
    const { id } = await assignedCase(server.baseUrl);
    const assistant = await ApiClient.loggedIn(server.baseUrl, 'ng-assistant');
    const d = await assistant.get(`/api/v1/cases/${id}`);
    expect(d.body.allowedEvents.map((e: { name: string }) => e.name).sort()).toEqual(['exchangeEvidence', 'recordService', 'scheduleHearing', 'serveOnPlatform']);
    const team = await assistant.get('/api/v1/cases?view=mine');
    expect(team.body.items.map((x: { id: number }) => x.id)).toContain(id);
  });
});

describe('authentication', () => {
  test('every API route needs a session, and state changes need the CSRF token', async () => {
    const anon = new ApiClient(server.baseUrl);
    for (const path of ['/api/v1/cases?view=mine', '/api/v1/courts', '/api/v1/causes', '/api/v1/auth/me']) {
      const r = await anon.get(path);
      expect(r.status, path).toBe(401);
      expect(r.body.code).toBe('AUTH_REQUIRED');
    }
    const party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
    const noCsrf = await party.request('POST', '/api/v1/filings', {}, { headers: { 'x-csrf-token': 'wrong' } });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.body.code).toBe('CSRF_TOKEN_INVALID');
  });

  test('the session cookie is HttpOnly and SameSite, and logout ends it', async () => {
    const c = new ApiClient(server.baseUrl);
    const r = await c.login('zhangsan');
    const cookie = r.headers.getSetCookie().join(';');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await c.get('/api/v1/auth/me')).status).toBe(200);
    expect((await c.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
  });

  test('a wrong password is refused the same way as an unknown user, and repeated failures make the browser wait', async () => {
    const c = new ApiClient(server.baseUrl);
    const wrong = await c.login('ng-judge3', 'not-the-password');
    const unknown = await c.login('no-such-user', 'x');
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual({ ...wrong.body });
    for (let i = 0; i < 4; i++) await c.login('ng-judge3', 'not-the-password');
    const locked = await c.login('ng-judge3');
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('LOGIN_RATE_LIMITED');
    // The first wait after five failures is 30 s from the fifth; it grows with each further failure (loginThrottle.db.test.ts).
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(20);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(30);
  });

  test('an administrator reaches the admin API; others do not', async () => {
    const admin = await ApiClient.loggedIn(server.baseUrl, 'admin');
    expect((await admin.get('/api/v1/admin/users')).status).toBe(200);
    const party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
    const r = await party.get('/api/v1/admin/users');
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('ROLE_FORBIDDEN');
  });
});
