// 民诉前调: a dispute mediated before a case exists (CPL-2023 art 125; ONLINE-MED arts 10–26), numbered from the
// court's counter when received; agreement, failure (then registered as 民初) or withdrawal ends it. 执前调 (issue 18,
// court practice [U]) is the same declaration under its own code: an execution application mediated before 立案 by the
// court's 执行和解中心 — failure brings the 执 application to registration, agreement withdraws it; no judicial
// confirmation (the title is already enforceable).
import type { BilingualMessage } from '../errors/domainError';
import { defineCaseType, event } from './defineCaseType';
import {
  ApplyForConfirmationInput,
  ConcludeAgreementInput,
  DeclineEntrustmentInput,
  DesignateMediatorInput,
  DraftAgreementInput,
  EndAppraisalInput,
  EndMediationInput,
  ExtendMediationInput,
  ProposeMediatorInput,
  RecordSessionInput,
  RecordSignatureInput,
  ScheduleSessionInput,
  SubmitMediationMaterialsInput,
  SignAgreementInput,
  StartAppraisalInput,
  WithdrawMediationInput,
} from './mediationInputs';

export const MEDIATION_NODES = ['received', 'entrusted', 'mediating', 'agreementDrafted', 'agreed', 'failed', 'withdrawn'] as const;
export type MediationNode = (typeof MEDIATION_NODES)[number];

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

export const MEDIATION_NODE_LABELS: Record<MediationNode, BilingualMessage> = {
  received: label('待委派调解', 'Awaiting entrustment'),
  entrusted: label('待调解员确认', 'Awaiting the mediator'),
  mediating: label('调解中', 'Mediating'),
  agreementDrafted: label('调解协议待签署', 'Agreement awaiting signatures'),
  agreed: label('调解成功', 'Settled by agreement'),
  failed: label('调解不成，转立案', 'Not settled, sent for registration'),
  withdrawn: label('已撤回调解申请', 'Application withdrawn'),
};

const OPEN: readonly MediationNode[] = ['received', 'entrusted', 'mediating', 'agreementDrafted'];

