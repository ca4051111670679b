// HTTP contracts of 执行: a party's online application from a closed case, and one execution case's record.
import Type, { type Static } from 'typebox';
import { PlainDate } from '../domain/casetypes/eventInputs';
import { END_OF_ROUND_CONDITIONS } from '../domain/execution/endOfRound';
import { EXTERNAL_TITLE_KINDS } from '../domain/execution/externalTitle';
import { PartyInput, YuanAmount } from './cases';
import { TraceStep } from './clock';
import { Bilingual, Id } from './common';
import { ExecutionTriage } from './executionTeams';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** principal (本金), ordinaryInterest (一般债务利息: owed, but bears no doubled interest, DELAY-2014 art 1), costs (费用). */
export const EXECUTION_ITEM_KINDS = ['principal', 'ordinaryInterest', 'costs'] as const;

export const ExecutionItem = Type.Object(
  {
    kind: Type.Enum(EXECUTION_ITEM_KINDS),
    label: Type.String({ minLength: 1, maxLength: 100 }),
    amount: YuanAmount,
    /** The last day of this item's performance period; without it, the day the title took effect (DELAY-2014 art 2). */
    dueOn: Type.Optional(PlainDate),
  },
  { additionalProperties: false },
);

export const ExecutionApplication = Type.Object(
  {
    /** The closed 民初 / 民终 case, or the 民特 case that confirmed a mediation agreement. */
    titleCaseId: Id,
    items: Type.Array(ExecutionItem, { minItems: 1, maxItems: 20 }),
    /** Doubled interest for delay is computed to this day (default: today). */
    interestTo: Type.Optional(PlainDate),
    /** What the debtor has already paid, by day (applied as DELAY-2014 art 4 says). */
    payments: Type.Optional(Type.Array(Type.Object({ on: PlainDate, amount: YuanAmount }, { additionalProperties: false }), { maxItems: 50 })),
    /** Parties of the title to execute against (被执行人). */
    debtorPartyIds: Type.Array(Id, { minItems: 1, maxItems: 20 }),
    assetClues: Type.String({ maxLength: 5000 }),
    attachmentIds: Type.Array(Id, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type ExecutionApplication = Static<typeof ExecutionApplication>;

/** A party of an external title: the applicant (the filer marks themself or their clients) or a debtor. */
export const ExecutionPartyInput = Type.Omit(PartyInput, ['standing']);

/** 申请执行 on an uploaded title that is not a case of ours (CPL-2023 arts 235, 248, 249). */
export const ExternalExecutionApplication = Type.Object(
  {
    /** The court the applicant applies to (the law's court for the title is noted for the clerk). */
    courtId: Id,
    title: Type.Object(
      {
        kind: Type.Enum(EXTERNAL_TITLE_KINDS),
        /** The arbitration commission, notary office or court. */
        issuer: Type.String({ minLength: 1, maxLength: 100 }),
        /** The award's or instrument's number, or the other court's case number. */
        documentNumber: Type.String({ minLength: 1, maxLength: 100 }),
        effectiveOn: PlainDate,
        /** The last day of each performance period the title sets; none: performance on its effect. */
        performanceDeadlines: Type.Array(PlainDate, { maxItems: 20 }),
        /** What the title awards in money, as it states it. */
        amount: Type.Optional(YuanAmount),
        /** The uploaded title itself (PDF or image). */
        documentId: Id,
        /** 公证债权文书: the notary office's 执行证书, its number and the uploaded file. */
        certificateNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
        certificateId: Type.Optional(Id),
      },
      { additionalProperties: false },
    ),
    applicants: Type.Array(ExecutionPartyInput, { minItems: 1, maxItems: 10 }),
    debtors: Type.Array(ExecutionPartyInput, { minItems: 1, maxItems: 20 }),
    items: Type.Array(ExecutionItem, { minItems: 1, maxItems: 20 }),
    interestTo: Type.Optional(PlainDate),
    payments: Type.Optional(Type.Array(Type.Object({ on: PlainDate, amount: YuanAmount }, { additionalProperties: false }), { maxItems: 50 })),
    assetClues: Type.String({ maxLength: 5000 }),
    attachmentIds: Type.Array(Id, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type ExternalExecutionApplication = Static<typeof ExternalExecutionApplication>;

export const ExternalTitleRecord = Type.Object({
  kind: Type.String(),
  kindLabel: Bilingual,
  issuer: Type.String(),
  documentNumber: Type.String(),
  effectiveOn: Type.String(),
  performanceDeadlines: Type.Array(Type.String()),
  amount: Nullable(Type.String()),
  certificateNumber: Nullable(Type.String()),
  documentId: Id,
  certificateId: Nullable(Id),
  /** Shown to the clerk when the court chosen is not of the level the law names ([U] a warning, not a refusal). */
  jurisdictionWarning: Nullable(Bilingual),
});

/** 恢复执行: why (the property found, or the court's own motion), the new clues, the files. */
export const RestorationRequest = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
    assetClues: Type.String({ maxLength: 5000 }),
    attachmentIds: Type.Array(Id, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type RestorationRequest = Static<typeof RestorationRequest>;

/** 执行异议 (CPL-2023 art 236): the act objected to, the requests and why; a party names its own party, the filing clerk
 * recording a written objection names the objector (a party of the execution, or an interested person). */
export const ObjectionApplication = Type.Object(
  {
    /** `act`: a party's or interested person's objection to an execution act (CPL-2023 art 236, the default); `object`: a
     * third party's objection to the object of execution (案外人异议, art 238), recorded by the filing clerk. */
    kind: Type.Optional(Type.Union([Type.Literal('act'), Type.Literal('object')])),
    /** The act objected to, or (art 238) the object of execution the third party claims. */
    act: Type.String({ minLength: 1, maxLength: 1000 }),
    requests: Type.String({ minLength: 1, maxLength: 2000 }),
    facts: Type.String({ maxLength: 5000 }),
    objectorPartyId: Type.Optional(Id),
    objector: Type.Optional(ExecutionPartyInput),
    attachmentIds: Type.Array(Id, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type ObjectionApplication = Static<typeof ObjectionApplication>;

export const ObjectionOpened = Type.Object({ caseId: Id, caseNumber: Nullable(Type.String()), node: Type.String() });

export const ExecutionStage = Type.Object({ code: Type.String(), label: Bilingual, limitDays: Type.Optional(Nullable(Type.Integer())) });

export const ExecutionRecord = Type.Object({
  caseId: Id,
  caseNumber: Nullable(Type.String()),
  node: Type.String(),
  /** The case of ours executed; null for an external title. */
  titleCaseId: Nullable(Id),
  titleCaseNumber: Nullable(Type.String()),
  externalTitle: Nullable(ExternalTitleRecord),
  titleEffectiveOn: Type.String(),
  titleEffect: Type.Object({ basis: Type.String(), note: Bilingual }),
  items: Type.Array(Type.Object({ kind: Type.String(), label: Type.String(), amount: Type.String(), dueOn: Type.String() })),
  delayInterest: Type.Object({ asOf: Type.String(), amount: Type.String(), exact: Type.String(), trace: Type.Array(TraceStep) }),
  /** Everything applied for, the doubled interest included. */
  amount: Type.String(),
  assetClues: Type.String(),
  applicationPeriod: Type.Object({ trigger: Type.String(), due: Type.String(), daysLate: Type.Integer(), trace: Type.Array(TraceStep) }),
  /** CPL-2023 art 250: shown to the clerk; the case is registered all the same. */
  lateWarning: Nullable(Bilingual),
  fee: Type.Object({ amount: Type.String(), collected: Type.Literal('afterExecution'), borneBy: Type.Literal('debtor'), source: Type.String() }),
  stage: Nullable(ExecutionStage),
  stageEnteredOn: Nullable(Type.String()),
  /** The stages the court works through (分段集约), in order. */
  stages: Type.Array(ExecutionStage),
  suspended: Type.Boolean(),
  /** 繁简分流 at 立案 by the court's rules (src/domain/execution/triage.ts); null for a case not yet registered. */
  triage: Nullable(ExecutionTriage),
  teamId: Nullable(Id),
  teamName: Nullable(Type.String()),
  /** The objections against this execution (执异 cases opened from it) and, once ruled, what the ruling does to it. */
  objections: Type.Array(
    Type.Object({
      caseId: Id,
      caseNumber: Nullable(Type.String()),
      node: Type.String(),
      kind: Type.Union([Type.Literal('act'), Type.Literal('object')]),
      act: Type.String(),
      decision: Nullable(Type.Union([Type.Literal('sustain'), Type.Literal('dismiss')])),
      effect: Nullable(Bilingual),
    }),
  ),
});
export type ExecutionRecord = Static<typeof ExecutionRecord>;

/** 终本's checklist (ZHONGBEN arts 1–3, 5): each condition with its evidence from the case and what is missing. */
export const EndOfRoundChecklist = Type.Object({
  items: Type.Array(
    Type.Object({
      condition: Type.Enum(END_OF_ROUND_CONDITIONS),
      label: Bilingual,
      source: Type.String(),
      holds: Type.Boolean(),
      evidence: Type.Array(Bilingual),
      missing: Type.Array(Bilingual),
    }),
  ),
  allHold: Type.Boolean(),
  /** The judge's proposal awaiting the president, if any. */
  pending: Nullable(Type.Object({ propertyNotDisposable: Nullable(Type.String()), proposedAt: Type.String() })),
});
export type EndOfRoundChecklist = Static<typeof EndOfRoundChecklist>;
