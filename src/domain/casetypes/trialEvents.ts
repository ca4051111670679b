// Events shared by the civil trial case types, from assignment to archiving.
import type { BilingualMessage } from '../errors/domainError';
import type { Static } from 'typebox';
import { event, type EffectKind, type EventDeclaration, type Guard } from './defineCaseType';
import {
  ApplyExtensionInput,
  DecideRefundInput,
  GrantJudicialAidInput,
  ArchiveInput,
  AssignInput,
  DecideExtensionInput,
  EndDeductionInput,
  RecordDeductionInput,
  RecordServiceInput,
  ServeOnPlatformInput,
  SetEvidencePeriodInput,
  CloseInput,
  PostponeHearingInput,
  RecordHearingInput,
  RejectInput,
  RequestCorrectionInput,
  ResubmitInput,
  ScheduleHearingInput,
  WaivePeriodInput,
  WithdrawFilingInput,
} from './eventInputs';
import {
  closedGroundFitsTheCase,
  deductionRunning,
  hearingHasBegun,
  hearingRespectsPartyPeriods,
  judgmentRespectsPartyPeriods,
  postponementMovesLater,
  waiverAvailable,
  waiverIsTheParty,
} from './hearingRules';
import {
  closingHasItsDocument,
  closingIsLawful,
  deductionDatesAreSane,
  deductionEndIsSane,
  hearingSlotIsSane,
  refusalStatesReasons,
  serviceFitsTheCase,
  platformServiceFitsTheCase,
  manualAssignmentByChiefWithReason,
  trialOrganizationFitsProcedure,
} from './guards';

export const TRIAL_NODES = [
  'submitted',
  'correctionRequested',
  'rejected',
  'withdrawn',
  'accepted',
  'assigned',
  'hearingScheduled',
  'heard',
  'closed',
  'archived',
] as const;
export type TrialNode = (typeof TRIAL_NODES)[number];

export const TRIAL_NODE_LABELS: Record<TrialNode, BilingualMessage> = {
  submitted: { 'zh-CN': '待审查立案', en: 'Awaiting filing review' },
  correctionRequested: { 'zh-CN': '待补正', en: 'Correction requested' },
  rejected: { 'zh-CN': '不予立案', en: 'Filing rejected' },
  withdrawn: { 'zh-CN': '已撤回申请', en: 'Filing withdrawn' },
  accepted: { 'zh-CN': '已立案待分案', en: 'Accepted, awaiting assignment' },
  assigned: { 'zh-CN': '已分案', en: 'Assigned' },
  hearingScheduled: { 'zh-CN': '已排期', en: 'Hearing scheduled' },
  heard: { 'zh-CN': '已开庭', en: 'Heard' },
  closed: { 'zh-CN': '已结案', en: 'Closed' },
  archived: { 'zh-CN': '已归档', en: 'Archived' },
};

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });
const OPEN_TRIAL: readonly TrialNode[] = ['assigned', 'hearingScheduled', 'heard'];
const TRIAL_TEAM = ['judge', 'judgeAssistant', 'courtClerk'] as const;

// CPL-2023 art 122, FILING art 7: a complaint is the plaintiff's — its side (the filer, a plaintiff or their agent)
// corrects and resubmits it or withdraws it; the defendant it names, though a party of the case, does neither.
// ONLINE-MED art 25: likewise the applicant withdraws a mediation application.
export const PLAINTIFF_SIDE_EVENTS: readonly string[] = ['resubmit', 'withdrawFiling', 'withdrawMediation'];

/** Filing review events (FILING arts 2–10; CPL-2023 art 126). */
export const filingReviewEvents = {
  requestCorrection: event({
    label: label('一次性告知补正', 'Request correction'),
    from: ['submitted'],
    to: 'correctionRequested',
    by: ['filingClerk'],
    input: RequestCorrectionInput,
    effects: ['requestCorrection'],
  }),
  resubmit: event({
    label: label('补正后重新提交', 'Resubmit after correction'),
    from: ['correctionRequested'],
    to: 'submitted',
    by: ['party', 'lawyer'],
    input: ResubmitInput,
    effects: ['restartReview'],
  }),
  reject: event({
    label: label('不予立案', 'Reject filing'),
    from: ['submitted'],
    to: 'rejected',
    by: ['filingClerk'],
    input: RejectInput,
    effects: ['recordRejection'],
  }),
  withdrawFiling: event({
    label: label('撤回立案申请', 'Withdraw filing'),
    from: ['submitted', 'correctionRequested'],
    to: 'withdrawn',
    by: ['party', 'lawyer'],
    input: WithdrawFilingInput,
    effects: ['recordWithdrawalOfFiling'],
  }),
};

/** Closing by judgment, ruling, mediation or withdrawal; a case type may add guards of its own. */
export function closeEvent(...extraGuards: Guard<Static<typeof CloseInput>>[]): EventDeclaration<TrialNode> {
  return closeEventWith(CloseInput, extraGuards);
}

/** The same closing with a case type's own input: CloseInput's fields and more (e.g. the kind of judgment). */
export function closeEventWith<S extends typeof CloseInput>(input: S, extraGuards: Guard<Static<S>>[], extraEffects: EffectKind[] = []): EventDeclaration<TrialNode> {
  return event<TrialNode, S>({
    label: label('结案', 'Close case'),
    from: [...OPEN_TRIAL],
    to: 'closed',
    by: ['judge'],
    input,
    guards: [closingIsLawful, closingHasItsDocument, judgmentRespectsPartyPeriods, ...extraGuards] as Guard<Static<S>>[],
    effects: ['recordClosing', ...extraEffects],
  });
}

