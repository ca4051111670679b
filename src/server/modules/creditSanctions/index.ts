// The credit-sanctions capability as the composition root registers it: the case-event follower, the periodic sweep.
import { deletionGroundForClosing } from '../../../domain/creditSanctions/dishonestListing';
import type { PeriodicTask } from '../../jobs/scheduler';
import type { CaseEventFollower } from '../cases/effects/effectContext';
import { recordCaseDeletionGround, sweepCreditSanctions } from './deletion';
import { liftOnPerformance } from './restrictions';

/**
 * After an execution case closes (closeExecution): 执行完毕 / 终结执行 / 不予执行 is a deletion ground of every listing
 * (DISHONEST art 10(1), (6), (7)); 执行完毕 also lifts the restriction orders (CONSUME-2010 art 9: must).
 */
export const creditSanctionsOnClosing: CaseEventFollower = async (ctx) => {
  if (ctx.event !== 'closeExecution') return {};
  const method = String(ctx.input?.method ?? '');
  const ground = deletionGroundForClosing(method);
  if (!ground) return {};
  const clock = { today: ctx.today, now: ctx.now };
  const listings = await recordCaseDeletionGround(ctx.tx, ctx.deps, ctx.case.id, ground, ctx.today, clock);
  const lifted = method === 'completed' ? await liftOnPerformance(ctx.tx, ctx.case.id, ctx.today) : [];
  return listings || lifted.length ? { creditSanctions: { deletionGround: ground, listings, restrictionsLifted: lifted } } : {};
};

export const CREDIT_SANCTIONS_TASK: PeriodicTask = { name: '失信名单 sweep (预告 in effect, terms expired)', run: sweepCreditSanctions };
