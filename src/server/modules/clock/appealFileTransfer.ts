// CPL-2023 art 174: once every appellee's defence is in or its period has ended, the first-instance court sends the
// file up within 5 days. Started by the defence event or by the sweep when the last defence period runs out.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { clockEnv, startPeriod } from './periodStore';
import type { PlainDate } from '../../../domain/calendar/plainDate';

export const APPEAL_FILE_TRANSFER = 'appealFileTransfer';

/** Starts the transfer period if no appellee's defence period still runs and none was started; returns its due date. */
export async function startAppealFileTransferIfReady(tx: Tx, c: { id: number; courtId: number }, today: PlainDate): Promise<string | null> {
  // Serialises two sweepers (or a sweeper and a clerk) finishing different appellees' periods of one case.
  await tx.execute(sql`select id from cases where id = ${c.id} for update`);
  const r = await tx.execute<{ running: string; last_end: string | null; started: string }>(sql`
    select count(*) filter (where kind = 'appelleeDefence' and status = 'running') as running,
           max(coalesce(completed_on, due_on)::text) filter (where kind = 'appelleeDefence' and status <> 'cancelled') as last_end,
           count(*) filter (where kind = ${APPEAL_FILE_TRANSFER} and status <> 'cancelled') as started
      from case_periods where case_id = ${c.id}`);
  const s = r.rows[0]!;
  if (Number(s.running) > 0 || Number(s.started) > 0 || !s.last_end) return null;
  const env = await clockEnv(tx, c.courtId, today);
  const p = await startPeriod(tx, env, c, {
    kind: APPEAL_FILE_TRANSFER,
    triggerOn: s.last_end,
    triggerFact: { 'zh-CN': '被上诉人答辩状收到或答辩期届满', en: "the appellees' defences received or their period ended" },
    triggerSource: 'CPL-2023 art 174',
  });
  return p.dueOn;
}
