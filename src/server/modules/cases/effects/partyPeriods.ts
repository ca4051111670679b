// A party forgoes its running 答辩期 or 举证期限 (CPL-Interp arts 99, 266): the period ends as waived, on the timeline.
import { sql } from 'drizzle-orm';
import { AppError } from '../../../http/appError';
import type { EffectHandler } from './effectContext';

export const waivePartyPeriod: EffectHandler = async ({ tx, case: c, input, today }) => {
  // The guard saw the period running under the case lock; the sweep may have ended it since, so look again.
  const ended = await tx.execute<{ kind: string; party_id: number | null; due_on: string }>(sql`
    update case_periods set status = 'completed', completed_on = ${today}, completed_reason = 'waived', level = 'none', alert_on = null, updated_at = now()
     where id = ${input.periodId} and case_id = ${c.id} and status = 'running' and kind in ('defence', 'evidence', 'organDefence')
     returning kind, party_id, due_on::text as due_on`);
  const p = ended.rows[0];
  if (!p) throw new AppError(409, 'PERIOD_NOT_WAIVABLE', '该期间已经结束，无需放弃。', 'That period has already ended.');
  return { periodId: input.periodId, kind: p.kind, partyId: p.party_id === null ? null : Number(p.party_id), dueOn: p.due_on, waivedOn: today, statement: input.statement?.trim() || null };
};
