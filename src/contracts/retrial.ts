// HTTP contracts of 民申/民再: a party's application for retrial of an effective judgment, and its record.
import Type, { type Static } from 'typebox';
import { PlainDate } from '../domain/casetypes/eventInputs';
import { RETRIAL_GROUNDS } from '../domain/retrial/retrialApplication';
import { Bilingual, Id } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const RetrialApplication = Type.Object(
  {
    /** CPL-2023 art 211: one or more of the 13 grounds. */
    grounds: Type.Array(Type.Enum(RETRIAL_GROUNDS), { minItems: 1, maxItems: RETRIAL_GROUNDS.length, uniqueItems: true }),
    /** CPL-2023 art 216: for grounds (1), (3), (12), (13), the day the applicant learned of it. */
    knownOn: Type.Optional(PlainDate),
    requests: Type.String({ minLength: 1, maxLength: 2000 }),
    facts: Type.String({ minLength: 1, maxLength: 5000 }),
    attachmentIds: Type.Array(Id, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type RetrialApplication = Static<typeof RetrialApplication>;

export const RetrialRecord = Type.Object({
  caseId: Id,
  caseNumber: Nullable(Type.String()),
  node: Type.String(),
  courtId: Id,
  originalCaseId: Id,
  originalCaseNumber: Nullable(Type.String()),
  grounds: Type.Array(Type.Object({ ground: Type.String(), label: Bilingual })),
  judgmentEffectiveOn: Type.String(),
  applicationDueOn: Type.String(),
  decision: Nullable(Type.String()),
  ruledOn: Nullable(Type.String()),
  retrialCaseId: Nullable(Id),
  retrialCaseNumber: Nullable(Type.String()),
});
export type RetrialRecord = Static<typeof RetrialRecord>;
