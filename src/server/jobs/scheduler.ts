// Runs the scheduled sweeps in every server process; correctness never depends on there being only one.
import type { Deps } from '../deps';
import { sweepPeriods } from './periodSweep';

export function startJobs(deps: Deps, intervalSeconds: number): () => Promise<void> {
  if (intervalSeconds <= 0) return async () => {};
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = sweepPeriods(deps)
      .then((r) => r.claimed && deps.log.info(r, 'period sweep'))
      .catch((e) => deps.log.error({ err: e }, 'period sweep failed'))
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  setTimeout(tick, 1000).unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
