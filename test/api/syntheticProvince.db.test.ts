// `courtflow seed --synthetic`: a deterministic province through the real schema — valid identities, gapless case
// numbers that real filings continue, timelines and periods the application reads as its own, the schema's
// indexes and foreign keys restored and validated, the monthly statistics recomputed.
import { spawnSync } from 'node:child_process';
import type pg from 'pg';
import { describe, expect, test } from 'vitest';
import { validateResidentIdNumber, validateUnifiedCreditCode } from '../../src/domain/identity';
import { monitorLog } from '../../src/server/modules/transparency/monitor';
import { integrateAll } from '../../src/server/modules/transparency/transparencyLog';
import { withoutSecondaryIndexes } from '../../src/server/synthetic/bulkLoad';
import { generateProvince } from '../../src/server/synthetic/generate';
import { ApiClient } from '../support/apiClient';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { startTestServer } from '../support/testServer';

const world = serverForSpec();
const FILINGS = 1500;

async function digest(pool: pg.Pool): Promise<string[]> {
  const q = async (sqlText: string) => (await pool.query(sqlText)).rows[0].d as string;
  return [
    await q(`select md5(string_agg(concat_ws('|', id, case_type, court_id, node, case_number, procedure, cause_id, amount_fen, filed_at, accepted_on, judge_id, closing_method, closed_on, archived_on, origin_case_id), ',' order by id)) as d from cases`),
    await q(`select md5(string_agg(concat_ws('|', id, case_id, standing, name, id_number, credit_code, address, phone), ',' order by id)) as d from case_parties`),
    await q(`select md5(string_agg(concat_ws('|', id, case_id, seq, event, at, node_after, payload::text), ',' order by id)) as d from case_events`),
    await q(`select md5(string_agg(concat_ws('|', id, case_id, kind, due_on, status, level), ',' order by id)) as d from case_periods`),
  ];
}

const schemaShape = async (pool: pg.Pool) =>
  (
    await pool.query(`select (select count(*) from pg_indexes where schemaname = 'public') as indexes,
                             (select count(*) from pg_constraint where contype = 'f' and convalidated) as fks`)
  ).rows[0];

