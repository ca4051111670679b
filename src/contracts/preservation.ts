// HTTP contracts of 财保: the applicant's online application, and one preservation case's record.
import Type, { type Static } from 'typebox';
import { PRESERVATION_STAGES, SECURITY_KINDS } from '../domain/preservation/preservationApplication';
import { PartyInput, YuanAmount } from './cases';
import { Bilingual, Id } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const PreservationApplication = Type.Object(
  {
    courtId: Id,
    /** Before suit or before arbitration (CPL-2023 art 104). */
    stage: Type.Enum(PRESERVATION_STAGES),
    /** The applicant as `plaintiff`, the respondent as `defendant` (the filing's own party checks apply). */
    parties: Type.Array(PartyInput, { minItems: 2, maxItems: 20 }),
    amount: YuanAmount,
    /** The property clues: accounts, real estate, vehicles, … */
    propertyClues: Type.String({ minLength: 1, maxLength: 5000 }),
    /** CPL-2023 art 104: required before suit. */
    security: Type.Optional(Type.Object({ kind: Type.Enum(SECURITY_KINDS), amount: YuanAmount, description: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false })),
    attachmentIds: Type.Array(Id, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type PreservationApplication = Static<typeof PreservationApplication>;

export const PreservationRecord = Type.Object({
  caseId: Id,
  caseNumber: Nullable(Type.String()),
  node: Type.String(),
  stage: Type.Enum(PRESERVATION_STAGES),
  amount: Type.String(),
  propertyClues: Type.String(),
  security: Type.Object({ kind: Type.String(), amount: Type.String(), description: Type.String() }),
  fee: Type.String(),
  /** The instant the 48 hours to rule end (ISO 8601), once registered. */
  rulingDueAt: Nullable(Type.String()),
  decision: Nullable(Type.String()),
  grantedAmount: Nullable(Type.String()),
  /** The applicant's 30 days to sue or apply for arbitration (CPL-2023 art 104). */
  suitDueOn: Nullable(Type.String()),
  suitCaseId: Nullable(Id),
  arbitration: Nullable(Type.Object({ institution: Type.String(), appliedOn: Type.String(), reference: Type.Optional(Type.String()) })),
  executionCaseNumber: Nullable(Type.String()),
  liftedOn: Nullable(Type.String()),
  /** CPL-2023 art 104: the 30 days passed without suit or arbitration — 应当解除保全. */
  mustBeLifted: Type.Boolean(),
  notice: Nullable(Bilingual),
});
export type PreservationRecord = Static<typeof PreservationRecord>;
