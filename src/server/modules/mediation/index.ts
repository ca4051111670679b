// The mediation capability's effect handlers, registered with the case-event engine by the composition root.
import type { EffectHandler } from '../cases/effects/effectContext';
import { endMediationAppraisal, proposeMediator, startMediationAppraisal } from './clockEffects';
import { acceptEntrustment, declineEntrustment, designateMediator, extendMediation, openMediation } from './entrustmentEffects';
import { applyForConfirmation, registerConfirmation, rejectConfirmation, ruleOnConfirmation } from './confirmationEffects';
import { recordMediationMaterials, recordMediationSession, scheduleMediationSession } from './sessionEffects';
import { concludeAgreement, draftAgreement, endMediation, recordSignature, signAgreement, withdrawMediation } from './outcomeEffects';

export const MEDIATION_EFFECT_HANDLERS = {
  openMediation,
  designateMediator,
  proposeMediator,
  startMediationAppraisal,
  endMediationAppraisal,
  acceptEntrustment,
  declineEntrustment,
  extendMediation,
  draftAgreement,
  signAgreement,
  recordSignature,
  scheduleMediationSession,
  recordMediationSession,
  recordMediationMaterials,
  concludeAgreement,
  endMediation,
  withdrawMediation,
  applyForConfirmation,
  registerConfirmation,
  rejectConfirmation,
  ruleOnConfirmation,
} satisfies Record<string, EffectHandler>;
