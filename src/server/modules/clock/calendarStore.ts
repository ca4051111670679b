// The working calendar from the database: State Council days, covered years, court closures. Cached per process and
// reloaded when the 'calendar' settings version changes, so every process sees an administrator's change at once.
import { sql } from 'drizzle-orm';
import { buildWorkCalendar, type CalendarDay, type Closure, type WorkCalendar } from '../../../domain/calendar/workCalendar';
import type { Queryable, Tx } from '../../db/database';
import { settingsRow, writeSettingsRow } from '../../db/settingsRows';

interface Snapshot {
  version: number;
  days: CalendarDay[];
  years: number[];
  closures: Map<number, Closure[]>;
  byCourt: Map<number | null, WorkCalendar>;
}

let cached: Snapshot | null = null;

async function calendarVersion(q: Queryable): Promise<number> {
  return (await settingsRow(q, 'calendar'))?.version ?? 0;
}

/** Marks the calendar changed (inside the changing transaction), so that every process reloads it. */
export async function bumpCalendarVersion(tx: Tx, actorId: number | null): Promise<void> {
  await writeSettingsRow(tx, 'calendar', null, actorId);
}

async function load(q: Queryable, version: number): Promise<Snapshot> {
  const [days, years, closures] = [
    await q.execute<{ day: string; off: boolean; name: string }>(sql`select day, off, name from calendar_days order by day`),
    await q.execute<{ year: number }>(sql`select year from calendar_years order by year`),
    await q.execute<{ court_id: number; day: string; reason: string }>(sql`select court_id, day, reason from court_closures`),
  ];
  const byCourt = new Map<number, Closure[]>();
  for (const c of closures.rows) {
    const list = byCourt.get(c.court_id) ?? [];
    list.push({ date: c.day, reason: c.reason });
    byCourt.set(c.court_id, list);
  }
  return {
    version,
    days: days.rows.map((d) => ({ date: d.day, off: d.off, name: d.name })),
    years: years.rows.map((y) => y.year),
    closures: byCourt,
    byCourt: new Map(),
  };
}

/** The calendar that applies to a court's cases (national days plus that court's closures). */
export async function workCalendarFor(q: Queryable, courtId: number | null): Promise<WorkCalendar> {
  const version = await calendarVersion(q);
  if (!cached || cached.version !== version) cached = await load(q, version);
  const hit = cached.byCourt.get(courtId);
  if (hit) return hit;
  const cal = buildWorkCalendar({ days: cached.days, coveredYears: cached.years, closures: courtId === null ? [] : (cached.closures.get(courtId) ?? []) });
  cached.byCourt.set(courtId, cal);
  return cal;
}
