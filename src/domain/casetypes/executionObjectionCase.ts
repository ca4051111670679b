// 执异 (执行异议): a party or interested person objects in writing to an execution act (CPL-2023 art 236); the court
// registers it within 3 days (EXEC-OBJ art 2), a collegial panel without the implementing officers (EXEC-OBJ art 11)
// rules within 15 days of receipt, the ruling is served and the 10 days to apply for reconsideration run.
// Opened from a 执/执恢 case by src/server/modules/execution/objections.ts; effects in objectionEffects.ts.
import type { BilingualMessage } from '../errors/domainError';
import { defineCaseType, event } from './defineCaseType';
import { referenceTypeCode } from './executionCase';
import { ArchiveObjectionInput, FormObjectionPanelInput, RefuseObjectionInput, RegisterObjectionInput, RuleOnObjectionInput, ServeObjectionRulingInput } from './objectionInputs';

export const OBJECTION_NODES = ['submitted', 'rejected', 'registered', 'panelFormed', 'ruled', 'closed', 'archived'] as const;
export type ObjectionNode = (typeof OBJECTION_NODES)[number];

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

export const executionObjectionCase = defineCaseType<ObjectionNode>({
  code: referenceTypeCode('执异'),
  label: label('执行异议', 'Execution objection'),
  nodes: OBJECTION_NODES,
  nodeLabels: {
    submitted: label('待审查立案', 'Awaiting registration'),
    rejected: label('不予受理', 'Not admitted'),
    registered: label('已立案，待组成合议庭', 'Registered, awaiting the panel'),
    panelFormed: label('合议庭审查中', 'Under review by the panel'),
    ruled: label('已裁定，待送达', 'Ruled, to be served'),
    closed: label('已结案', 'Closed'),
    archived: label('已归档', 'Archived'),
  },
  initial: 'submitted',
  terminal: ['rejected', 'closed', 'archived'],
  filingNodes: ['submitted', 'rejected'],
  events: {
    // EXEC-OBJ art 2: registered within 3 days of receipt (clock: objectionRegistration).
    registerObjection: event({ label: label('执行异议立案', 'Register the objection'), from: ['submitted'], to: 'registered', by: ['filingClerk'], input: RegisterObjectionInput, effects: ['registerObjection'] }),
    refuseObjection: event({ label: label('裁定不予受理', 'Refuse to register'), from: ['submitted'], to: 'rejected', by: ['filingClerk'], input: RefuseObjectionInput, effects: ['recordRejection', 'endObjectionPeriods'] }),
    // EXEC-OBJ art 11: a collegial panel; the officers who implemented the execution may not sit.
    formObjectionPanel: event({ label: label('组成合议庭', 'Form the collegial panel'), from: ['registered', 'panelFormed'], to: 'panelFormed', by: ['divisionChief', 'president'], input: FormObjectionPanelInput, effects: ['formObjectionPanel'] }),
    // CPL-2023 art 236: ruled within 15 days of receipt (clock: objectionReview).
    ruleOnObjection: event({ label: label('作出异议裁定', 'Rule on the objection'), from: ['panelFormed'], to: 'ruled', by: ['judge'], input: RuleOnObjectionInput, effects: ['ruleOnObjection'] }),
    // CPL-2023 art 236: 10 days from service to apply for reconsideration (clock: objectionReconsiderationApplication).
    serveObjectionRuling: event({ label: label('送达异议裁定', 'Serve the ruling'), from: ['ruled'], to: 'closed', by: ['judge', 'courtClerk', 'judgeAssistant'], input: ServeObjectionRulingInput, effects: ['serveObjectionRuling'] }),
    archiveObjection: event({ label: label('归档', 'Archive'), from: ['closed'], to: 'archived', by: ['courtClerk', 'judge'], input: ArchiveObjectionInput, effects: ['recordArchiving'] }),
  },
});
