// 诉前调解 figures from the matters and their entrustments: received per month (by receipt), settled and failed per
// month (by the end), rates and mean duration over the months, by court, organisation and mediator; 司法确认 decided.
import { sql } from 'drizzle-orm';
import type { MediationStats } from '../../../contracts/statistics';
import { mediationRates } from '../../../domain/mediation/mediationFigures';
import type { Queryable } from '../../db/database';
import { monthsUpTo } from './monthlyStats';

type GroupRow = {
  key: number;
  name: string;
  extra: string | null;
  received: string;
  settled: string;
  failed: string;
  withdrawn: string;
  avg_days: string | null;
};

const outcomes = (r: GroupRow) => {
  const o = { settled: Number(r.settled), failed: Number(r.failed), withdrawn: Number(r.withdrawn) };
  const { successRate, conversionRate } = mediationRates(o);
  return { received: Number(r.received), ...o, successRate, conversionRate, averageDays: r.avg_days === null ? null : Math.round(Number(r.avg_days) * 10) / 10 };
};

export async function mediationStats(q: Queryable, courts: { id: number; name: string }[], today: string, count: number, timeZone: string): Promise<MediationStats> {
  const months = monthsUpTo(today, count);
  const from = months[0]!;
  const ids = `{${courts.map((c) => c.id).join(',')}}`;
  // A matter's end: the entrustment's end date, or (withdrawn before any entrustment) the day it entered its last node.
  const matters = sql`
    select k.id, k.court_id, k.received_on, k.node, e.organisation_id, e.mediator_id,
           case when k.node in ('agreed', 'failed', 'withdrawn') then coalesce(e.ended_on, (k.node_entered_at at time zone ${timeZone})::date) end as ended_on
      from cases k left join mediation_entrustments e on e.case_id = k.id
     where k.case_type = '民诉前调' and k.court_id = any(${ids}::int[])`;
  const figures = sql`
    count(*) filter (where m.received_on >= ${from}) as received,
    count(*) filter (where m.node = 'agreed' and m.ended_on >= ${from}) as settled,
    count(*) filter (where m.node = 'failed' and m.ended_on >= ${from}) as failed,
    count(*) filter (where m.node = 'withdrawn' and m.ended_on >= ${from}) as withdrawn,
    avg(m.ended_on - m.received_on) filter (where m.ended_on >= ${from}) as avg_days`;
  // One statement: the matters are read once (a CTE used twice is materialised) and grouped three ways by grouping
  // sets — grouping() tells the sets apart: 3 = by court, 5 = by organisation, 4 = by mediator (with its organisation).
  const r = await q.execute<{ groups: (GroupRow & { set: number })[] | null; monthly: { court_id: number; month: string; received: string; settled: string; failed: string }[] | null; decided: { granted: string; dismissed: string; refused: string } }>(sql`
    with m as (${matters}),
    g as (
      select grouping(m.court_id, m.organisation_id, m.mediator_id) as set, m.court_id, m.organisation_id, m.mediator_id, ${figures}
        from m group by grouping sets ((m.court_id), (m.organisation_id), (m.mediator_id, m.organisation_id))
    ),
    mo as (
      select m.court_id, to_char(x.month, 'YYYY-MM') as month,
             count(*) filter (where x.what = 'received') as received, count(*) filter (where x.what = 'agreed') as settled, count(*) filter (where x.what = 'failed') as failed
        from m cross join lateral (values (date_trunc('month', m.received_on), 'received'), (date_trunc('month', m.ended_on), m.node)) x(month, what)
       where x.month >= ${from} group by 1, 2
    )
    select (select json_agg(json_build_object('set', g.set, 'key', coalesce(g.mediator_id, g.organisation_id, g.court_id),
                                              'name', case g.set when 3 then ct.name when 5 then o.name else u.display_name end,
                                              'extra', case g.set when 4 then o.name end,
                                              'received', g.received, 'settled', g.settled, 'failed', g.failed, 'withdrawn', g.withdrawn, 'avg_days', g.avg_days)
                            order by case g.set when 3 then ct.name when 5 then o.name else u.display_name end)
              from g left join courts ct on ct.id = g.court_id left join mediation_organisations o on o.id = g.organisation_id left join users u on u.id = g.mediator_id
             where (g.set = 3 and g.court_id is not null) or (g.set = 5 and g.organisation_id is not null) or (g.set = 4 and g.mediator_id is not null)) as groups,
           (select json_agg(mo) from mo) as monthly,
           (select json_build_object(
                     'granted', count(*) filter (where ev.event = 'ruleOnConfirmation' and ev.payload->'input'->>'decision' = 'confirm'),
                     'dismissed', count(*) filter (where ev.event = 'ruleOnConfirmation' and ev.payload->'input'->>'decision' = 'dismiss'),
                     'refused', count(*) filter (where ev.event = 'rejectConfirmation'))
              from cases k join case_events ev on ev.case_id = k.id
             where k.case_type = '民特' and k.court_id = any(${ids}::int[]) and ev.event in ('ruleOnConfirmation', 'rejectConfirmation')
               and (ev.at at time zone ${timeZone})::date >= ${from}) as decided`);
  const row = r.rows[0]!;
  const groups = row.groups ?? [];
  const inSet = (set: 3 | 4 | 5) => groups.filter((x) => x.set === set);
  const [byCourt, byOrg, byMediator] = [inSet(3), inSet(5), inSet(4)];
  const monthly = row.monthly ?? [];
  const labels = months.map((m) => m.slice(0, 7));
  const courtRows = courts.map((c) => {
    const r = byCourt.find((x) => Number(x.key) === c.id);
    const series = (pick: 'received' | 'settled' | 'failed') => labels.map((l) => Number(monthly.find((x) => Number(x.court_id) === c.id && x.month === l)?.[pick] ?? 0));
    return {
      courtId: c.id,
      courtName: c.name,
      monthly: { received: series('received'), settled: series('settled'), failed: series('failed') },
      ...(r ? outcomes(r) : { received: 0, settled: 0, failed: 0, withdrawn: 0, successRate: null, conversionRate: null, averageDays: null }),
    };
  });
  const sum = (k: 'received' | 'settled' | 'failed' | 'withdrawn') => byCourt.reduce((s, r) => s + Number(r[k]), 0);
  const ended = byCourt.reduce((s, r) => s + Number(r.settled) + Number(r.failed) + Number(r.withdrawn), 0);
  const weightedDays = byCourt.reduce((s, r) => s + (r.avg_days === null ? 0 : Number(r.avg_days) * (Number(r.settled) + Number(r.failed) + Number(r.withdrawn))), 0);
  const totals = { settled: sum('settled'), failed: sum('failed'), withdrawn: sum('withdrawn') };
  const d = row.decided;
  return {
    months: labels,
    courts: courtRows,
    byOrganisation: byOrg.map((r) => ({ organisationId: Number(r.key), name: r.name, ...outcomes(r) })),
    byMediator: byMediator.map((r) => ({ mediatorId: Number(r.key), name: r.name, organisationName: r.extra ?? '', ...outcomes(r) })),
    total: {
      received: sum('received'),
      ...totals,
      ...(({ successRate, conversionRate }) => ({ successRate, conversionRate }))(mediationRates(totals)),
      averageDays: ended ? Math.round((weightedDays / ended) * 10) / 10 : null,
      confirmationsGranted: Number(d.granted),
      confirmationsDismissed: Number(d.dismissed),
      confirmationsRefused: Number(d.refused),
    },
  };
}
