// 执 (首次执行): an application registered, assigned to an officer and team, worked through the court's stages, suspended
// and resumed (CPL-2023 art 267), closed by one of the methods of EXEC-CASES (rules.md §5.3).
// Registered in registry.ts; the server module src/server/modules/execution/ performs the effects (the execution 审限 and
// the stage periods of clock/executionPeriodKinds.ts). 执恢 is the same declaration under its own code.
import type { Static } from 'typebox';
import caseTypeData from '../../../reference/case-type-codes.json';
import type { BilingualMessage } from '../errors/domainError';
import { refuse } from '../errors/domainError';
import { EXECUTION_CLOSING_RULES } from '../execution/closing';
import { defineCaseType, event, type Guard } from './defineCaseType';
import { RouteToPreExecutionMediationInput } from './settlementInputs';
import { ApproveEndOfRoundInput, ArchiveExecutionInput, AssignExecutionInput, CloseExecutionInput, InterviewApplicantInput, IssueNoticeInput, MoveStageInput, RecordClueInput, RecordDebtorSearchInput, RecordExecutionServiceInput, RecordPropertyReportInput, ProposeEndOfRoundInput, RefuseExecutionInput, RegisterExecutionInput, ReportInvestigationInput, ReturnEndOfRoundInput, RequestInvestigationInput, ResumeExecutionInput, ServeExecutionDocumentInput, SuspendExecutionInput, VerifyClueInput } from './executionInputs';

export const EXECUTION_NODES = ['submitted', 'rejected', 'inMediation', 'withdrawn', 'registered', 'assigned', 'implementing', 'suspended', 'endOfRoundReview', 'closed', 'archived'] as const;
export type ExecutionNode = (typeof EXECUTION_NODES)[number];

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });
const OFFICERS = ['judge', 'judgeAssistant'] as const;
const WORKING = ['assigned', 'implementing', 'suspended'] as const;

// ZHONGBEN arts 1, 5; CPL-Interp art 517: 终本 only through its checklist and the president's approval, never by closing.
export const endOfRoundOnlyByApproval: Guard<Static<typeof CloseExecutionInput>> = ({ input }) => {
  if (input.method === 'currentRoundEnded') {
    refuse('END_OF_ROUND_NEEDS_APPROVAL', 'invalid', '终结本次执行程序须经五项条件审查并报院长批准：请使用“申请终结本次执行程序”。', 'Ending the current round needs its five conditions checked and the president\'s approval: use "Propose ending the current round".');
  }
};

// CPL-2023 art 268: 终结执行 states its ground; the other methods take none.
export const terminationNeedsItsGround: Guard<Static<typeof CloseExecutionInput>> = ({ input }) => {
  const rule = EXECUTION_CLOSING_RULES[input.method];
  if (rule.needsGround && input.terminationGround === undefined) {
    refuse('EXECUTION_TERMINATION_GROUND_REQUIRED', 'invalid', '终结执行应当载明《民事诉讼法》第二百六十八条规定的情形，请选择终结事由。', 'Termination must state its ground under Civil Procedure Law, art. 268: choose one.');
  }
  if (!rule.needsGround && input.terminationGround !== undefined) {
    refuse('EXECUTION_TERMINATION_GROUND_UNEXPECTED', 'invalid', `以“${rule.label['zh-CN']}”方式结案不适用终结执行事由，请删除该事由。`, `A case closed as "${rule.label.en}" takes no termination ground: remove it.`);
  }
};

/** The 类型代字 of the SPC's table (reference/case-type-codes.json), refused if the table lacks it: never invented. */
export function referenceTypeCode(code: string): string {
  if (!caseTypeData.codes.some((c) => c.typeCode === code)) throw new Error(`case type code ${code} is not in reference/case-type-codes.json`);
  return code;
}

/**
 * The execution case's declaration, for 执 and for 执恢 (恢复执行, a new linked case worked exactly as the first:
 * CPL-Interp art 517; ZHONGBEN art 9 [S]) — one list of nodes and events, not two copies.
 */
