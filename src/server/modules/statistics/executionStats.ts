// 执行 figures from the execution cases (issue 17 item 6): received per month (by 立案), closed per month (by 结案) and
// by closing method, 执行完毕率, 终本率, 执行到位率 and mean days over the months, by court, execution team and officer.
import { sql, type SQL } from 'drizzle-orm';
import type { ExecutionStats } from '../../../contracts/statistics';
import { EXECUTION_CLOSING_METHODS, executionRates, type ExecutionClosingMethod } from '../../../domain/execution';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Queryable } from '../../db/database';
import { settlementFigures } from '../executionSettlement/settlementFigures';
import { monthsUpTo } from './monthlyStats';

// Counts and sums arrive as JSON numbers (fen sums stay far below 2^53).
type Num = number | string;
type Sums = { received: Num; closed: Num; applied_fen: Num | null; paid_fen: Num | null; day_sum: Num | null; day_n: Num } & Record<ExecutionClosingMethod, Num>;
type GroupRow = Sums & { set: number; court_id: number; team_id: number | null; judge_id: number | null; court_name: string; officer_name: string | null; team_name: string | null };
type Figures = Omit<ExecutionStats['total'], 'monthly'>;

const ZERO_BY = Object.fromEntries(EXECUTION_CLOSING_METHODS.map((m) => [m, 0])) as Record<ExecutionClosingMethod, number>;

/** The figures of one group; the totals add the groups' sums up and use the same function. */
type GroupSums = { received: number; closed: number; closedBy: Record<ExecutionClosingMethod, number>; appliedFen: bigint; paidFen: bigint; daySum: number; dayN: number };

function figures(s: GroupSums): Figures {
  const { closed } = s;
  return {
    received: s.received,
    closed,
    closedBy: s.closedBy,
    ...executionRates({ closed, completed: s.closedBy.completed, currentRoundEnded: s.closedBy.currentRoundEnded, paidFen: s.paidFen, appliedFen: s.appliedFen }),
    appliedAmount: fenToYuan(s.appliedFen),
    paidAmount: fenToYuan(s.paidFen),
    averageDays: s.dayN ? Math.round((s.daySum / s.dayN) * 10) / 10 : null,
  };
}

function sumsOf(r: Sums): GroupSums {
  const closedBy = Object.fromEntries(EXECUTION_CLOSING_METHODS.map((m) => [m, Number(r[m])])) as Record<ExecutionClosingMethod, number>;
  return { received: Number(r.received), closed: Number(r.closed), closedBy, appliedFen: BigInt(r.applied_fen ?? 0), paidFen: BigInt(r.paid_fen ?? 0), daySum: Number(r.day_sum ?? 0), dayN: Number(r.day_n) };
}

const NONE: GroupSums = { received: 0, closed: 0, closedBy: { ...ZERO_BY }, appliedFen: 0n, paidFen: 0n, daySum: 0, dayN: 0 };

