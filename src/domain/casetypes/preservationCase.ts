// 财保: property preservation before suit or arbitration (CPL-2023 arts 103–104). The applicant applies online with
// security; the filing clerk registers it and names the judge; the judge rules within 48 hours of registration; after a
// grant the applicant has 30 days to sue or apply for arbitration, or the preservation shall be lifted. The execution
// of the ruling is a 执保 case, only recorded here. Opened by src/server/modules/preservation/applyForPreservation.ts.
import type { BilingualMessage } from '../errors/domainError';
import { defineCaseType, event } from './defineCaseType';
import {
  ClosePreservationInput,
  DismissPreservationInput,
  GrantPreservationInput,
  LiftPreservationInput,
  RecordArbitrationInput,
  RecordPreservationExecutionInput,
  RegisterPreservationInput,
} from './preservationInputs';

export const PRESERVATION_NODES = ['submitted', 'registered', 'granted', 'lifted', 'closed'] as const;
export type PreservationNode = (typeof PRESERVATION_NODES)[number];

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

export const preservationCase = defineCaseType<PreservationNode>({
  code: '财保',
  label: label('诉前（仲裁前）财产保全', 'Property preservation before suit or arbitration'),
  nodes: PRESERVATION_NODES,
  nodeLabels: {
    submitted: label('待登记立案', 'Awaiting registration'),
    registered: label('已立案，待裁定（48小时）', 'Registered, to be ruled on (48 hours)'),
    granted: label('已裁定准予保全', 'Preservation granted'),
    lifted: label('已解除保全', 'Preservation lifted'),
    closed: label('已结案', 'Closed'),
  },
  initial: 'submitted',
  terminal: ['lifted', 'closed'],
  filingNodes: ['submitted'],
  events: {
    // CPL-2023 art 104: the 48 hours to rule run from registration (clock: preservationRuling, in hours); FEE art 14(2):
    // the application fee is noticed then, payable to the case's account.
    registerPreservation: event({ label: label('登记立案并指定审判员', 'Register and name the judge'), from: ['submitted'], to: 'registered', by: ['filingClerk'], input: RegisterPreservationInput, effects: ['registerPreservation', 'issueApplicationFeeNotice'] }),
    // CPL-2023 art 104: a granted ruling is executed at once; the applicant's 30 days start (clock: preservationSuit);
    // FEE art 14(2): the fee re-settled on the amount preserved.
    grantPreservation: event({ label: label('裁定准予保全', 'Grant preservation'), from: ['registered'], to: 'granted', by: ['judge'], input: GrantPreservationInput, effects: ['ruleOnPreservation', 'settlePreservationFee'] }),
    dismissPreservation: event({ label: label('裁定驳回申请', 'Dismiss the application'), from: ['registered'], to: 'closed', by: ['judge'], input: DismissPreservationInput, effects: ['ruleOnPreservation'] }),
    // A 民初 of the applicant against the respondent, registered, ends the 30 days by itself (effect on 民初's accept).
    recordArbitration: event({ label: label('登记已申请仲裁', 'Record the application for arbitration'), from: ['granted'], to: null, by: ['party', 'lawyer', 'filingClerk'], input: RecordArbitrationInput, effects: ['recordPreservationSuit'] }),
    recordPreservationExecution: event({ label: label('移送执行（执保）', 'Hand over for execution (执保)'), from: ['granted'], to: null, by: ['judge', 'filingClerk'], input: RecordPreservationExecutionInput, effects: ['recordPreservationExecution'] }),
    // CPL-2023 art 104: no suit or arbitration within 30 days → the court lifts the preservation.
    liftPreservation: event({ label: label('解除保全', 'Lift the preservation'), from: ['granted'], to: 'lifted', by: ['judge'], input: LiftPreservationInput, effects: ['liftPreservation'] }),
    // With the suit or arbitration under way the preservation continues there; the 财保 case is closed.
    closePreservation: event({ label: label('结案', 'Close'), from: ['granted'], to: 'closed', by: ['judge'], input: ClosePreservationInput, effects: ['closePreservation'] }),
  },
});
