// Registered and closed cases per court and month, read from court_month_stats (kept by a trigger on cases).
import { sql } from 'drizzle-orm';
import type { MonthlyStats } from '../../../contracts/statistics';
import { addMonthsClamped } from '../../../domain/calendar/dayNumber';
import type { Queryable } from '../../db/database';

/** The first day of each of the `count` months ending with the month of `today`, oldest first. */
export function monthsUpTo(today: string, count: number): string[] {
  const first = `${today.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) => addMonthsClamped(first, i - count + 1).date);
}

export async function monthlyStats(q: Queryable, courts: { id: number; name: string }[], today: string, count: number): Promise<MonthlyStats> {
  const months = monthsUpTo(today, count);
  const ids = `{${courts.map((c) => c.id).join(',')}}`;
  const rows = await q.execute<{ court_id: number; month: string; received: number; closed: number }>(sql`
    select court_id, to_char(month, 'YYYY-MM-DD') as month, received, closed from court_month_stats
     where court_id = any(${ids}::int[]) and month >= ${months[0]} and month <= ${months[months.length - 1]}`);
  // Open cases = everything ever registered minus everything ever closed, per court.
  const pending = await q.execute<{ court_id: number; n: string; level: string }>(sql`
    select c.id as court_id, c.level, coalesce((select sum(received) - sum(closed) from court_month_stats s where s.court_id = c.id), 0) as n
      from courts c where c.id = any(${ids}::int[])`);
  const index = new Map(months.map((m, i) => [m, i]));
  const byCourt = new Map(courts.map((c) => [c.id, { courtId: c.id, courtName: c.name, level: '', received: months.map(() => 0), closed: months.map(() => 0), pending: 0 }]));
  for (const r of rows.rows) {
    const c = byCourt.get(Number(r.court_id))!;
    const i = index.get(r.month)!;
    c.received[i] = Number(r.received);
    c.closed[i] = Number(r.closed);
  }
  for (const p of pending.rows) {
    const c = byCourt.get(Number(p.court_id))!;
    c.pending = Number(p.n);
    c.level = p.level;
  }
  const list = [...byCourt.values()];
  const sum = (pick: (c: (typeof list)[number]) => number[]) => months.map((_, i) => list.reduce((s, c) => s + pick(c)[i]!, 0));
  return {
    months: months.map((m) => m.slice(0, 7)),
    courts: list,
    total: { received: sum((c) => c.received), closed: sum((c) => c.closed), pending: list.reduce((s, c) => s + c.pending, 0) },
  };
}

/** After a bulk load with the trigger set aside: the table recomputed from every case. */
export async function rebuildCourtMonthStats(q: Queryable): Promise<void> {
  await q.execute(sql`delete from court_month_stats`);
  await q.execute(sql`
    insert into court_month_stats (court_id, month, received, closed)
    select court_id, month, sum(received)::int, sum(closed)::int from (
      select court_id, date_trunc('month', accepted_on)::date as month, 1 as received, 0 as closed from cases where accepted_on is not null
      union all
      select court_id, date_trunc('month', closed_on)::date, 0, 1 from cases where closed_on is not null
    ) x group by court_id, month`);
}