function executionCaseType(code: string, caseLabel: BilingualMessage, o: { preExecutionMediation: boolean }) {
  return defineCaseType<ExecutionNode>({
    code: referenceTypeCode(code),
    label: caseLabel,
    nodes: EXECUTION_NODES,
    nodeLabels: {
      submitted: label('待审查立案', 'Awaiting registration'),
      rejected: label('不予受理', 'Not admitted'),
      inMediation: label('执前调解中', 'In pre-execution mediation'),
      withdrawn: label('执前调解成功，申请撤回', 'Settled in pre-execution mediation; application withdrawn'),
      registered: label('已立案，待分案', 'Registered, awaiting assignment'),
      assigned: label('已分案', 'Assigned'),
      implementing: label('执行中', 'Being executed'),
      suspended: label('中止执行', 'Suspended'),
      endOfRoundReview: label('终本待院长审批', 'End of round awaiting the president'),
      closed: label('已结案', 'Closed'),
      archived: label('已归档', 'Archived'),
    },
    initial: 'submitted',
    terminal: ['rejected', 'withdrawn', 'closed', 'archived'],
    filingNodes: ['submitted', 'rejected', 'inMediation', 'withdrawn'],
    events: {
      // 执行指挥中心 registers the application (CPL-2023 arts 247–250; a late one only with a warning, art 250).
      registerExecution: event({ label: label('执行立案', 'Register the execution case'), from: ['submitted'], to: 'registered', by: ['filingClerk'], input: RegisterExecutionInput, effects: ['registerExecution'] }),
      // 执前调 (issue 18; court practice [U]): with the applicant's consent the application waits, unregistered, while a
      // numbered 执前调 matter is mediated; failure brings it back to `submitted`, success withdraws it (mediation outcomeEffects).
      ...(o.preExecutionMediation
        ? { routeToMediation: event({ label: label('转执前调解', 'Send to pre-execution mediation'), from: ['submitted'], to: 'inMediation', by: ['filingClerk'], input: RouteToPreExecutionMediationInput, effects: ['openMediation'] }) }
        : {}),
      refuseExecution: event({ label: label('裁定不予受理', 'Refuse to register'), from: ['submitted'], to: 'rejected', by: ['filingClerk'], input: RefuseExecutionInput, effects: ['recordRejection'] }),
      // EXEC-TL [S]: the 承办人 within 7 days of 立案 (clock: executionAssignment); 繁简分流 picks the team.
      assignExecution: event({ label: label('分案', 'Assign the officer'), from: ['registered'], to: 'assigned', by: ['filingClerk', 'divisionChief'], input: AssignExecutionInput, effects: ['assignExecution'] }),
      reassignExecution: event({ label: label('变更承办人', 'Reassign the officer'), from: ['assigned', 'implementing', 'suspended'], to: null, by: ['divisionChief', 'president'], input: AssignExecutionInput, effects: ['assignExecution'] }),
      // CPL-2023 arts 251–252, ASSET-INV arts 1, 3; EXEC-TL [S]: within 3 days of receiving the case (clock: executionNotice).
      issueExecutionNotice: event({ label: label('发出执行通知书、报告财产令', 'Send the execution notice and the order to report property'), from: ['assigned', 'implementing'], to: 'implementing', by: OFFICERS, input: IssueNoticeInput, effects: ['issueExecutionNotice'] }),
      moveStage: event({ label: label('流转至下一执行阶段', 'Move to another stage'), from: ['assigned', 'implementing'], to: 'implementing', by: [...OFFICERS, 'divisionChief'], input: MoveStageInput, effects: ['moveExecutionStage'] }),
      // ASSET-INV art 2: the applicant's clue verified in 7 days (urgent 3); EXEC-TL [S]: an investigation started in 10 days, done in 1 month.
      recordClue: event({ label: label('登记财产线索', 'Record an asset clue'), from: WORKING, to: null, by: OFFICERS, input: RecordClueInput, effects: ['recordAssetClue'] }),
      verifyClue: event({ label: label('财产线索核查完毕', 'Clue verified'), from: WORKING, to: null, by: OFFICERS, input: VerifyClueInput, effects: ['verifyAssetClue'] }),
      requestInvestigation: event({ label: label('登记财产调查申请', 'Record a request to investigate'), from: WORKING, to: null, by: OFFICERS, input: RequestInvestigationInput, effects: ['requestPropertyInvestigation'] }),
      reportInvestigation: event({ label: label('财产调查进展', 'Investigation started or completed'), from: WORKING, to: null, by: OFFICERS, input: ReportInvestigationInput, effects: ['reportPropertyInvestigation'] }),
      // CPL-2023 arts 87–95: the execution notices served like any document (after the fact, or in the party's inbox).
      recordExecutionService: event({ label: label('记录执行文书送达', 'Record service of an execution document'), from: WORKING, to: null, by: [...OFFICERS, 'courtClerk'], input: RecordExecutionServiceInput, effects: ['recordService'] }),
      serveExecutionDocument: event({ label: label('平台送达执行文书', 'Serve an execution document on the platform'), from: WORKING, to: null, by: [...OFFICERS, 'courtClerk'], input: ServeExecutionDocumentInput, effects: ['serveOnPlatform'] }),
      // ZHONGBEN arts 1(1), 2, 1(5), 5: what 终本's checklist reads — the property report, the search for the debtor, the 约谈.
      recordPropertyReport: event({ label: label('记录被执行人报告财产情况', "Record the debtor's property report"), from: WORKING, to: null, by: OFFICERS, input: RecordPropertyReportInput, effects: ['recordEndOfRoundFact'] }),
      recordDebtorSearch: event({ label: label('记录被执行人下落及查找情况', "Record the debtor's whereabouts or the search"), from: WORKING, to: null, by: OFFICERS, input: RecordDebtorSearchInput, effects: ['recordEndOfRoundFact'] }),
      interviewApplicant: event({ label: label('约谈申请执行人', 'Interview the applicant'), from: WORKING, to: null, by: OFFICERS, input: InterviewApplicantInput, effects: ['recordEndOfRoundFact'] }),
      // CPL-2023 art 267: suspension on one of its grounds; execution resumes when the ground ends.
      suspendExecution: event({ label: label('裁定中止执行', 'Suspend execution'), from: ['assigned', 'implementing'], to: 'suspended', by: ['judge'], input: SuspendExecutionInput, effects: ['suspendExecution'] }),
      resumeExecution: event({ label: label('恢复执行', 'Resume execution'), from: ['suspended'], to: 'implementing', by: ['judge'], input: ResumeExecutionInput, effects: ['resumeExecution'] }),
      // EXEC-CASES [U article]: the six closing methods; 终本's five conditions are guarded in execution 2/2 (ZHONGBEN art 1).
      closeExecution: event({ label: label('执行结案', 'Close the case'), from: ['assigned', 'implementing', 'suspended'], to: 'closed', by: ['judge'], input: CloseExecutionInput, guards: [endOfRoundOnlyByApproval, terminationNeedsItsGround], effects: ['closeExecution'] }),
      // ZHONGBEN art 1: all five conditions at once (and the 约谈 of art 5), checked from the record; then the 院长 approves (CPL-Interp art 517).
      proposeEndOfRound: event({ label: label('申请终结本次执行程序', 'Propose ending the current round'), from: ['implementing'], to: 'endOfRoundReview', by: ['judge'], input: ProposeEndOfRoundInput, effects: ['proposeEndOfRound'] }),
      approveEndOfRound: event({ label: label('批准终结本次执行程序', 'Approve ending the current round'), from: ['endOfRoundReview'], to: 'closed', by: ['president'], input: ApproveEndOfRoundInput, effects: ['approveEndOfRound'] }),
      returnEndOfRound: event({ label: label('退回终本申请', 'Return the proposal'), from: ['endOfRoundReview'], to: 'implementing', by: ['president'], input: ReturnEndOfRoundInput, effects: ['returnEndOfRound'] }),
      archiveExecution: event({ label: label('归档', 'Archive'), from: ['closed'], to: 'archived', by: ['courtClerk', 'judge'], input: ArchiveExecutionInput, effects: ['recordArchiving'] }),
    },
  });
}

export const executionCase = executionCaseType('执', label('首次执行', 'Execution (first application)'), { preExecutionMediation: true });
/** 执恢: opened from a 执 (or 执恢) case closed by 终本 (src/domain/execution/restoration.ts). */
export const restoredExecutionCase = executionCaseType('执恢', label('恢复执行', 'Execution restored'), { preExecutionMediation: false });

/** The case types worked as execution cases (the 执行 tab, the execution record). */
export const EXECUTION_CASE_TYPES: readonly string[] = [executionCase.code, restoredExecutionCase.code];
