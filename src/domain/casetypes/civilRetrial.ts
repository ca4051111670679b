// 民再: the retrial a 民申 ruling orders (CPL-2023 art 215). Opened already registered (再审立案 = the ruling), numbered
// 民再 and linked to the chain; tried like the procedure it follows — the higher court trying it itself (提审) tries it
// under the second-instance procedure (art 218) — by a newly formed collegial panel (art 41; judges who sat in the chain
// are not eligible), and decided by judgment. Its 审限 is that procedure's, from the day after 再审立案 (CPL-Interp art 128).
import type { Static } from 'typebox';
import { refuse } from '../errors/domainError';
import { defineCaseType, type Guard } from './defineCaseType';
import type { AssignInput } from './eventInputs';
import { TRIAL_NODE_LABELS, TRIAL_NODES, trialEvents, type TrialNode } from './trialEvents';

// CPL-2023 art 41 [U paragraph]: a retrial is heard by a newly formed collegial panel, never by a sole judge.
export const retrialHasPanel: Guard<Static<typeof AssignInput>> = ({ input }) => {
  if (input.organization === 'sole') {
    refuse('TRIAL_ORGANIZATION_NOT_ALLOWED', 'invalid', '审理再审案件，应当另行组成合议庭（《民事诉讼法》第四十一条）。', 'A retrial is heard by a newly formed collegial panel (Civil Procedure Law, art. 41).');
  }
};

const withPanel = <E extends { guards?: readonly Guard<never>[] }>(e: E): E => ({ ...e, guards: [...(e.guards ?? []), retrialHasPanel as Guard<never>] });

export const civilRetrial = defineCaseType<TrialNode>({
  code: '民再',
  label: { 'zh-CN': '民事再审', en: 'Civil retrial' },
  nodes: TRIAL_NODES,
  nodeLabels: TRIAL_NODE_LABELS,
  initial: 'accepted',
  terminal: ['closed', 'archived'],
  filingNodes: [],
  events: { ...trialEvents, assign: withPanel(trialEvents.assign), reassign: withPanel(trialEvents.reassign) },
});
