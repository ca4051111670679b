// Case numbers are gapless and unique under concurrency, across server processes (CASENO arts 3, 9–10).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { courtId, divisionId, loanComplaint, todayInShanghai, withFreshMaterials } from '../support/fixtures';
import { spawnServer, type ServerProcess } from '../support/serverProcess';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../support/testServer';

describe('two clerks decide the same filing at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('one acceptance wins, the other gets a clear conflict, and one number is used', async () => {
    const party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
    const filed = await party.post('/api/v1/filings', await loanComplaint(party));
    const [a, b] = await Promise.all([ApiClient.loggedIn(server.baseUrl, 'ng-filing'), ApiClient.loggedIn(server.baseUrl, 'ng-filing')]);
    const division = await divisionId(a, await courtId(a, '吉0102'));
    const [ra, rb] = await Promise.all([
      a.fire(filed.body.id, 'accept', { procedure: 'simple', divisionId: division }, filed.body.version),
      b.fire(filed.body.id, 'accept', { procedure: 'ordinary', divisionId: division }, filed.body.version),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
    const loser = ra.status === 409 ? ra : rb;
    expect(loser.body.code).toBe('CASE_CHANGED');
    const counter = await server.database.pool.query('select last_serial from case_number_counters');
    expect(counter.rows).toEqual([{ last_serial: 1 }]);
    const events = await server.database.pool.query(`select count(*) as n from case_events where case_id = $1 and event = 'accept'`, [filed.body.id]);
    expect(Number(events.rows[0].n)).toBe(1);
  });

  test('without a version, the second acceptance is refused because the case is no longer awaiting review', async () => {
    const party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
    const filed = await party.post('/api/v1/filings', await loanComplaint(party));
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const division = await divisionId(clerk, await courtId(clerk, '吉0102'));
    const results = await Promise.all([1, 2, 3].map(() => clerk.fire(filed.body.id, 'accept', { procedure: 'simple', divisionId: division })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'CASE_EVENT_NOT_ALLOWED')).toBe(true);
  });

  test('a stale correction edit is refused and the newer content kept', async () => {
    const party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
    const filed = await party.post('/api/v1/filings', await loanComplaint(party));
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-filing');
    const asked = await clerk.fire(filed.body.id, 'requestCorrection', { items: ['补充借条复印件', '写明借款利率'] });
    expect(asked.body.node).toBe('correctionRequested');
    const content = await loanComplaint(party);
    const { caseType: _t, courtId: _c, ...filing } = content;
    const first = await party.put(`/api/v1/filings/${filed.body.id}`, { expectedVersion: asked.body.version, filing: { ...filing, facts: '补正后的事实与理由。' } });
    expect(first.status).toBe(200);
    const stale = await party.put(`/api/v1/filings/${filed.body.id}`, { expectedVersion: asked.body.version, filing: { ...filing, facts: '旧页面上的修改。' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CASE_CHANGED');
    const now = await party.get(`/api/v1/cases/${filed.body.id}`);
    expect(now.body.facts).toBe('补正后的事实与理由。');
    const resubmitted = await party.fire(filed.body.id, 'resubmit', { note: '已补正' });
    expect(resubmitted.body).toMatchObject({ node: 'submitted', receivedOn: todayInShanghai() });
  });
});

describe('200 concurrent acceptances through two server processes', () => {
  let db: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    db = await createTestDatabase();
    [a, b] = await Promise.all([spawnServer(db.url), spawnServer(db.url)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  test('give 200 distinct numbers, exactly 1..200', async () => {
    const party = await ApiClient.loggedIn(a.baseUrl, 'zhangsan');
    const body = await loanComplaint(party, { requiredMaterials: false });
    const ids: number[] = [];
    for (let batch = 0; batch < 20; batch++) {
      const rs = await Promise.all(Array.from({ length: 10 }, async () => party.post('/api/v1/filings', await withFreshMaterials(party, body))));
      for (const r of rs) {
        expect(r.status).toBe(201);
        ids.push(r.body.id);
      }
    }
    const clerkA = await ApiClient.loggedIn(a.baseUrl, 'ng-filing');
    const clerkB = await ApiClient.loggedIn(b.baseUrl, 'ng-filing');
    const division = await divisionId(clerkA, await courtId(clerkA, '吉0102'));
    const started = performance.now();
    const results = await Promise.all(ids.map((id, i) => (i % 2 ? clerkB : clerkA).fire(id, 'accept', { procedure: 'simple', divisionId: division })));
    const ms = performance.now() - started;
    expect(results.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    const year = todayInShanghai().slice(0, 4);
    const serials = results.map((r) => {
      const m = new RegExp(`^（${year}）吉0102民初(\\d+)号$`).exec(r.body.caseNumber);
      expect(m, r.body.caseNumber).not.toBeNull();
      return Number(m![1]);
    });
    expect(serials.sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    console.log(`200 concurrent acceptances over 2 processes: ${ms.toFixed(0)} ms, numbers 1..200 without gaps`);
  });
});
