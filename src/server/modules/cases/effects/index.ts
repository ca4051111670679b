// The effects of the trial itself, which this module performs; other capabilities bring their own handlers, and the
// composition root (src/server/caseEventEngine.ts) puts them together.
import type { EffectKind } from '../../../../domain/casetypes/defineCaseType';
import { recordAcceptance } from './acceptance';
import { openOrJoinAppeal } from './appeal';
import { assignJudges, changeProcedure } from './assignment';
import { recordArchiving, recordClosing } from './closing';
import type { EffectHandler } from './effectContext';
import { recordRejection, recordWithdrawalOfFiling, requestCorrection, restartReview } from './filingReview';
import { receiveAppealDefence, receiveAppealFile } from './appealFileEffects';
import { recordCounterclaim, recordDefence, recordEvidence, recordMaterials } from './pleadingEffects';
import { waivePartyPeriod } from './partyPeriods';
import { recordService, setEvidencePeriod } from './serviceEffects';
import { decideTrialLimitExtension, endDeduction, recordDeduction, requestTrialLimitExtension, startAcceptancePeriods } from './trialLimitEffects';

export const TRIAL_EFFECT_HANDLERS = {
  requestCorrection,
  restartReview,
  recordRejection,
  recordWithdrawalOfFiling,
  recordAcceptance,
  assignJudges,
  changeProcedure,
  recordClosing,
  recordArchiving,
  openOrJoinAppeal,
  startAcceptancePeriods,
  requestTrialLimitExtension,
  decideTrialLimitExtension,
  recordDeduction,
  endDeduction,
  recordService,
  setEvidencePeriod,
  receiveAppealDefence,
  receiveAppealFile,
  waivePartyPeriod,
  recordDefence,
  recordEvidence,
  recordMaterials,
  recordCounterclaim,
} satisfies Partial<Record<EffectKind, EffectHandler>>;
