// The mediation capability's effect handlers, registered with the case-event engine by the composition root.
import type { EffectHandler } from '../cases/effects/effectContext';
import { acceptEntrustment, declineEntrustment, designateMediator, extendMediation, openMediation } from './entrustmentEffects';
import { concludeAgreement, draftAgreement, endMediation, signAgreement, withdrawMediation } from './outcomeEffects';

export const MEDIATION_EFFECT_HANDLERS = {
  openMediation,
  designateMediator,
  acceptEntrustment,
  declineEntrustment,
  extendMediation,
  draftAgreement,
  signAgreement,
  concludeAgreement,
  endMediation,
  withdrawMediation,
} satisfies Record<string, EffectHandler>;
