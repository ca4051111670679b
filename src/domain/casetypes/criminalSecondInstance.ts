// 刑终: criminal second instance, opened at the higher court by a defendant's appeal or the procuratorate's protest.
import { defineCaseType, event } from './defineCaseType';
import { appealDecisionIsLawful } from './criminalGuards';
import { AcceptCriminalAppealInput, DecideCriminalAppealInput } from './criminalInputs';
import { criminalTrialEvents } from './criminalFirstInstance';
import { RejectInput } from './eventInputs';
import { TRIAL_NODE_LABELS, TRIAL_NODES, type TrialNode } from './trialEvents';

export const criminalSecondInstance = defineCaseType<TrialNode>({
  code: '刑终',
  label: { 'zh-CN': '刑事二审', en: 'Criminal second instance' },
  nodes: TRIAL_NODES,
  nodeLabels: TRIAL_NODE_LABELS,
  initial: 'submitted',
  terminal: ['rejected', 'withdrawn', 'closed', 'archived'],
  filingNodes: ['submitted', 'rejected'],
  events: {
    // CrPL art 243: the 2-month limit runs from registration.
    accept: event({
      label: { 'zh-CN': '登记立案', en: 'Accept and register' },
      from: ['submitted'],
      to: 'accepted',
      by: ['filingClerk'],
      input: AcceptCriminalAppealInput,
      effects: ['registerCriminalCase'],
    }),
    reject: event({
      label: { 'zh-CN': '不予受理', en: 'Refuse to register' },
      from: ['submitted'],
      to: 'rejected',
      by: ['filingClerk'],
      input: RejectInput,
      effects: ['recordRejection'],
    }),
    ...criminalTrialEvents,
    // CrPL arts 236, 238: dismiss and uphold, amend, or remand for retrial.
    decideAppeal: event({
      label: { 'zh-CN': '二审裁判', en: 'Decide the appeal' },
      from: ['assigned', 'hearingScheduled', 'heard'],
      to: 'closed',
      by: ['judge'],
      input: DecideCriminalAppealInput,
      guards: [appealDecisionIsLawful],
      effects: ['recordCriminalAppealDecision'],
    }),
  },
});
