// Recomputing running periods after the calendar or a court's closures change; reports which due dates moved.
import { sql } from 'drizzle-orm';
import type { MovedPeriod } from '../../../contracts/clock';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { casePeriods } from '../../db/schema';
import { appendCaseEvent, loadCase } from '../cases/caseRecord';
import { periodLabel } from './periodLabels';
import { clockEnv, refreshPeriod, type ClockEnv } from './periodStore';
import { refreshTrialLimit, TRIAL_LIMIT } from './trialLimitStore';

type PeriodRow = typeof casePeriods.$inferSelect;

async function recomputeOne(tx: Tx, env: ClockEnv, p: PeriodRow): Promise<string | null> {
  if (p.kind === TRIAL_LIMIT) {
    const c = await loadCase(tx, p.caseId);
    return (await refreshTrialLimit(tx, env, c!)).after;
  }
  const due = (await refreshPeriod(tx, env, p)).after;
  if (p.kind === 'filingReview') await tx.execute(sql`update cases set review_due_on = ${due} where id = ${p.caseId} and node = 'submitted'`);
  return due;
}

/**
 * Recomputes every running period that could end on or after `from` (of one court, or all), inside the transaction
 * that changed the calendar, and records on each affected case's timeline which due dates moved.
 */
export async function recomputeRunningPeriods(tx: Tx, actor: Actor, at: { today: string; now: Date }, scope: { from: string; courtId?: number }): Promise<{ recomputed: number; moved: MovedPeriod[] }> {
  const rows = await tx
    .select()
    .from(casePeriods)
    .where(sql`${casePeriods.status} = 'running' and (${casePeriods.dueOn} is null or ${casePeriods.dueOn} >= ${scope.from}::date - 31)
               ${scope.courtId ? sql`and ${casePeriods.courtId} = ${scope.courtId}` : sql``}`)
    .orderBy(casePeriods.caseId, casePeriods.id)
    .for('update');
  const moved: MovedPeriod[] = [];
  const envs = new Map<number, ClockEnv>();
  for (const p of rows) {
    const env = envs.get(p.courtId) ?? (await clockEnv(tx, p.courtId, at.today));
    envs.set(p.courtId, env);
    const after = await recomputeOne(tx, env, p);
    if (after !== p.dueOn) moved.push({ caseId: p.caseId, caseNumber: null, kind: p.kind, label: periodLabel(p.kind), oldDueOn: p.dueOn, newDueOn: after });
  }
  const byCase = new Map<number, MovedPeriod[]>();
  for (const m of moved) byCase.set(m.caseId, [...(byCase.get(m.caseId) ?? []), m]);
  for (const [caseId, list] of byCase) {
    const c = await loadCase(tx, caseId);
    for (const m of list) m.caseNumber = c!.caseNumber;
    await appendCaseEvent(tx, {
      caseId,
      event: 'periodsRecomputed',
      actorId: actor.userId,
      actorRole: 'admin',
      nodeBefore: c!.node,
      nodeAfter: c!.node,
      payload: { reason: 'calendarChanged', moved: list.map((m) => ({ kind: m.kind, oldDueOn: m.oldDueOn, newDueOn: m.newDueOn })) },
      at: at.now,
    });
  }
  return { recomputed: rows.length, moved };
}
