// 执前调 and 执行和解 in the execution figures (issue 18 item 6): 执前调 matters received in the months and settled
// (agreement), and the settlements made in the months, performed in full or defaulted — per court, in one statement.
import { sql } from 'drizzle-orm';
import type { ExecutionStats, SettlementFigures } from '../../../contracts/statistics';
import { preExecutionSettledRate } from '../../../domain/execution/settlement';
import type { Queryable } from '../../db/database';

type Row = { court_id: number; received: number; settled: number; made: number; performed: number; defaulted: number };

const figures = (r: Omit<Row, 'court_id'>): SettlementFigures => ({
  preExecutionReceived: r.received,
  preExecutionSettled: r.settled,
  preExecutionSettledRate: preExecutionSettledRate(r.settled, r.received),
  settlementsMade: r.made,
  settlementsPerformed: r.performed,
  settlementsDefaulted: r.defaulted,
});

export async function settlementFigures(q: Queryable, courts: { id: number; name: string }[], from: string): Promise<ExecutionStats['settlements']> {
  const ids = `{${courts.map((c) => c.id).join(',')}}`;
  const r = await q.execute<Row>(sql`
    select c.id as court_id,
           (select count(*)::int from cases k where k.court_id = c.id and k.case_type = '执前调' and k.received_on >= ${from}) as received,
           (select count(*)::int from cases k where k.court_id = c.id and k.case_type = '执前调' and k.received_on >= ${from} and k.node = 'agreed') as settled,
           (select count(*)::int from execution_settlements s where s.court_id = c.id and s.agreed_on >= ${from}) as made,
           (select count(*)::int from execution_settlements s where s.court_id = c.id and s.agreed_on >= ${from} and s.status = 'performed') as performed,
           (select count(*)::int from execution_settlements s where s.court_id = c.id and s.agreed_on >= ${from} and s.status = 'defaulted') as defaulted
      from unnest(${ids}::int[]) as c(id)`);
  const byId = new Map(r.rows.map((x) => [Number(x.court_id), x]));
  const zero = { received: 0, settled: 0, made: 0, performed: 0, defaulted: 0 };
  const rows = courts.map((c) => ({ courtId: c.id, courtName: c.name, ...figures(byId.get(c.id) ?? zero) }));
  const sum = (k: keyof typeof zero) => r.rows.reduce((s, x) => s + Number(x[k]), 0);
  return { courts: rows, total: figures({ received: sum('received'), settled: sum('settled'), made: sum('made'), performed: sum('performed'), defaulted: sum('defaulted') }) };
}
