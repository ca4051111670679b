// Runs the scheduled sweeps in every server process; correctness never depends on there being only one.
import type { Deps } from '../deps';
import { backfillPending, backfillStep } from '../modules/transparency/backfill';
import { integrateAll } from '../modules/transparency/transparencyLog';
import { cosignatureJob } from '../modules/transparency/witnessing';
import { sweepPeriods } from './periodSweep';

/** How often queued log entries are sequenced and a checkpoint signed (receipts also sequence on demand). */
const INTEGRATE_EVERY_MS = 1000;

/** A capability's own periodic work (e.g. 一日三通报), handed over by the composition root; run after each sweep. */
export interface PeriodicTask {
  name: string;
  run(deps: Deps): Promise<unknown>;
}

export function startJobs(deps: Deps, intervalSeconds: number, tasks: readonly PeriodicTask[] = []): () => Promise<void> {
  if (intervalSeconds <= 0) return async () => {};
  let running: Promise<unknown> | null = null;
  const runTasks = async () => {
    for (const t of tasks) await t.run(deps).catch((e) => deps.log.error({ err: e }, `${t.name} failed`));
  };
  const tick = () => {
    if (running) return;
    running = sweepPeriods(deps)
      .then((r) => r.claimed && deps.log.info(r, 'period sweep'))
      .catch((e) => deps.log.error({ err: e }, 'period sweep failed'))
      .then(runTasks)
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  setTimeout(tick, 1000).unref();
  let integrating: Promise<unknown> | null = null;
  // Rows from before the log are queued a batch per tick until none are left (then no more queries for it).
  let backfilling = true;
  const backfill = async () => {
    if (!backfilling) return;
    const p = await backfillStep(deps.db);
    if (p.queued) deps.log.info(p, 'transparency log backfill');
    backfilling = await backfillPending(deps.db);
  };
  // Witnesses get the newest checkpoint on the same tick, on their own promise: a slow or absent witness delays
  // only cosignatures, never sequencing (and no case transaction waits on either).
  const witnessTick = deps.transparency.witnesses.length ? cosignatureJob(deps.db, deps.transparency.witnesses, deps.log) : null;
  let witnessing: Promise<unknown> | null = null;
  const sequence = () => {
    integrating ??= backfill()
      .then(() => integrateAll(deps.db, deps.transparency))
      .catch((e) => deps.log.error({ err: e }, 'transparency log integration failed'))
      .finally(() => (integrating = null));
    if (witnessTick)
      witnessing ??= witnessTick()
        .catch((e) => deps.log.error({ err: e }, 'transparency log witnessing failed'))
        .finally(() => (witnessing = null));
  };
  const sequencer = setInterval(sequence, INTEGRATE_EVERY_MS);
  sequencer.unref();
  return async () => {
    clearInterval(timer);
    clearInterval(sequencer);
    await running;
    await integrating;
    await witnessing;
  };
}
