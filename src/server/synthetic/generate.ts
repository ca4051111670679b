// `courtflow seed --synthetic N`: a deterministic province of N first-instance civil cases (plus the appeals they
// give rise to) over several years, loaded through the real schema with COPY, in chunks, with progress.
import { sql } from 'drizzle-orm';
import { fromDayNumber, toDayNumber } from '../../domain/calendar/dayNumber';
import type { PlainDate } from '../../domain/calendar/plainDate';
import { classifyDay, type WorkCalendar } from '../../domain/calendar/workCalendar';
import { inClientTransaction, type Database } from '../db/database';
import { workCalendarFor } from '../modules/clock/calendarStore';
import { loadClockSettings } from '../modules/clock/clockSettings';
import { rebuildCourtMonthStats } from '../modules/statistics/monthlyStats';
import { appealCases, firstInstanceCase, newBuffers, serialKey, type Buffers, type HistoryContext } from './caseHistory';
import { withoutSecondaryIndexes } from './bulkLoad';
import { buildProvince } from './province';
import { seededRng, weightedPicker } from './random';

export interface SyntheticOptions {
  /** First-instance filings to generate (appeals come on top, about 4 %). */
  cases: number;
  seed: number;
  /** Calendar years of history, ending today. */
  years: number;
  today: PlainDate;
  onProgress?: (p: SyntheticProgress) => void;
  /** After the rows: each index rebuilt and foreign key validated. */
  onStep?: (what: string) => void;
}

export interface SyntheticProgress {
  filings: number;
  target: number;
  cases: number;
  rows: number;
  seconds: number;
}

export interface SyntheticReport {
  courts: number;
  judges: number;
  cases: number;
  appeals: number;
  rows: Record<string, number>;
  seconds: number;
}

// The causes that fill most civil dockets; every other level-3/4 cause of the 2020 catalogue keeps a small share.
const COMMON_CAUSES: Record<string, number> = {
  民间借贷纠纷: 120, 金融借款合同纠纷: 90, 买卖合同纠纷: 80, 离婚纠纷: 70, 信用卡纠纷: 60, 机动车交通事故责任纠纷: 55,
  物业服务合同纠纷: 50, 房屋租赁合同纠纷: 35, 劳动争议: 30, 追索劳动报酬纠纷: 30, 建设工程施工合同纠纷: 25,
  服务合同纠纷: 20, 房屋买卖合同纠纷: 20, 借款合同纠纷: 20, 供用热力合同纠纷: 15, 提供劳务者受害责任纠纷: 12,
  侵权责任纠纷: 10, 抚养纠纷: 10, 继承纠纷: 8, 保证合同纠纷: 8,
};

const CHUNK_CASES = 20_000;

const TABLES = ['cases', 'case_parties', 'case_panel', 'case_events', 'case_periods', 'hearings'] as const;

/** Copies every table's rows side by side, each on its own connection (foreign keys are checked after the load). */
async function flush(database: Database, b: Buffers): Promise<void> {
  await Promise.all(
    Object.values(b).map(async (buffer) => {
      const client = await database.pool.connect();
      try {
        await buffer.flush(client);
      } finally {
        client.release();
      }
    }),
  );
}

const yieldToIo = () => new Promise((resolve) => setImmediate(resolve));

/** Relative filing volume of a day: working days carry the load, a little on rest days, growing each year. */
function dayWeight(cal: WorkCalendar, day: number, firstYear: number): number {
  const date = fromDayNumber(day);
  const kind = classifyDay(cal, date, { weekendsAreRestDays: true }).kind;
  const base = kind === 'workday' || kind === 'makeupWorkday' ? 1 : kind === 'weekend' ? 0.1 : 0.05;
  const month = Number(date.slice(5, 7));
  return base * (month === 12 ? 1.15 : month === 2 ? 0.85 : 1) * 1.06 ** (Number(date.slice(0, 4)) - firstYear);
}

