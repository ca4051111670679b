// The retrial capability's effect handlers, registered with the case-event engine by the composition root.
import type { EffectHandler } from '../cases/effects/effectContext';
import { registerRetrialReview, ruleOnRetrialApplication, serveRetrialCopy, submitRetrialOpinion } from './retrialEffects';

export const RETRIAL_EFFECT_HANDLERS = { registerRetrialReview, serveRetrialCopy, submitRetrialOpinion, ruleOnRetrialApplication } satisfies Record<string, EffectHandler>;
