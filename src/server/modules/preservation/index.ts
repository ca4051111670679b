// The preservation capability's effect handlers, registered with the case-event engine by the composition root.
import type { EffectHandler } from '../cases/effects/effectContext';
import { closePreservation, endPreservationSuitPeriods, liftPreservation, recordPreservationExecution, recordPreservationSuit, registerPreservation, ruleOnPreservation } from './preservationEffects';

export const PRESERVATION_EFFECT_HANDLERS = {
  registerPreservation,
  ruleOnPreservation,
  recordPreservationSuit,
  recordPreservationExecution,
  liftPreservation,
  closePreservation,
  endPreservationSuitPeriods,
} satisfies Record<string, EffectHandler>;
