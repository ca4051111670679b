// The form for each declared event, by case type where the inputs differ (民初 accepts with a procedure, 民终 not).
import { acceptAdminFirstInstanceForm, adminCloseForm, recordAdminHearingForm, submitOrganDefenceForm } from './administrativeForms';
import { appealForm } from './appealForm';
import { assignForm } from './AssignFields';
import { closeForm } from './closeForm';
import { applyExtensionForm, approveExtensionForm, endDeductionForm, recordDeductionForm, refuseExtensionForm } from './clockForms';
import { acceptFirstInstanceForm, acceptSecondInstanceForm, requestCorrectionForm } from './filingForms';
import { postponeHearingForm, scheduleHearingForm } from './hearingForms';
import { decideRefundForm, grantJudicialAidForm } from './feeForms';
import { fileCounterclaimForm, fileDefenceForm, submitEvidenceForm, submitMaterialsForm } from './pleadingForms';
import { receiveAppealDefenceForm, recordServiceForm, serveOnPlatformForm, setEvidencePeriodForm } from './serviceForms';
import { archiveForm, convertToOrdinaryForm, recordHearingForm, rejectForm, resubmitForm, withdrawFilingForm } from './textForms';
import { declineEntrustmentForm, designateMediatorForm, extendMediationForm, routeToMediationForm } from './mediationEntrustmentForms';
import { endAppraisalForm, proposeMediatorForm, startAppraisalForm } from './mediationClockForms';
import { recordSessionForm, scheduleSessionForm, submitMediationMaterialsForm } from './mediationSessionForms';
import { draftAgreementForm, endMediationForm, signAgreementForm, withdrawMediationForm } from './mediationOutcomeForms';
import { acceptConfirmationForm, applyForConfirmationForm, recordSignatureForm, rejectConfirmationForm, ruleOnConfirmationForm } from './confirmationForms';
import { issueNoticeForm, recordClueForm, reportInvestigationForm, requestInvestigationForm, verifyClueForm } from './executionClueForms';
import { formObjectionPanelForm, ruleOnObjectionForm, serveObjectionRulingForm } from './objectionForms';
import { assignExecutionForm, closeExecutionForm, moveStageForm, noteForm, refuseExecutionForm, registerExecutionForm, suspendExecutionForm } from './executionForms';
import { interviewApplicantForm, proposeEndOfRoundForm, recordDebtorSearchForm, recordExecutionServiceForm, recordPropertyReportForm, returnEndOfRoundForm, serveExecutionDocumentForm } from './endOfRoundForms';
import { designateJurisdictionForm, elevateJurisdictionForm, forwardFilingForm, transferJurisdictionForm } from './jurisdictionForms';
import { defenderAppealForm, recordDefendantAppealForm } from './defendantAppealForms';
import { approvePrivateEndingForm, criminalCounterclaimForm, mediatePrivateProsecutionForm } from './privateProsecutionForms';
import { acceptCriminalAppealForm, acceptCriminalForm, changeCriminalProcedureForm, decideAppealForm, pronounceJudgmentForm, protestForm, recordDefenceCounselForm } from './criminalForms';
import { chooseLitigationForm, dismissPaymentOrderForm, dismissPreservationForm, grantPreservationForm, issuePaymentOrderForm, liftPreservationForm, objectToPaymentOrderForm, recordArbitrationForm, recordPreservationExecutionForm, servePaymentOrderForm, serveRetrialCopyForm, specialNoteForm } from './preservationForms';
import { registerRetrialReviewForm, ruleOnRetrialForm, submitRetrialOpinionForm } from './retrialForms';
import type { EventForm } from './types';
import { waivePeriodForm } from './waiverForm';
import { answerElementsForm } from '../../elements/answerElementsForm';
import { routeToPreExecutionMediationForm } from '../../executionSettlement/preExecutionForms';

