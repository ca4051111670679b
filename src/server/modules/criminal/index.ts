// 刑事案件: the effects of the 刑初 and 刑终 events, for the composition root.
import type { EffectKind } from '../../../domain/casetypes/defineCaseType';
import type { EffectHandler } from '../cases/effects/effectContext';
import { openOrJoinCriminalAppeal } from './criminalAppeal';
import { changeCriminalProcedure, checkCriminalHearing, recordDefenceCounsel, registerCriminalCase } from './criminalEffects';
import { recordCriminalAppealDecision, recordCriminalJudgment } from './judgmentEffects';
import { recordCriminalCounterclaim, recordPrivateProsecutionEnding } from './privateProsecutionEvents';
import { checkRemandPanel } from './remand';

export const CRIMINAL_EFFECT_HANDLERS = {
  registerCriminalCase,
  changeCriminalProcedure,
  recordDefenceCounsel,
  checkCriminalHearing,
  recordCriminalJudgment,
  recordCriminalAppealDecision,
  openOrJoinCriminalAppeal,
  checkRemandPanel,
  recordPrivateProsecutionEnding,
  recordCriminalCounterclaim,
} satisfies Partial<Record<EffectKind, EffectHandler>>;
