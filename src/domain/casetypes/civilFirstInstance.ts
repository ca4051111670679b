// 民初: civil first instance, incl. simple procedure and small claims (no separate 类型代字, CASENO §1.3).
import { defineCaseType, event } from './defineCaseType';
import { AcceptFirstInstanceInput, AppealInput, ChangeProcedureInput, ReceiveAppealDefenceInput } from './eventInputs';
import { defenceEvents, evidenceEvents } from './pleadingEvents';
import { appealIsAvailable, judgmentNeedsHearing, onlySimpleProceduresConvert, simpleProceduresOnlyAtBasicCourts } from './guards';
import { closeEvent, filingReviewEvents, TRIAL_NODE_LABELS, TRIAL_NODES, trialEvents, type TrialNode } from './trialEvents';

export const civilFirstInstance = defineCaseType<TrialNode>({
  code: '民初',
  label: { 'zh-CN': '民事一审', en: 'Civil first instance' },
  nodes: TRIAL_NODES,
  nodeLabels: TRIAL_NODE_LABELS,
  initial: 'submitted',
  terminal: ['rejected', 'withdrawn', 'closed', 'archived'],
  filingNodes: ['submitted', 'correctionRequested', 'rejected', 'withdrawn'],
  events: {
    ...filingReviewEvents,
    accept: event({
      label: { 'zh-CN': '登记立案', en: 'Accept and register' },
      from: ['submitted'],
      to: 'accepted',
      by: ['filingClerk'],
      input: AcceptFirstInstanceInput,
      guards: [simpleProceduresOnlyAtBasicCourts],
      effects: ['recordAcceptance', 'startAcceptancePeriods', 'issueFeeNotice'],
    }),
    ...trialEvents,
    ...defenceEvents,
    ...evidenceEvents,
    convertToOrdinary: event({
      label: { 'zh-CN': '转为普通程序', en: 'Convert to ordinary procedure' },
      from: ['assigned', 'hearingScheduled', 'heard'],
      to: null,
      by: ['judge'],
      input: ChangeProcedureInput,
      guards: [onlySimpleProceduresConvert],
      effects: ['changeProcedure', 'chargeFeeBalance'],
    }),
    close: closeEvent(judgmentNeedsHearing),
    appeal: event({
      label: { 'zh-CN': '提起上诉', en: 'Appeal' },
      from: ['closed'],
      to: null,
      by: ['party', 'lawyer'],
      input: AppealInput,
      guards: [appealIsAvailable],
      effects: ['openOrJoinAppeal'],
    }),
    // CPL-2023 art 174: the defence ends the appellee's period; with every defence in, the file goes up within 5 days.
    receiveAppealDefence: event({
      label: { 'zh-CN': '收到上诉答辩状', en: "Receive the appellee's defence" },
      from: ['closed'],
      to: null,
      by: ['courtClerk', 'judgeAssistant', 'judge'],
      input: ReceiveAppealDefenceInput,
      effects: ['receiveAppealDefence'],
    }),
  },
});
