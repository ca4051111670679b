// The execution capability's effect handlers, registered with the case-event engine by the composition root.
import type { EffectHandler } from '../cases/effects/effectContext';
import { recordAssetClue, reportPropertyInvestigation, requestPropertyInvestigation, verifyAssetClue } from './clueEffects';
import { endObjectionPeriods, formObjectionPanel, registerObjection, ruleOnObjection, serveObjectionRuling } from './objectionEffects';
import { approveEndOfRound, proposeEndOfRound, returnEndOfRound } from './endOfRound';
import { recordEndOfRoundFact } from './endOfRoundRecord';
import { issueExecutionNotice } from './executionNotice';
import { assignExecution, closeExecution, moveExecutionStage, registerExecution, resumeExecution, suspendExecution } from './executionEffects';

export const EXECUTION_EFFECT_HANDLERS = {
  registerExecution,
  assignExecution,
  moveExecutionStage,
  suspendExecution,
  resumeExecution,
  closeExecution,
  issueExecutionNotice,
  recordAssetClue,
  verifyAssetClue,
  requestPropertyInvestigation,
  reportPropertyInvestigation,
  recordEndOfRoundFact,
  proposeEndOfRound,
  approveEndOfRound,
  returnEndOfRound,
  registerObjection,
  endObjectionPeriods,
  formObjectionPanel,
  ruleOnObjection,
  serveObjectionRuling,
} satisfies Record<string, EffectHandler>;
