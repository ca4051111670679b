// 民初: civil first instance, incl. simple procedure and small claims (no separate 类型代字, CASENO §1.3).
import { defineCaseType, event } from './defineCaseType';
import { AcceptFirstInstanceInput, AppealInput, ChangeProcedureInput, ReceiveAppealDefenceInput } from './eventInputs';
import { defenceEvents, evidenceEvents } from './pleadingEvents';
import { appealIsAvailable, judgmentNeedsHearing, onlySimpleProceduresConvert, simpleProceduresOnlyAtBasicCourts } from './guards';
import { RouteToMediationInput } from './mediationInputs';
import { closeEvent, filingReviewEvents, TRIAL_NODE_LABELS, TRIAL_NODES, trialEvents } from './trialEvents';

// A complaint the filing clerk sends to pre-litigation mediation waits, unregistered, for its outcome (CPL-2023 art 125).
const FIRST_INSTANCE_NODES = [...TRIAL_NODES, 'inMediation'] as const;
type FirstInstanceNode = (typeof FIRST_INSTANCE_NODES)[number];

export const civilFirstInstance = defineCaseType<FirstInstanceNode>({
  code: '民初',
  label: { 'zh-CN': '民事一审', en: 'Civil first instance' },
  nodes: FIRST_INSTANCE_NODES,
  nodeLabels: { ...TRIAL_NODE_LABELS, inMediation: { 'zh-CN': '诉前调解中', en: 'In pre-litigation mediation' } },
  initial: 'submitted',
  terminal: ['rejected', 'withdrawn', 'closed', 'archived'],
  filingNodes: ['submitted', 'correctionRequested', 'rejected', 'withdrawn', 'inMediation'],
  events: {
    ...filingReviewEvents,
    // CPL-2023 art 125: a dispute fit for mediation is mediated first, unless a party refuses; the filing waits for it.
    routeToMediation: event({
      label: { 'zh-CN': '转诉前调解', en: 'Send to pre-litigation mediation' },
      from: ['submitted'],
      to: 'inMediation',
      by: ['filingClerk'],
      input: RouteToMediationInput,
      effects: ['openMediation'],
    }),
    accept: event({
      label: { 'zh-CN': '登记立案', en: 'Accept and register' },
      from: ['submitted'],
      to: 'accepted',
      by: ['filingClerk'],
      input: AcceptFirstInstanceInput,
      guards: [simpleProceduresOnlyAtBasicCourts],
      effects: ['recordAcceptance', 'startAcceptancePeriods', 'issueFeeNotice', 'endPreservationSuitPeriods'],
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