function mediationCaseType(code: string, caseLabel: BilingualMessage, o: { confirmation: boolean }) {
  return defineCaseType<MediationNode>({
    code,
    label: caseLabel,
    nodes: MEDIATION_NODES,
    nodeLabels: MEDIATION_NODE_LABELS,
    initial: 'received',
    terminal: ['agreed', 'failed', 'withdrawn'],
    filingNodes: [],
    events: {
      // ONLINE-MED art 10: the court entrusts an organisation or mediator within 3 working days (or the parties' choice).
      designateMediator: event({
        label: label('委派调解', 'Entrust to a mediator'),
        from: ['received'],
        to: 'entrusted',
        by: ['filingClerk'],
        input: DesignateMediatorInput,
        effects: ['designateMediator'],
      }),
      // ONLINE-MED art 10: within 2 working days of agreeing to mediate the parties may choose a mediator jointly.
      proposeMediator: event({
        label: label('选择调解员', 'Choose a mediator'),
        from: ['received'],
        to: null,
        by: ['party', 'lawyer'],
        input: ProposeMediatorInput,
        effects: ['proposeMediator'],
      }),
      // ONLINE-MED art 12: the mediator confirms within 3 working days; the 30-day period runs from then (art 24).
      acceptEntrustment: event({
        label: label('确认接受委派', 'Accept the entrustment'),
        from: ['entrusted'],
        to: 'mediating',
        by: ['mediator'],
        input: ConcludeAgreementInput,
        effects: ['acceptEntrustment'],
      }),
      declineEntrustment: event({
        label: label('拒绝委派', 'Decline the entrustment'),
        from: ['entrusted'],
        to: 'received',
        by: ['mediator'],
        input: DeclineEntrustmentInput,
        effects: ['declineEntrustment'],
      }),
      extendMediation: event({
        label: label('延长调解期限', 'Extend the mediation period'),
        from: ['mediating', 'agreementDrafted'],
        to: null,
        by: ['mediator'],
        input: ExtendMediationInput,
        effects: ['extendMediation'],
      }),
      // ONLINE-MED art 26: appraisal time is not counted in the mediation period.
      startAppraisal: event({
        label: label('开始鉴定', 'Start an appraisal'),
        from: ['mediating'],
        to: null,
        by: ['mediator', 'filingClerk'],
        input: StartAppraisalInput,
        availableWhen: { test: (f) => f.runningDeductions === 0, refusal: label('已有一项鉴定正在进行。', 'An appraisal is already running.') },
        effects: ['startMediationAppraisal'],
      }),
      endAppraisal: event({
        label: label('结束鉴定', 'End the appraisal'),
        from: ['mediating', 'agreementDrafted'],
        to: null,
        by: ['mediator', 'filingClerk'],
        input: EndAppraisalInput,
        availableWhen: { test: (f) => f.runningDeductions > 0, refusal: label('没有正在进行的鉴定。', 'No appraisal is running.') },
        effects: ['endMediationAppraisal'],
      }),
      scheduleSession: event({
        label: label('安排调解', 'Schedule a session'),
        from: ['mediating', 'agreementDrafted'],
        to: null,
        by: ['mediator'],
        input: ScheduleSessionInput,
        effects: ['scheduleMediationSession'],
      }),
      recordSession: event({
        label: label('记录调解情况', 'Record a session'),
        from: ['mediating', 'agreementDrafted'],
        to: null,
        by: ['mediator'],
        input: RecordSessionInput,
        effects: ['recordMediationSession'],
      }),
      submitMediationMaterials: event({
        label: label('提交调解材料', 'Submit materials'),
        from: ['received', 'entrusted', 'mediating', 'agreementDrafted'],
        to: null,
        by: ['party', 'lawyer'],
        input: SubmitMediationMaterialsInput,
        effects: ['recordMediationMaterials'],
      }),
      draftAgreement: event({
        label: label('制作调解协议', 'Draft the agreement'),
        from: ['mediating', 'agreementDrafted'],
        to: 'agreementDrafted',
        by: ['mediator'],
        input: DraftAgreementInput,
        effects: ['draftAgreement'],
      }),
      // ONLINE-MED art 20: each party signs the agreement electronically; the signature binds its SHA-256.
      signAgreement: event({
        label: label('签署调解协议', 'Sign the agreement'),
        from: ['agreementDrafted'],
        to: null,
        by: ['party', 'lawyer'],
        input: SignAgreementInput,
        effects: ['signAgreement'],
      }),
      // ONLINE-MED art 20: a party without an account signs the printed text before the mediator, who files the scan.
      recordSignature: event({
        label: label('登记线下签署', 'Record a signature made in person'),
        from: ['agreementDrafted'],
        to: null,
        by: ['mediator'],
        input: RecordSignatureInput,
        effects: ['recordSignature'],
      }),
      concludeAgreement: event({
        label: label('调解成功结案', 'Close as settled'),
        from: ['agreementDrafted'],
        to: 'agreed',
        by: ['mediator'],
        input: ConcludeAgreementInput,
        effects: ['concludeAgreement'],
      }),
      // ONLINE-MED arts 21, 25: mediation ends without agreement and the dispute goes to registration.
      endMediation: event({
        label: label('终止调解，转立案', 'End mediation and send for registration'),
        from: ['entrusted', 'mediating', 'agreementDrafted'],
        to: 'failed',
        by: ['mediator', 'filingClerk'],
        input: EndMediationInput,
        effects: ['endMediation'],
      }),
      // CPL-2023 art 205: within 30 days of the agreement taking effect, the parties apply jointly (in writing online,
      // or orally before the filing clerk: CPL-Interp art 353); the last to join opens the 民特 case.
      ...(o.confirmation
        ? {
            applyForConfirmation: event({
              label: label('申请司法确认', 'Apply for judicial confirmation'),
              from: ['agreed'],
              to: null,
              by: ['party', 'lawyer', 'filingClerk'],
              input: ApplyForConfirmationInput,
              effects: ['applyForConfirmation'],
            }),
          }
        : {}),
      withdrawMediation: event({
        label: label('撤回调解申请', 'Withdraw the application'),
        from: OPEN,
        to: 'withdrawn',
        by: ['party', 'lawyer'],
        input: WithdrawMediationInput,
        effects: ['withdrawMediation'],
      }),
    },
  });
}

export const preFilingMediation = mediationCaseType('民诉前调', label('诉前调解', 'Pre-litigation mediation'), { confirmation: true });
/** 执前调: the type code is not in the SPC table (reference/case-type-codes.json, observedOutsideTable) [U]. */
export const preExecutionMediation = mediationCaseType('执前调', label('执行前调解', 'Pre-execution mediation'), { confirmation: false });

/** The mediation matter a waiting application is routed to, by the application's case type. */
export const MEDIATION_TYPE_FOR_ORIGIN: Readonly<Record<string, string>> = { 民初: preFilingMediation.code, 执: preExecutionMediation.code };

/** The mediation matters' type codes (the centre's list, the figures). */
export const MEDIATION_CASE_TYPES: readonly string[] = [preFilingMediation.code, preExecutionMediation.code];
