// 民初: civil first instance, incl. simple procedure and small claims (no separate 类型代字, CASENO §1.3).
import { defineCaseType, event } from './defineCaseType';
import { AcceptFirstInstanceInput } from './eventInputs';
import { appealEvents, convertToOrdinary } from './firstInstanceEvents';
import { defenceEvents, evidenceEvents } from './pleadingEvents';
import { evidenceExchangeEvents } from './evidenceExchangeEvents';
import { elementEvents } from './elementEvents';
import { judgmentNeedsHearing, simpleProceduresOnlyAtBasicCourts } from './guards';
import { RouteToMediationInput } from './mediationInputs';
import { crossRegionEvents, transferEvents } from '../jurisdiction/transferEvents';
import { closeEvent, filingReviewEvents, TRIAL_NODE_LABELS, TRIAL_NODES, trialEvents } from './trialEvents';

// A complaint the filing clerk sends to pre-litigation mediation waits, unregistered, for its outcome (CPL-2023 art 125).
// 跨域立案: a filing taken at another court's counter waits there until that court forwards it (issue 19 item 4).
const FIRST_INSTANCE_NODES = [...TRIAL_NODES, 'inMediation', 'crossRegionReceived'] as const;
type FirstInstanceNode = (typeof FIRST_INSTANCE_NODES)[number];

export const civilFirstInstance = defineCaseType<FirstInstanceNode>({
  code: '民初',
  label: { 'zh-CN': '民事一审', en: 'Civil first instance' },
  nodes: FIRST_INSTANCE_NODES,
  nodeLabels: { ...TRIAL_NODE_LABELS, inMediation: { 'zh-CN': '诉前调解中', en: 'In pre-litigation mediation' }, crossRegionReceived: { 'zh-CN': '跨域立案待转交', en: 'Cross-region filing awaiting forwarding' } },
  initial: 'submitted',
  terminal: ['rejected', 'withdrawn', 'closed', 'archived'],
  filingNodes: ['submitted', 'correctionRequested', 'rejected', 'withdrawn', 'inMediation', 'crossRegionReceived'],
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
    ...elementEvents,
    ...evidenceEvents,
    ...evidenceExchangeEvents,
    convertToOrdinary,
    close: closeEvent(judgmentNeedsHearing),
    ...appealEvents,
    ...transferEvents,
    ...crossRegionEvents,
  },
});
