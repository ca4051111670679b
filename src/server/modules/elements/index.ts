// The element trial's effect handlers (answers and findings), registered with the case-event engine by the composition root.
import type { EffectHandler } from '../cases/effects/effectContext';
import { recordElementAnswers } from './answerEffects';
import { recordElementFindings } from './findingEffects';

export const ELEMENT_EFFECT_HANDLERS = { recordElementAnswers, recordElementFindings } satisfies Record<string, EffectHandler>;
