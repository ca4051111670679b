// The period store and the settings snapshot against a real database: starting a period supersedes the running
// one of the same kind (per party for party periods) in one statement; a transaction reads settings once and keeps
// them, and sees its own settings writes.
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { loadClockSettings, saveClockSettings } from '../../src/server/modules/clock/clockSettings';
import { clockEnv, startPeriod } from '../../src/server/modules/clock/periodStore';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';

const world = serverForSpec();

const fact = { 'zh-CN': '测试起算', en: 'test trigger' };

async function periodsOf(caseId: number, kind: string) {
  const r = await world.server.database.pool.query(`select id, party_id, status, completed_reason from case_periods where case_id = $1 and kind = $2 order by id`, [caseId, kind]);
  return r.rows.map((x) => ({ id: Number(x.id), partyId: x.party_id === null ? null : Number(x.party_id), status: x.status, reason: x.completed_reason }));
}

describe('period store', () => {
  test('a period started again supersedes the running one of its kind; party periods only the same party’s', async () => {
    const base = world.server.baseUrl;
    const { id } = await fileLoanCase(base);
    await acceptCase(base, id);
    const { db } = world.server.deps;
    const c = (await world.server.database.pool.query(`select id, court_id from cases where id = $1`, [id])).rows[0];
    const ref = { id: Number(c.id), courtId: Number(c.court_id) };
    const parties = (await world.server.database.pool.query(`select id from case_parties where case_id = $1 order by id`, [id])).rows.map((r) => Number(r.id));
    const [before] = await periodsOf(id, 'serveComplaint');
    expect(before?.status).toBe('running');

    const today = world.server.deps.clock.today();
    const again = await db.transaction(async (tx) => startPeriod(tx, await clockEnv(tx, ref.courtId, today), ref, { kind: 'serveComplaint', triggerOn: today, triggerFact: fact }));
    expect(await periodsOf(id, 'serveComplaint')).toEqual([
      { id: before!.id, partyId: null, status: 'cancelled', reason: 'superseded' },
      { id: again.id, partyId: null, status: 'running', reason: null },
    ]);

    const [a, b] = parties as [number, number];
    const started: number[] = [];
    for (const partyId of [a, b, a]) {
      started.push((await db.transaction(async (tx) => startPeriod(tx, await clockEnv(tx, ref.courtId, today), ref, { kind: 'defence', partyId, triggerOn: today, triggerFact: fact }))).id);
    }
    expect(await periodsOf(id, 'defence')).toEqual([
      { id: started[0], partyId: a, status: 'cancelled', reason: 'superseded' },
      { id: started[1], partyId: b, status: 'running', reason: null },
      { id: started[2], partyId: a, status: 'running', reason: null },
    ]);
  });
});

describe('settings in a transaction', () => {
  test('are read once and kept, while the transaction’s own writes are seen', async () => {
    const { db } = world.server.deps;
    const pool = world.server.database.pool;
    const original = await loadClockSettings(db);
    try {
      await db.transaction(async (tx) => {
        const first = await loadClockSettings(tx);
        // Another connection commits a change meanwhile; this transaction keeps the values it started with.
        await pool.query(`insert into settings (key, value) values ('clock', '{"extensionLeadDays": 9}') on conflict (key) do update set value = excluded.value, version = settings.version + 1`);
        expect((await loadClockSettings(tx)).extensionLeadDays).toBe(first.extensionLeadDays);
        // Its own write is read back.
        await saveClockSettings(tx, { ...first, extensionLeadDays: 11 }, 1);
        expect((await loadClockSettings(tx)).extensionLeadDays).toBe(11);
      });
      // Outside a transaction every read is fresh.
      expect((await loadClockSettings(db)).extensionLeadDays).toBe(11);
      await pool.query(`update settings set value = '{"extensionLeadDays": 8}' where key = 'clock'`);
      expect((await loadClockSettings(db)).extensionLeadDays).toBe(8);
    } finally {
      await db.transaction((tx) => saveClockSettings(tx, original, 1));
    }
    expect((await db.execute<{ v: number }>(sql`select (value->>'extensionLeadDays')::int as v from settings where key = 'clock'`)).rows[0]?.v).toBe(original.extensionLeadDays);
  });
});
