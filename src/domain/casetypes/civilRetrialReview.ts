// 民申: review of a party's application for retrial of an effective 民初/民终 judgment, at the higher court (CPL-2023
// arts 210–216). The copy goes to the respondents within 5 days and they have 15 days to answer (art 214); the panel
// reviews within 3 months of receipt, notice and settlement periods not counted (art 215; CPL-Interp art 129), extended
// by the president; it dismisses the application or rules that the case be retried, which opens a 民再.
// Opened by src/server/modules/retrial/applyForRetrial.ts.
import type { Static } from 'typebox';
import { refuse, type BilingualMessage } from '../errors/domainError';
import { defineCaseType, event, type Guard } from './defineCaseType';
import type { RecordDeductionInput } from './eventInputs';
import { RegisterRetrialReviewInput, RuleOnRetrialInput, ServeRetrialCopyInput, SubmitRetrialOpinionInput } from './retrialInputs';
import { trialEvents } from './trialEvents';

export const RETRIAL_REVIEW_NODES = ['submitted', 'registered', 'closed'] as const;
export type RetrialReviewNode = (typeof RETRIAL_REVIEW_NODES)[number];

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// CPL-Interp art 129: only the notice (公告) and settlement (和解) periods are left out of the 3 months.
const onlyNoticeOrSettlement: Guard<Static<typeof RecordDeductionInput>> = ({ input }) => {
  if (input.kind !== 'publicNotice' && input.kind !== 'settlement') {
    refuse('DEDUCTION_KIND_NOT_ALLOWED', 'invalid', '再审审查期限只扣除公告期间和当事人和解期间（《民诉法解释》第一百二十九条）。', 'Only notice and settlement periods are left out of the retrial review limit (CPL-Interp art 129).', { field: 'kind' });
  }
};

const atReview = { from: ['registered'] as RetrialReviewNode[], to: null };

export const civilRetrialReview = defineCaseType<RetrialReviewNode>({
  code: '民申',
  label: label('申请再审审查', 'Review of a retrial application'),
  nodes: RETRIAL_REVIEW_NODES,
  nodeLabels: {
    submitted: label('待立案审查', 'Awaiting registration'),
    registered: label('再审审查中', 'Under review'),
    closed: label('已结案', 'Closed'),
  },
  initial: 'submitted',
  terminal: ['closed'],
  filingNodes: ['submitted'],
  events: {
    registerRetrialReview: event({ label: label('立案并组成合议庭', 'Register and form the panel'), from: ['submitted'], to: 'registered', by: ['filingClerk'], input: RegisterRetrialReviewInput, effects: ['registerRetrialReview'] }),
    // CPL-2023 art 214: the copy within 5 days of receipt (clock: retrialCopyService); the respondent's 15 days (retrialOpinion).
    serveRetrialCopy: event({ label: label('发送再审申请书副本', 'Serve the application on the respondents'), from: ['submitted', 'registered'], to: null, by: ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge'], input: ServeRetrialCopyInput, effects: ['serveRetrialCopy'] }),
    submitRetrialOpinion: event({ label: label('提交书面意见', 'Submit a written opinion'), from: ['registered'], to: null, by: ['party', 'lawyer'], input: SubmitRetrialOpinionInput, effects: ['submitRetrialOpinion'] }),
    // CPL-2023 art 215: within 3 months, 驳回再审申请 or 裁定再审 (which opens the 民再); FEE arts 9, 19: a retrial on new
    // evidence, or against a first-instance judgment not appealed, is charged in the 民再.
    ruleOnRetrialApplication: event({ label: label('作出再审审查裁定', 'Rule on the application'), from: ['registered'], to: 'closed', by: ['judge'], input: RuleOnRetrialInput, effects: ['ruleOnRetrialApplication', 'chargeRetrialFee'] }),
    // CPL-2023 art 215: extension by the president; the trial-limit events of the trial, at this case's review node.
    applyExtension: { ...trialEvents.applyExtension, ...atReview },
    approveExtension: { ...trialEvents.approveExtension, ...atReview },
    refuseExtension: { ...trialEvents.refuseExtension, ...atReview },
    recordDeduction: { ...trialEvents.recordDeduction, ...atReview, guards: [...(trialEvents.recordDeduction.guards ?? []), onlyNoticeOrSettlement as Guard<never>] },
    endDeduction: { ...trialEvents.endDeduction, ...atReview },
  },
});