export async function generateProvince(database: Database, o: SyntheticOptions): Promise<SyntheticReport> {
  const started = performance.now();
  const rng = seededRng(o.seed);
  const todayN = toDayNumber(o.today);
  const firstYear = Number(o.today.slice(0, 4)) - o.years + 1;
  const firstDay = toDayNumber(`${firstYear}-01-01`);
  const spanYears = (todayN - firstDay + 1) / 365.25;

  const courts = await inClientTransaction(database.pool, async (client) => {
    await client.query('select pg_advisory_xact_lock(7364022)');
    return buildProvince(client, rng, o.cases / spanYears);
  });
  const trial = courts.filter((c) => c.divisions.length > 0 && c.rooms.length > 0);
  const causes = (await database.db.execute<{ id: number; name: string }>(sql`select id, name from causes where edition = '2020' and level >= 3 and is_active order by id`)).rows;
  const pickCause = weightedPicker(causes.map((c) => [c, COMMON_CAUSES[c.name] ?? 0.05] as const));
  const next = async (table: string) => Number((await database.pool.query(`select coalesce(max(id), 0) + 1 as n from ${table}`)).rows[0].n);
  // The stored calendar and clock settings, as the application's own periods use them.
  const calendar = await workCalendarFor(database.db, null);
  const ctx: HistoryContext = {
    rng,
    env: { calendar, settings: await loadClockSettings(database.db), today: o.today },
    todayN,
    dueMemo: new Map(),
    courts: new Map(trial.map((c) => [c.id, c])),
    pickFirstInstanceCourt: weightedPicker(trial.map((c) => [c, c.weight] as const)),
    pickCause,
    ids: { case: await next('cases'), party: await next('case_parties'), event: await next('case_events'), period: await next('case_periods'), hearing: await next('hearings') },
    serials: new Map(),
    buffers: newBuffers(),
    appeals: new Map(),
    counts: { cases: 0, appeals: 0 },
  };
  // Existing numbers (demo cases, earlier runs) continue their series.
  for (const r of (await database.pool.query<{ court_id: number; special_code: string; type_code: string; year: number; last_serial: number }>('select * from case_number_counters')).rows) {
    ctx.serials.set(serialKey(r.court_id, r.special_code, r.type_code, r.year), r.last_serial);
  }

  const weights: number[] = [];
  for (let d = firstDay; d <= todayN; d++) weights.push(dayWeight(calendar, d, firstYear));
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  const rows: Record<string, number> = { cases: 0, case_parties: 0, case_panel: 0, case_events: 0, case_periods: 0, hearings: 0 };
  const count = (b: Buffers) => {
    for (const x of Object.values(b)) rows[x.table] = (rows[x.table] ?? 0) + x.rows;
  };
  let filings = 0;
  let cumulative = 0;
  let loaded = 0;
  const start = { ...ctx.ids };
  const undo = async () => {
    await database.pool.query('delete from case_panel where case_id >= $1', [start.case]);
    for (const [table, from] of [['hearings', start.hearing], ['case_periods', start.period], ['case_events', start.event], ['case_parties', start.party], ['cases', start.case]] as const) {
      await database.pool.query(`delete from ${table} where id >= $1`, [from]);
    }
  };
  // The monthly statistics are recomputed once after the load instead of row by row.
  await database.pool.query('alter table cases disable trigger cases_month_stats');
  try {
    await withoutSecondaryIndexes(
      database.pool,
      TABLES,
      async () => {
        // Each chunk is copied while the next one is generated (the generator yields so the copy can proceed).
        let copying: Promise<void> = Promise.resolve();
        for (let d = firstDay; d <= todayN; d++) {
          cumulative += weights[d - firstDay]!;
          const due = Math.round((o.cases * cumulative) / totalWeight);
          while (filings < due) {
            firstInstanceCase(ctx, d);
            if (++filings % 500 === 0) await yieldToIo();
          }
          appealCases(ctx, d);
          if (ctx.buffers.cases.rows >= CHUNK_CASES || d === todayN) {
            const full = ctx.buffers;
            ctx.buffers = newBuffers();
            count(full);
            const chunkRows = Object.values(full).reduce((n, x) => n + x.rows, 0);
            await copying;
            copying = flush(database, full).then(() => {
              loaded += chunkRows;
              o.onProgress?.({ filings, target: o.cases, cases: ctx.counts.cases, rows: loaded, seconds: (performance.now() - started) / 1000 });
            });
            // Awaited at the next chunk; until then a failure must not count as unhandled.
            copying.catch(() => undefined);
          }
        }
        await copying;
      },
      undo,
      (what) => o.onStep?.(what),
    );
  } finally {
    o.onStep?.('court_month_stats');
    await database.db.transaction(async (tx) => {
      await rebuildCourtMonthStats(tx);
      await tx.execute(sql`alter table cases enable trigger cases_month_stats`);
    });
  }

  // Sequences, case-number series and the transparency log's view of this history, then fresh statistics.
  for (const [table, column] of [['cases', 'id'], ['case_parties', 'id'], ['case_events', 'id'], ['case_periods', 'id'], ['hearings', 'id']] as const) {
    await database.pool.query(`select setval(pg_get_serial_sequence('${table}', '${column}'), (select coalesce(max(${column}), 1) from ${table}))`);
  }
  const series = [...ctx.serials.entries()].map(([k, v]) => {
    const [courtId, special, typeCode, year] = k.split('|');
    return { courtId: Number(courtId), special: special!, typeCode: typeCode!, year: Number(year), last: v };
  });
  await database.pool.query(
    `insert into case_number_counters (court_id, special_code, type_code, year, last_serial)
     select * from unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::int[])
     on conflict (court_id, special_code, type_code, year) do update set last_serial = greatest(case_number_counters.last_serial, excluded.last_serial)`,
    [series.map((s) => s.courtId), series.map((s) => s.special), series.map((s) => s.typeCode), series.map((s) => s.year), series.map((s) => s.last)],
  );
  // Synthetic history is history the log never saw: the backfill logs it like a court's pre-upgrade records.
  await database.pool.query(`update tlog_backfill set below = greatest(below, (select coalesce(max(id), 0) + 1 from case_events)) where kind = 'caseEvent'`);
  // Statistics for the planner and the visibility map for index-only scans (counts, the workbench's joins).
  await database.pool.query('vacuum analyze cases, case_parties, case_panel, case_events, case_periods, hearings, users, court_month_stats');
  const judges = trial.reduce((s, c) => s + c.divisions.reduce((t, d) => t + d.judges.length, 0), 0);
  return { courts: trial.length, judges, cases: ctx.counts.cases, appeals: ctx.counts.appeals, rows, seconds: (performance.now() - started) / 1000 };
}