const BY_EVENT: Record<string, EventForm> = {
  requestCorrection: requestCorrectionForm,
  resubmit: resubmitForm,
  reject: rejectForm,
  withdrawFiling: withdrawFilingForm,
  assign: assignForm,
  reassign: assignForm,
  convertToOrdinary: convertToOrdinaryForm,
  scheduleHearing: scheduleHearingForm,
  postponeHearing: postponeHearingForm,
  recordHearing: recordHearingForm,
  close: closeForm,
  archive: archiveForm,
  appeal: appealForm,
  applyExtension: applyExtensionForm,
  approveExtension: approveExtensionForm,
  refuseExtension: refuseExtensionForm,
  recordDeduction: recordDeductionForm,
  endDeduction: endDeductionForm,
  recordService: recordServiceForm,
  setEvidencePeriod: setEvidencePeriodForm,
  waivePeriod: waivePeriodForm,
  serveOnPlatform: serveOnPlatformForm,
  receiveAppealDefence: receiveAppealDefenceForm,
  grantJudicialAid: grantJudicialAidForm,
  decideRefund: decideRefundForm,
  fileDefence: fileDefenceForm,
  answerElements: answerElementsForm,
  submitEvidence: submitEvidenceForm,
  submitMaterials: submitMaterialsForm,
  fileCounterclaim: fileCounterclaimForm,
  routeToMediation: routeToMediationForm,
  designateMediator: designateMediatorForm,
  declineEntrustment: declineEntrustmentForm,
  extendMediation: extendMediationForm,
  draftAgreement: draftAgreementForm,
  signAgreement: signAgreementForm,
  endMediation: endMediationForm,
  withdrawMediation: withdrawMediationForm,
  recordSignature: recordSignatureForm,
  applyForConfirmation: applyForConfirmationForm,
  acceptConfirmation: acceptConfirmationForm,
  rejectConfirmation: rejectConfirmationForm,
  ruleOnConfirmation: ruleOnConfirmationForm,
  scheduleSession: scheduleSessionForm,
  recordSession: recordSessionForm,
  submitMediationMaterials: submitMediationMaterialsForm,
  proposeMediator: proposeMediatorForm,
  startAppraisal: startAppraisalForm,
  endAppraisal: endAppraisalForm,
  registerExecution: registerExecutionForm,
  refuseExecution: refuseExecutionForm,
  assignExecution: assignExecutionForm,
  reassignExecution: assignExecutionForm,
  issueExecutionNotice: issueNoticeForm,
  moveStage: moveStageForm,
  recordClue: recordClueForm,
  verifyClue: verifyClueForm,
  requestInvestigation: requestInvestigationForm,
  reportInvestigation: reportInvestigationForm,
  recordExecutionService: recordExecutionServiceForm,
  serveExecutionDocument: serveExecutionDocumentForm,
  recordPropertyReport: recordPropertyReportForm,
  recordDebtorSearch: recordDebtorSearchForm,
  interviewApplicant: interviewApplicantForm,
  proposeEndOfRound: proposeEndOfRoundForm,
  approveEndOfRound: noteForm,
  returnEndOfRound: returnEndOfRoundForm,
  suspendExecution: suspendExecutionForm,
  resumeExecution: noteForm,
  closeExecution: closeExecutionForm,
  archiveExecution: noteForm,
  registerObjection: noteForm,
  refuseObjection: refuseExecutionForm,
  formObjectionPanel: formObjectionPanelForm,
  ruleOnObjection: ruleOnObjectionForm,
  serveObjectionRuling: serveObjectionRulingForm,
  archiveObjection: noteForm,
  submitOrganDefence: submitOrganDefenceForm,
  transferJurisdiction: transferJurisdictionForm,
  elevateJurisdiction: elevateJurisdictionForm,
  designateJurisdiction: designateJurisdictionForm,
  forwardFiling: forwardFilingForm,
  recordDefenceCounsel: recordDefenceCounselForm,
  pronounceJudgment: pronounceJudgmentForm,
  protest: protestForm,
  decideAppeal: decideAppealForm,
  // 财保 (the clerk registers with a division and a judge, as for 民特).
  registerPreservation: acceptConfirmationForm,
  grantPreservation: grantPreservationForm,
  dismissPreservation: dismissPreservationForm,
  recordArbitration: recordArbitrationForm,
  recordPreservationExecution: recordPreservationExecutionForm,
  liftPreservation: liftPreservationForm,
  closePreservation: specialNoteForm,
  // 民督
  acceptPaymentOrder: acceptConfirmationForm,
  issuePaymentOrder: issuePaymentOrderForm,
  dismissPaymentOrder: dismissPaymentOrderForm,
  servePaymentOrder: servePaymentOrderForm,
  objectToPaymentOrder: objectToPaymentOrderForm,
  terminatePaymentOrder: specialNoteForm,
  chooseLitigation: chooseLitigationForm,
  recordPaymentOrderEffect: specialNoteForm,
  // 民申
  registerRetrialReview: registerRetrialReviewForm,
  serveRetrialCopy: serveRetrialCopyForm,
  submitRetrialOpinion: submitRetrialOpinionForm,
  ruleOnRetrialApplication: ruleOnRetrialForm,
};

const BY_CASE_TYPE: Record<string, Record<string, EventForm>> = {
  民初: { accept: acceptFirstInstanceForm },
  民终: { accept: acceptSecondInstanceForm },
  行初: { accept: acceptAdminFirstInstanceForm, recordHearing: recordAdminHearingForm, close: adminCloseForm },
  行终: { accept: acceptSecondInstanceForm },
  执: { routeToMediation: routeToPreExecutionMediationForm },
  刑初: { accept: acceptCriminalForm, changeProcedure: changeCriminalProcedureForm, appeal: defenderAppealForm,
    recordDefendantAppeal: recordDefendantAppealForm,
    mediatePrivateProsecution: mediatePrivateProsecutionForm,
    approvePrivateEnding: approvePrivateEndingForm,
    fileCriminalCounterclaim: criminalCounterclaimForm,
  },
  刑终: { accept: acceptCriminalAppealForm },
};

/** An event without a form of its own takes no input (a later case type's UI adds its form here). */
const NO_INPUT: EventForm = { Fields: () => null, toInput: () => ({}) };

export function eventFormFor(caseType: string, event: string): EventForm {
  return BY_CASE_TYPE[caseType]?.[event] ?? BY_EVENT[event] ?? NO_INPUT;
}
