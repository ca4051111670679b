// The case-event effects of jurisdiction: 移送管辖 and the forwarding of a 跨域立案 filing.
import type { EffectKind } from '../../../domain/casetypes/defineCaseType';
import type { EffectHandler } from '../cases/effects/effectContext';
import { forwardFiling } from './crossRegion';
import { transferJurisdiction } from './transfer';

export const JURISDICTION_EFFECT_HANDLERS = { transferJurisdiction, forwardFiling } satisfies Partial<Record<EffectKind, EffectHandler>>;
