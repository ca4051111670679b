// Input schemas of the execution (执) events (TypeBox), beside eventInputs.ts for the trial events.
import Type from 'typebox';
import { EXECUTION_CLOSING_METHODS, SUSPENSION_GROUNDS, TERMINATION_GROUNDS } from '../execution/closing';
import { DEBTOR_WHEREABOUTS, PROPERTY_REPORT_MEASURES } from '../execution/endOfRound';
import { PROPERTY_REPORT_DAYS_MAX } from '../execution/executionNotice';
import { PlainDate, SERVICE_METHODS } from './eventInputs';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const note = Type.Optional(text(1000, 0));

/** 立案; `preservedAmount`: funds of the debtor already preserved for this claim (yuan), for 繁简分流. */
export const RegisterExecutionInput = Type.Object(
  { preservedAmount: Type.Optional(Type.String({ pattern: '^(0|[1-9]\\d{0,12})(\\.\\d{1,2})?$', description: 'yuan, e.g. "150000.00"' })), note },
  { additionalProperties: false },
);

export const RefuseExecutionInput = Type.Object({ reason: text(1000) }, { additionalProperties: false });

/** 分案: the executing officer and, under 分段集约, the team whose queue takes the case. */
export const AssignExecutionInput = Type.Object({ judgeId: id, teamId: Type.Optional(id), note }, { additionalProperties: false });

/** The court's own stages (default 立案审查 → 集约查控 → 财产处置 → 案款发放 → 结案审查) are data, not nodes. */
export const MoveStageInput = Type.Object({ stage: text(40), teamId: Type.Optional(id), note }, { additionalProperties: false });

/** ASSET-INV art 2: a concrete asset clue the applicant gave, verified in 7 days (urgent: 3). */
export const RecordClueInput = Type.Object({ clue: text(2000), urgent: Type.Optional(Type.Boolean()), note }, { additionalProperties: false });
export const VerifyClueInput = Type.Object({ result: text(2000) }, { additionalProperties: false });
/** EXEC-TL [S]: the applicant asks the court to investigate the debtor's property. */
export const RequestInvestigationInput = Type.Object({ request: text(2000), note }, { additionalProperties: false });
/** The investigation started (ends the 10 days to start) or completed (ends both limits). */
export const ReportInvestigationInput = Type.Object({ step: Type.Union([Type.Literal('started'), Type.Literal('completed')]), note }, { additionalProperties: false });

/** CPL-2023 arts 251–252: the execution notice (with the order to report property for money) and the clue notice; `reportDays`: the term the order gives ([U] default 5). */
export const IssueNoticeInput = Type.Object({ reportDays: Type.Optional(Type.Integer({ minimum: 1, maximum: PROPERTY_REPORT_DAYS_MAX })), note }, { additionalProperties: false });

export const SuspendExecutionInput = Type.Object({ ground: Type.Enum(SUSPENSION_GROUNDS), note }, { additionalProperties: false });

export const ResumeExecutionInput = Type.Object({ note }, { additionalProperties: false });

export const CloseExecutionInput = Type.Object(
  {
    method: Type.Enum(EXECUTION_CLOSING_METHODS),
    /** Required for 终结执行 only (CPL-2023 art 268). */
    terminationGround: Type.Optional(Type.Enum(TERMINATION_GROUNDS)),
    note,
  },
  { additionalProperties: false },
);

export const ArchiveExecutionInput = Type.Object({ note }, { additionalProperties: false });

/** The execution notices served on the parties (CPL-2023 arts 251–252): recorded after the fact, or on the platform. */
export const EXECUTION_SERVED_DOCUMENTS = ['executionNotice', 'propertyReportOrder', 'clueNotice'] as const;
const partyIds = Type.Array(id, { minItems: 1, maxItems: 50 });

export const RecordExecutionServiceInput = Type.Object(
  { document: Type.Enum(EXECUTION_SERVED_DOCUMENTS), partyIds, servedOn: PlainDate, method: Type.Enum(SERVICE_METHODS), publicNoticeReason: Type.Optional(text(1000, 0)) },
  { additionalProperties: false },
);

export const ServeExecutionDocumentInput = Type.Object({ document: Type.Enum(EXECUTION_SERVED_DOCUMENTS), partyIds, attachmentId: Type.Optional(id) }, { additionalProperties: false });

/** ZHONGBEN art 2; CPL-2023 art 252: the debtor's property report verified, or what was done when it did not report truthfully. */
export const RecordPropertyReportInput = Type.Object(
  { partyId: id, reported: Type.Boolean(), verified: Type.Boolean(), measure: Type.Enum(PROPERTY_REPORT_MEASURES), note },
  { additionalProperties: false },
);

/** ZHONGBEN art 1(5): the debtor's whereabouts known, or searched for according to law (the measures in `note`). */
export const RecordDebtorSearchInput = Type.Object({ partyId: id, whereabouts: Type.Enum(DEBTOR_WHEREABOUTS), note }, { additionalProperties: false });

/** ZHONGBEN art 5 [U wording]: the applicant told of the execution and heard, including whether it asks for 执转破. */
export const InterviewApplicantInput = Type.Object(
  { heldOn: PlainDate, bankruptcyRequested: Type.Boolean(), opinion: text(2000), note },
  { additionalProperties: false },
);

/** ZHONGBEN art 1(3): where inquiries found property, why it cannot be disposed of; checked with the other conditions. */
export const ProposeEndOfRoundInput = Type.Object({ propertyNotDisposable: Type.Optional(text(2000, 0)), note }, { additionalProperties: false });
export const ApproveEndOfRoundInput = Type.Object({ note }, { additionalProperties: false });
export const ReturnEndOfRoundInput = Type.Object({ reason: text(1000) }, { additionalProperties: false });
