// The courts a court's 院庭长 oversee: their own and every court under it (a high court's province, an
// intermediate court's district), for supervision views and statistics.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';

export async function supervisedCourts(q: Queryable, ownCourtId: number): Promise<{ id: number; name: string; own: boolean }[]> {
  const r = await q.execute<{ id: number; name: string; depth: number }>(sql`
    with recursive under(id, depth) as (
      select id, 0 from courts where id = ${ownCourtId}
      union all
      select c.id, under.depth + 1 from courts c join under on c.parent_id = under.id where under.depth < 4
    )
    select c.id, c.name, under.depth from under join courts c on c.id = under.id where c.is_active order by under.depth, c.code`);
  return r.rows.map((x) => ({ id: Number(x.id), name: x.name, own: Number(x.depth) === 0 }));
}