describe('synthetic province', () => {
  test('loads a province the application reads as its own, deterministically', async () => {
    const pool = world.server.database.pool;
    const today = world.server.deps.clock.today();
    const shape = await schemaShape(pool);
    const steps: string[] = [];
    const progress: number[] = [];
    const report = await generateProvince(world.server.database, { cases: FILINGS, seed: 7, years: 2, today, onProgress: (p) => progress.push(p.filings), onStep: (s) => steps.push(s) });

    // The counts reported are the rows stored; progress was reported up to the target.
    const n = async (sqlText: string) => Number((await pool.query(sqlText)).rows[0].n);
    expect(report.cases).toBe(await n('select count(*) as n from cases'));
    expect(report.cases - report.appeals).toBe(FILINGS);
    expect(report.appeals).toBe(await n(`select count(*) as n from cases where case_type = '民终'`));
    expect(report.appeals).toBeGreaterThan(0);
    for (const [table, rows] of Object.entries(report.rows)) expect([table, await n(`select count(*) as n from ${table}`)]).toEqual([table, rows]);
    expect(progress.at(-1)).toBe(FILINGS);
    expect(steps).toContain('court_month_stats');

    // The same seed on another database gives the same province, row for row.
    const other = await startTestServer();
    try {
      const again = await generateProvince(other.database, { cases: FILINGS, seed: 7, years: 2, today });
      expect(again.rows).toEqual(report.rows);
      expect(await digest(other.database.pool)).toEqual(await digest(pool));
    } finally {
      await other.close();
    }

    // Indexes rebuilt and every foreign key back and validated.
    expect(await schemaShape(pool)).toEqual(shape);

    // Every identity number carries a valid check character.
    const people = await pool.query<{ id_number: string | null; credit_code: string | null }>('select id_number, credit_code from case_parties');
    for (const p of people.rows) {
      if (p.id_number) expect([p.id_number, validateResidentIdNumber(p.id_number, { today }).ok]).toEqual([p.id_number, true]);
      if (p.credit_code) expect([p.credit_code, validateUnifiedCreditCode(p.credit_code).ok]).toEqual([p.credit_code, true]);
    }
    expect(people.rows.some((p) => p.credit_code)).toBe(true);

    // Case numbers: unique, gapless 1..n per court × type × year, and the counters where real filings continue.
    const series = await pool.query(`select court_id, case_type, number_year, count(*)::int as n, max(number_serial) as last,
        (select last_serial from case_number_counters c where c.court_id = k.court_id and c.type_code = k.case_type and c.year = k.number_year and c.special_code = '') as counter
      from cases k where case_number is not null group by court_id, case_type, number_year`);
    expect(series.rows.length).toBeGreaterThan(20);
    for (const s of series.rows) expect([s.n, s.counter]).toEqual([s.last, s.last]);

    // Timelines are contiguous and end in the case's node; each case state has its periods.
    expect(await n(`select count(*) as n from cases k where k.version <> (select count(*) from case_events e where e.case_id = k.id) or k.node <> (select node_after from case_events e where e.case_id = k.id order by seq desc limit 1)`)).toBe(0);
    expect(await n(`select count(*) as n from cases k where k.accepted_on is not null and not exists (select 1 from case_periods p where p.case_id = k.id and p.kind = 'trialLimit' and p.status = case when k.closed_on is null then 'running' else 'completed' end)`)).toBe(0);
    expect(await n(`select count(*) as n from cases k where k.case_type = '民终' and not exists (select 1 from case_events e join cases o on o.id = e.case_id where o.id = k.origin_case_id and e.event = 'appeal' and o.closing_method = 'judgment')`)).toBe(0);
    expect(await n(`select count(*) as n from cases where node in ('assigned', 'hearingScheduled', 'heard')`)).toBeGreaterThan(0);
    expect(await n(`select count(*) as n from cases where node = 'archived'`)).toBeGreaterThan(0);

    // The statistics table agrees with the cases.
    expect(await n(`select sum(received) as n from court_month_stats`)).toBe(await n('select count(*) as n from cases where accepted_on is not null'));
    expect(await n(`select sum(closed) as n from court_month_stats`)).toBe(await n('select count(*) as n from cases where closed_on is not null'));

    // A real filing accepted now continues its court's series for this year.
    const { id } = await fileLoanCase(world.server.baseUrl);
    await acceptCase(world.server.baseUrl, id);
    const number = (await pool.query('select case_number, court_id from cases where id = $1', [id])).rows[0];
    const year = Number(today.slice(0, 4));
    const before = series.rows.find((s) => s.court_id === number.court_id && s.case_type === '民初' && s.number_year === year)?.last ?? 0;
    expect(number.case_number).toMatch(new RegExp(`民初${Number(before) + 1}号$`));

    // A synthetic judge's workbench and case page work over HTTP.
    const busiest = (await pool.query(`select u.username, p.case_id from case_panel p join users u on u.id = p.user_id join cases k on k.id = p.case_id
        where k.node in ('assigned', 'hearingScheduled', 'heard') order by u.id, p.case_id limit 1`)).rows[0];
    const judge = await ApiClient.loggedIn(world.server.baseUrl, busiest.username);
    const mine = await judge.get('/api/v1/cases?view=mine&openOnly=true');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((c: { id: number }) => c.id)).toContain(Number(busiest.case_id));
    const clock = await judge.get(`/api/v1/cases/${busiest.case_id}/clock`);
    expect(clock.body.periods.find((p: { kind: string }) => p.kind === 'trialLimit').trace.length).toBeGreaterThan(1);
    const timeline = await judge.get(`/api/v1/cases/${busiest.case_id}/timeline`);
    expect(timeline.status).toBe(200);

    // The transparency log sees the synthetic timeline as history awaiting the backfill, not as tampering.
    await integrateAll(world.server.deps.db, world.server.deps.transparency);
    const monitor = await monitorLog(world.server.deps.db, world.server.deps.blobs, { previous: null });
    expect(monitor.mismatches).toEqual([]);
    expect(monitor.awaitingBackfill).toBe(report.rows.case_events);

  });

  test('a failed bulk load removes its rows and restores the indexes and foreign keys', async () => {
    const pool = world.server.database.pool;
    const shape = await schemaShape(pool);
    const before = (await pool.query('select count(*)::int as n from case_events')).rows[0].n;
    const failure = withoutSecondaryIndexes(
      pool,
      ['case_events'],
      async () => {
        // Without its foreign key, a row for a case that does not exist goes in; the undo must take it out.
        await pool.query(`insert into case_events (id, case_id, seq, event, node_after) values (999999999, 999999999, 1, 'submit', 'submitted')`);
        throw new Error('load failed');
      },
      async () => {
        await pool.query('delete from case_events where id >= 999999999');
      },
    );
    await expect(failure).rejects.toThrow('load failed');
    expect((await pool.query('select count(*)::int as n from case_events')).rows[0].n).toBe(before);
    expect(await schemaShape(pool)).toEqual(shape);
  });

  test('the seed command refuses a bad count, seed, span or date with its usage, before touching any database', () => {
    for (const args of [['--synthetic', 'many'], ['--synthetic', '0'], ['--synthetic', '10', '--years', '0'], ['--synthetic', '10', '--today', '2026-02-30'], ['--synthetic', '10', '--seed', '-1'], ['--synthetic', '10', 'extra']]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'seed', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
      expect([args.join(' '), r.status]).toEqual([args.join(' '), 2]);
      expect(r.stderr).toContain('usage: courtflow seed --synthetic <N>');
    }
  });
});
