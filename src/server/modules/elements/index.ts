// The element trial's effect handlers, registered with the case-event engine by the composition root.
import type { EffectHandler } from '../cases/effects/effectContext';
import { recordElementAnswers } from './answerEffects';

export const ELEMENT_EFFECT_HANDLERS = { recordElementAnswers } satisfies Record<string, EffectHandler>;