/** From assignment to archiving. */
export const trialEvents = {
  assign: event({
    label: label('分案', 'Assign'),
    from: ['accepted'],
    to: 'assigned',
    by: ['filingClerk', 'divisionChief', 'president'],
    input: AssignInput,
    guards: [manualAssignmentByChiefWithReason, trialOrganizationFitsProcedure],
    effects: ['assignJudges'],
  }),
  reassign: event({
    label: label('变更承办法官', 'Reassign'),
    from: [...OPEN_TRIAL],
    to: null,
    by: ['divisionChief', 'president'],
    input: AssignInput,
    guards: [manualAssignmentByChiefWithReason, trialOrganizationFitsProcedure],
    effects: ['assignJudges'],
  }),
  scheduleHearing: event({
    label: label('排期开庭', 'Schedule hearing'),
    from: ['assigned', 'heard'],
    to: 'hearingScheduled',
    by: [...TRIAL_TEAM],
    input: ScheduleHearingInput,
    guards: [hearingSlotIsSane, closedGroundFitsTheCase, hearingRespectsPartyPeriods],
    effects: ['scheduleHearing'],
  }),
  postponeHearing: event({
    label: label('延期开庭', 'Postpone hearing'),
    from: ['hearingScheduled'],
    to: null,
    by: ['judge'],
    input: PostponeHearingInput,
    guards: [hearingSlotIsSane, closedGroundFitsTheCase, postponementMovesLater, hearingRespectsPartyPeriods],
    effects: ['postponeHearing'],
  }),
  recordHearing: event({
    label: label('记录开庭', 'Record hearing held'),
    from: ['hearingScheduled'],
    to: 'heard',
    by: ['judge', 'courtClerk'],
    input: RecordHearingInput,
    guards: [hearingHasBegun],
    effects: ['recordHearingHeld'],
  }),
  close: closeEvent(),
  applyExtension: event({
    label: label('申请延长审限', 'Apply to extend the trial limit'),
    from: [...OPEN_TRIAL],
    to: null,
    by: ['judge'],
    input: ApplyExtensionInput,
    effects: ['requestTrialLimitExtension'],
  }),
  approveExtension: event({
    label: label('批准延长审限', 'Approve the extension'),
    from: [...OPEN_TRIAL],
    to: null,
    by: ['president'],
    input: DecideExtensionInput,
    effects: ['decideTrialLimitExtension'],
  }),
  refuseExtension: event({
    label: label('不批准延长审限', 'Refuse the extension'),
    from: [...OPEN_TRIAL],
    to: null,
    by: ['president'],
    input: DecideExtensionInput,
    guards: [refusalStatesReasons],
    effects: ['decideTrialLimitExtension'],
  }),
  recordDeduction: event({
    label: label('扣除审限', 'Deduct from the trial limit'),
    from: [...OPEN_TRIAL],
    to: null,
    by: ['divisionChief', 'president'],
    input: RecordDeductionInput,
    guards: [deductionDatesAreSane],
    effects: ['recordDeduction'],
  }),
  endDeduction: event({
    label: label('结束扣除期间', 'End a deduction'),
    from: [...OPEN_TRIAL],
    to: null,
    by: ['divisionChief', 'president', 'judge'],
    input: EndDeductionInput,
    availableWhen: deductionRunning,
    guards: [deductionEndIsSane],
    effects: ['endDeduction'],
  }),
  recordService: event({
    label: label('记录送达', 'Record service'),
    from: ['accepted', ...OPEN_TRIAL, 'closed'],
    to: null,
    by: ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge'],
    input: RecordServiceInput,
    guards: [serviceFitsTheCase],
    effects: ['recordService'],
  }),
  serveOnPlatform: event({
    label: label('平台电子送达', 'Serve on the platform'),
    from: ['accepted', ...OPEN_TRIAL, 'closed'],
    to: null,
    by: ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge'],
    input: ServeOnPlatformInput,
    guards: [platformServiceFitsTheCase],
    effects: ['serveOnPlatform'],
  }),
  waivePeriod: event({
    label: label('放弃答辩期/举证期限', 'Waive the defence or evidence period'),
    from: [...OPEN_TRIAL],
    to: null,
    by: ['party', 'lawyer', 'judge', 'courtClerk'],
    input: WaivePeriodInput,
    availableWhen: waiverAvailable,
    guards: [waiverIsTheParty],
    effects: ['waivePartyPeriod'],
  }),
  setEvidencePeriod: event({
    label: label('指定举证期限', 'Set the evidence period'),
    from: [...OPEN_TRIAL],
    to: null,
    by: ['judge'],
    input: SetEvidencePeriodInput,
    effects: ['setEvidencePeriod'],
  }),
  grantJudicialAid: event({
    label: label('司法救助（缓交、减交、免交诉讼费）', 'Judicial aid on court fees'),
    from: ['submitted', 'correctionRequested', 'accepted', ...OPEN_TRIAL],
    to: null,
    by: ['president'],
    input: GrantJudicialAidInput,
    effects: ['grantJudicialAid'],
  }),
  decideRefund: event({
    label: label('决定退费', 'Decide a fee refund'),
    from: ['accepted', ...OPEN_TRIAL, 'closed'],
    to: null,
    by: ['president'],
    input: DecideRefundInput,
    effects: ['decideRefund'],
  }),
  archive: event({
    label: label('归档', 'Archive'),
    from: ['closed'],
    to: 'archived',
    by: ['courtClerk', 'judge'],
    input: ArchiveInput,
    effects: ['recordArchiving'],
  }),
};
