// One handler per declared effect kind; the type makes a missing handler a compile error.
import type { EffectKind } from '../../../../domain/casetypes/defineCaseType';
import { recordAcceptance } from './acceptance';
import { openOrJoinAppeal } from './appeal';
import { assignJudges, changeProcedure } from './assignment';
import { recordArchiving, recordClosing } from './closing';
import type { EffectHandler } from './effectContext';
import { recordRejection, recordWithdrawalOfFiling, requestCorrection, restartReview } from './filingReview';
import { postponeHearing, recordHearingHeld, scheduleHearing } from './hearings';
import { receiveAppealDefence, receiveAppealFile } from './appealFileEffects';
import { decideRefund, grantJudicialAid } from '../../payments/feeDecisionEffects';
import { chargeFeeBalance, issueFeeNotice } from '../../payments/feeNoticeEffects';
import { recordCounterclaim, recordDefence, recordEvidence, recordMaterials } from './pleadingEffects';
import { serveOnPlatform } from '../../service/platformService';
import { waivePartyPeriod } from './partyPeriods';
import { recordService, setEvidencePeriod } from './serviceEffects';
import { decideTrialLimitExtension, endDeduction, recordDeduction, requestTrialLimitExtension, startAcceptancePeriods } from './trialLimitEffects';

export const EFFECT_HANDLERS: Record<EffectKind, EffectHandler> = {
  requestCorrection,
  restartReview,
  recordRejection,
  recordWithdrawalOfFiling,
  recordAcceptance,
  assignJudges,
  changeProcedure,
  scheduleHearing,
  postponeHearing,
  recordHearingHeld,
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
  grantJudicialAid,
  decideRefund,
  issueFeeNotice,
  chargeFeeBalance,
  serveOnPlatform,
  waivePartyPeriod,
  recordDefence,
  recordEvidence,
  recordMaterials,
  recordCounterclaim,
};