export async function executionStats(q: Queryable, courts: { id: number; name: string }[], today: string, count: number, timeZone: string): Promise<ExecutionStats> {
  const months = monthsUpTo(today, count);
  const from = months[0]!;
  const ids = `{${courts.map((c) => c.id).join(',')}}`;
  // Every case with an execution record (执, and 执恢 when it has one), registered or closed in the months. Paid: the
  // case's disbursements not reversed (execution_ledger_entries), counted up to the amount applied for — the domain's
  // paidTowardApplication — and only for the cases closed in the months, the cases the rates are over.
  const cases = sql`
    select k.id, k.court_id, k.judge_id, x.team_id, k.accepted_on, k.closed_on, k.closing_method,
           case when k.closed_on >= ${from} then x.amount_fen end as applied_fen,
           case when k.closed_on >= ${from} then least(greatest(coalesce(p.fen, 0), 0), x.amount_fen) end as paid_fen
      from execution_cases x join cases k on k.id = x.case_id
      left join lateral (
        select sum(e.amount_fen) as fen from execution_ledger_entries e
         where e.case_id = k.id and e.kind = 'disbursement' and e.reversed_by is null and k.closed_on >= ${from}
      ) p on true
     where k.court_id = any(${ids}::int[]) and (k.accepted_on >= ${from} or k.closed_on >= ${from})`;
  const byMethod = sql.join(
    EXECUTION_CLOSING_METHODS.map((m) => sql`count(*) filter (where m.closed_on >= ${from} and m.closing_method = ${m}) as ${sql.identifier(m)}`),
    sql`, `,
  );
  const sums: SQL = sql`
    count(*) filter (where m.accepted_on >= ${from}) as received,
    count(*) filter (where m.closed_on >= ${from}) as closed, ${byMethod},
    sum(m.applied_fen) as applied_fen, sum(m.paid_fen) as paid_fen,
    sum(m.closed_on - m.accepted_on) filter (where m.closed_on >= ${from}) as day_sum,
    count(m.closed_on - m.accepted_on) filter (where m.closed_on >= ${from}) as day_n`;
  // One statement, the cases read once and grouped three ways; grouping() tells the sets apart: 3 = by court,
  // 1 = by team (with its court), 2 = by officer (with the case's court).
  const r = await q.execute<{ groups: GroupRow[] | null; monthly: { court_id: number; month: string; received: string; closed: string }[] | null }>(sql`
    with m as (${cases}),
    g as (
      select grouping(m.court_id, m.team_id, m.judge_id) as set, m.court_id, m.team_id, m.judge_id, ${sums}
        from m group by grouping sets ((m.court_id), (m.team_id, m.court_id), (m.judge_id, m.court_id))
    ),
    mo as (
      select m.court_id, to_char(x.month, 'YYYY-MM') as month,
             count(*) filter (where x.what = 'received') as received, count(*) filter (where x.what = 'closed') as closed
        from m cross join lateral (values (date_trunc('month', m.accepted_on), 'received'), (date_trunc('month', m.closed_on), 'closed')) x(month, what)
       where x.month >= ${from} group by 1, 2
    )
    select (select json_agg(to_jsonb(g) || jsonb_build_object('court_name', ct.name, 'officer_name', u.display_name, 'team_name', tm.name)
                            order by ct.name, u.display_name, g.team_id)
              from g join courts ct on ct.id = g.court_id left join users u on g.set = 2 and u.id = g.judge_id
                     left join execution_teams tm on g.set = 1 and tm.id = g.team_id
             where g.set = 3 or (g.set = 1 and g.team_id is not null) or (g.set = 2 and g.judge_id is not null)) as groups,
           (select json_agg(mo) from mo) as monthly`);
  const row = r.rows[0]!;
  const groups = row.groups ?? [];
  const monthly = row.monthly ?? [];
  const labels = months.map((m) => m.slice(0, 7));
  const series = (courtId: number | null, pick: 'received' | 'closed') =>
    labels.map((l) => monthly.filter((x) => (courtId === null || Number(x.court_id) === courtId) && x.month === l).reduce((s, x) => s + Number(x[pick]), 0));
  const byCourt = groups.filter((g) => g.set === 3);
  const courtRows = courts.map((c) => {
    const g = byCourt.find((x) => Number(x.court_id) === c.id);
    const f = figures(g ? sumsOf(g) : NONE);
    return { courtId: c.id, courtName: c.name, monthly: { received: series(c.id, 'received'), closed: series(c.id, 'closed') }, ...f };
  });
  const all = byCourt.map(sumsOf);
  const add = (k: 'received' | 'closed' | 'daySum' | 'dayN') => all.reduce((s, x) => s + x[k], 0);
  const total = figures({
    received: add('received'),
    closed: add('closed'),
    closedBy: Object.fromEntries(EXECUTION_CLOSING_METHODS.map((m) => [m, all.reduce((s, x) => s + x.closedBy[m], 0)])) as Record<ExecutionClosingMethod, number>,
    appliedFen: all.reduce((s, x) => s + x.appliedFen, 0n),
    paidFen: all.reduce((s, x) => s + x.paidFen, 0n),
    daySum: add('daySum'),
    dayN: add('dayN'),
  });
  const where = (g: GroupRow) => ({ courtId: Number(g.court_id), courtName: g.court_name });
  // 一日三通报's goal as the statistics count it: the latest report of each court (one index read per court).
  const reports = await q.execute<{ court_id: number; slot: string; totals: { unclaimedCount: number; unclaimedAmount: string; heldOverdue: number; goalMet: boolean } }>(sql`
    select distinct on (court_id) court_id, to_char(slot_at at time zone ${timeZone}, 'YYYY-MM-DD HH24:MI') as slot, content->'totals' as totals
      from execution_fund_reports where court_id = any(${ids}::int[]) order by court_id, slot_at desc`);
  const courtName = new Map(courts.map((c) => [c.id, c.name]));
  const fundReports = reports.rows.map((r) => ({ courtId: Number(r.court_id), courtName: courtName.get(Number(r.court_id)) ?? '', slot: r.slot, unclaimedCount: r.totals.unclaimedCount, unclaimedAmount: r.totals.unclaimedAmount, heldOverdue: r.totals.heldOverdue, goalMet: r.totals.goalMet }));
  return {
    fundReports,
    settlements: await settlementFigures(q, courts, from),
    months: labels,
    courts: courtRows,
    byTeam: groups.filter((g) => g.set === 1).map((g) => ({ teamId: Number(g.team_id), name: g.team_name, ...where(g), ...figures(sumsOf(g)) })),
    byOfficer: groups.filter((g) => g.set === 2).map((g) => ({ officerId: Number(g.judge_id), name: g.officer_name ?? '', ...where(g), ...figures(sumsOf(g)) })),
    total: { monthly: { received: series(null, 'received'), closed: series(null, 'closed') }, ...total },
  };
}
