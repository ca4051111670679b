// 民再: the retrial a 民申 ruling orders (CPL-2023 art 215). Opened already registered (再审立案 = the ruling), numbered
// 民再 and linked to the chain; tried like the procedure it follows — the higher court trying it itself (提审) tries it
// under the second-instance procedure (art 218) — by a newly formed collegial panel (art 41, guards.ts; judges who sat
// in the chain are not eligible), and decided by judgment. Its 审限 is that procedure's, from the day after 再审立案
// (CPL-Interp art 128, clock/trialLimits.ts). The trial's own events, the same declarations as 民初's.
import { defineCaseType } from './defineCaseType';
import { TRIAL_NODE_LABELS, TRIAL_NODES, trialEvents, type TrialNode } from './trialEvents';

export const civilRetrial = defineCaseType<TrialNode>({
  code: '民再',
  label: { 'zh-CN': '民事再审', en: 'Civil retrial' },
  nodes: TRIAL_NODES,
  nodeLabels: TRIAL_NODE_LABELS,
  initial: 'accepted',
  // Never entered (the case opens registered), declared as 民终 declares them.
  terminal: ['rejected', 'withdrawn', 'closed', 'archived'],
  filingNodes: ['submitted', 'rejected'],
  events: { ...trialEvents },
});
