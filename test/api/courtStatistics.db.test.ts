// Court dashboards: registrations and closings per court and month follow the cases in the same transaction, and
// each 院庭长 sees their own court and the courts under it, no more.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { courtId } from '../support/fixtures';
import { acceptCase, decidedCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { createTestDatabase, startTestServer } from '../support/testServer';
import pg from 'pg';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

type Stats = { months: string[]; courts: { courtId: number; courtName: string; received: number[]; closed: number[]; pending: number }[]; total: { received: number[]; closed: number[]; pending: number } };

async function statsOf(user: string, query = '') {
  const client = await ApiClient.loggedIn(world.server.baseUrl, user);
  return client.get(`/api/v1/statistics/monthly${query}`);
}

describe('court statistics', () => {
  test('registrations and closings are counted in their month as they happen; open cases are the difference', async () => {
    await decidedCase(world.server.baseUrl, clock);
    clock.set('2026-04-10');
    const { id } = await fileLoanCase(world.server.baseUrl);
    // Filed but not registered: not counted yet.
    const r = await statsOf('ng-chief', '?months=3');
    expect(r.status).toBe(200);
    let s = r.body as Stats;
    expect(s.months).toEqual(['2026-02', '2026-03', '2026-04']);
    const court = await courtId(await ApiClient.loggedIn(world.server.baseUrl, 'ng-chief'), '吉0102');
    let own = s.courts.find((c) => c.courtId === court)!;
    expect([own.received, own.closed, own.pending]).toEqual([[0, 1, 0], [0, 1, 0], 0]);

    await acceptCase(world.server.baseUrl, id);
    s = (await statsOf('ng-chief', '?months=3')).body;
    own = s.courts.find((c) => c.courtId === court)!;
    expect([own.received, own.closed, own.pending]).toEqual([[0, 1, 1], [0, 1, 0], 1]);
    expect(s.total).toEqual({ received: own.received, closed: own.closed, pending: 1 });

    // A change behind the case's back (e.g. a corrected closing date) moves the count with it.
    const pool = world.server.database.pool;
    await pool.query(`update cases set closed_on = '2026-02-27' where closed_on = '2026-03-31'`);
    own = ((await statsOf('ng-chief', '?months=3')).body as Stats).courts.find((c) => c.courtId === court)!;
    expect(own.closed).toEqual([1, 0, 0]);
    const stored = (await pool.query('select sum(received)::int as r, sum(closed)::int as c from court_month_stats')).rows[0];
    const actual = (await pool.query('select count(accepted_on)::int as r, count(closed_on)::int as c from cases')).rows[0];
    expect(stored).toEqual(actual);
  });

  test('a 院长 of the intermediate court sees the courts under it; a basic court sees itself; others are refused', async () => {
    clock.set('2026-04-10');
    const cc = await statsOf('cc-president');
    expect(cc.status).toBe(200);
    expect((cc.body as Stats).courts.map((c) => c.courtName)).toEqual(expect.arrayContaining(['吉林省长春市中级人民法院', '长春市南关区人民法院', '长春市宽城区人民法院', '长春市朝阳区人民法院']));
    expect((cc.body as Stats).months).toHaveLength(12);
    const ng = await statsOf('ng-chief');
    expect((ng.body as Stats).courts.map((c) => c.courtName)).toEqual(['长春市南关区人民法院']);

    const president = await ApiClient.loggedIn(world.server.baseUrl, 'cc-president');
    const nanguan = await courtId(president, '吉0102');
    const one = await president.get(`/api/v1/statistics/monthly?courtId=${nanguan}`);
    expect(one.status, JSON.stringify(one.body)).toBe(200);
    expect((one.body as Stats).courts.map((c) => c.courtId)).toEqual([nanguan]);

    const kuancheng = await courtId(president, '吉0103');
    const outOfScope = await (await ApiClient.loggedIn(world.server.baseUrl, 'ng-chief')).get(`/api/v1/statistics/monthly?courtId=${kuancheng}`);
    expect([outOfScope.status, outOfScope.body.code]).toEqual([403, 'COURT_OUT_OF_SCOPE']);
    expect(outOfScope.body.messages['zh-CN']).toContain('下级法院');
    const judge = await statsOf('ng-judge1');
    expect(judge.status).toBe(403);
    const bad = await statsOf('ng-chief', '?months=0');
    expect(bad.status).toBe(400);
    expect(bad.body.messages.en).toBeTruthy();
  });

  test('with DATABASE_READ_URL the dashboard reads the replica, everything else the primary', async () => {
    clock.set('2026-04-10');
    // A stand-in replica: another database whose figures differ from the primary's.
    const replica = await createTestDatabase();
    const server = await startTestServer({ clock, config: { databaseReadUrl: replica.url } });
    try {
      const client = new pg.Client({ connectionString: replica.url });
      await client.connect();
      await client.query(`insert into court_month_stats (court_id, month, received, closed) select id, '2026-04-01', 42, 7 from courts where code = '吉0102'`);
      await client.end();
      const chief = await ApiClient.loggedIn(server.baseUrl, 'ng-chief');
      const s = (await chief.get('/api/v1/statistics/monthly?months=1')).body as Stats;
      expect([s.total.received, s.total.closed, s.total.pending]).toEqual([[42], [7], 35]);
      expect((await server.database.pool.query('select count(*)::int as n from court_month_stats')).rows[0].n).toBe(0);
    } finally {
      await server.close();
      await replica.drop();
    }
  });
});
