// 行终: administrative second instance, opened at the parent court by an appeal against a 行初 case (ALL art 85); its
// events are 民终's (ALL art 101), its 审限 3 months from receipt of the appeal (ALL art 88).
import { defineCaseType } from './defineCaseType';
import { secondInstanceEvents } from './civilSecondInstance';
import { TRIAL_NODE_LABELS, TRIAL_NODES, type TrialNode } from './trialEvents';

export const administrativeSecondInstance = defineCaseType<TrialNode>({
  code: '行终',
  label: { 'zh-CN': '行政二审', en: 'Administrative second instance' },
  nodes: TRIAL_NODES,
  nodeLabels: TRIAL_NODE_LABELS,
  initial: 'submitted',
  terminal: ['rejected', 'withdrawn', 'closed', 'archived'],
  filingNodes: ['submitted', 'rejected'],
  events: secondInstanceEvents,
});
