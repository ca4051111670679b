// 民终: civil second instance (appeal), opened at the parent court by an appeal against a 民初 case.
import { defineCaseType, event } from './defineCaseType';
import { AcceptSecondInstanceInput, RejectInput } from './eventInputs';
import { evidenceEvents } from './pleadingEvents';
import { evidenceExchangeEvents } from './evidenceExchangeEvents';
import { TRIAL_NODE_LABELS, TRIAL_NODES, trialEvents, type TrialNode } from './trialEvents';

/** Registration, refusal and the trial at second instance: the same for every appeal (行终 too, ALL art 101). */
export const secondInstanceEvents = {
  accept: event({
    label: { 'zh-CN': '登记立案', en: 'Accept and register' },
    from: ['submitted'],
    to: 'accepted',
    by: ['filingClerk'],
    input: AcceptSecondInstanceInput,
    effects: ['recordAcceptance', 'startAcceptancePeriods', 'receiveAppealFile', 'issueFeeNotice'],
  }),
  // An appeal the higher court cannot register (e.g. out of time) is refused by written ruling, with reasons.
  reject: event({
    label: { 'zh-CN': '不予受理', en: 'Refuse to register' },
    from: ['submitted'],
    to: 'rejected',
    by: ['filingClerk'],
    input: RejectInput,
    effects: ['recordRejection'],
  }),
  ...trialEvents,
  ...evidenceEvents,
};

export const civilSecondInstance = defineCaseType<TrialNode>({
  code: '民终',
  label: { 'zh-CN': '民事二审', en: 'Civil second instance' },
  nodes: TRIAL_NODES,
  nodeLabels: TRIAL_NODE_LABELS,
  initial: 'submitted',
  terminal: ['rejected', 'withdrawn', 'closed', 'archived'],
  filingNodes: ['submitted', 'rejected'],
  // 证据交换与质证 where new evidence is submitted on appeal (CPL-Interp art 99: a period of at least 10 days).
  events: { ...secondInstanceEvents, ...evidenceExchangeEvents },
});
