// Input schemas of the 财保 events (CPL-2023 arts 103–104; FEE art 14(2)).
import Type from 'typebox';
import { PlainDate } from './eventInputs';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const note = Type.Optional(text(1000, 0));
const yuan = Type.String({ pattern: '^(0|[1-9]\\d{0,12})(\\.\\d{1,2})?$', description: 'yuan, e.g. "150000.00"' });

/** 立案: the division and the judge who rules (the 48 hours run from this instant). */
export const RegisterPreservationInput = Type.Object({ divisionId: id, judgeId: id, note }, { additionalProperties: false });

/** 准予保全: the measures, the amount preserved (at most the amount applied for), the ruling uploaded if any. */
export const GrantPreservationInput = Type.Object(
  { measures: text(2000), amount: yuan, rulingAttachmentId: Type.Optional(id), note },
  { additionalProperties: false },
);

/** 驳回申请 (e.g. no security given, CPL-2023 art 104). */
export const DismissPreservationInput = Type.Object({ reasons: text(2000), rulingAttachmentId: Type.Optional(id) }, { additionalProperties: false });

/** The applicant applied for arbitration within the 30 days (CPL-2023 art 104). */
export const RecordArbitrationInput = Type.Object({ institution: text(200), appliedOn: PlainDate, reference: Type.Optional(text(100)) }, { additionalProperties: false });

export const LIFT_REASONS = ['noSuit', 'withdrawn', 'counterSecurity', 'other'] as const;
/** 解除保全: the 30 days lapsed (CPL-2023 art 104), the applicant withdrew, or the respondent gave security (art 107). */
export const LiftPreservationInput = Type.Object({ reason: Type.Enum(LIFT_REASONS), note }, { additionalProperties: false });

/** 执保: the ruling handed to the execution division; its case number recorded (the 执保 case is not built here). */
export const RecordPreservationExecutionInput = Type.Object({ executionCaseNumber: text(60), transferredOn: PlainDate }, { additionalProperties: false });

export const ClosePreservationInput = Type.Object({ note }, { additionalProperties: false });
