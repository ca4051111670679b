// 证据交换与质证 over HTTP: a case's evidence as the viewer may see it, and the parties' written opinions.
import Type, { type Static } from 'typebox';
import { EVIDENCE_STATUSES } from '../domain/evidence/exchange';
import { OPINION_VIEWS } from '../domain/evidence/crossExamination';
import { FINDING_VERDICTS } from '../domain/evidence/findings';
import { LATE_DECISIONS } from '../domain/evidence/lateEvidence';
import { Bilingual, Id } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const literals = <const T extends readonly string[]>(xs: T) => Type.Enum([...xs] as T[number][]);

export const OpinionView = literals(OPINION_VIEWS);
const PropertyOpinionInput = Type.Object(
  { view: OpinionView, reason: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

/** 质证意见: 真实性, 合法性, 关联性 each 认可 / 不认可 / 部分认可 with a reason, and an opinion on the 证明目的. */
export const OpinionInput = Type.Object(
  {
    partyId: Id,
    authenticity: PropertyOpinionInput,
    legality: PropertyOpinionInput,
    relevance: PropertyOpinionInput,
    purposeOpinion: Type.String({ minLength: 1, maxLength: 4000 }),
  },
  { additionalProperties: false },
);
export type OpinionInput = Static<typeof OpinionInput>;

export const EvidenceItemParams = Type.Object({ id: Id, itemId: Id }, { additionalProperties: false });

const PropertyOpinion = Type.Object({ view: OpinionView, reason: Nullable(Type.String()) });

export const EvidenceOpinion = Type.Object({
  partyId: Type.Integer(),
  partyName: Type.String(),
  authenticity: PropertyOpinion,
  legality: PropertyOpinion,
  relevance: PropertyOpinion,
  purposeOpinion: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const EvidenceFinding = Type.Object({
  verdict: literals(FINDING_VERDICTS),
  authenticity: Type.Boolean(),
  legality: Type.Boolean(),
  relevance: Type.Boolean(),
  reasoning: Type.String(),
  foundAt: Type.String({ format: 'date-time' }),
});

export const EvidenceItemView = Type.Object({
  id: Type.Integer(),
  partyId: Type.Integer(),
  partyName: Type.String(),
  side: Type.String({ description: 'claimant, respondent, or party:<id>' }),
  /** 原告证据1 / Plaintiff's evidence 1 */
  label: Bilingual,
  seq: Type.Integer(),
  name: Type.String(),
  source: Type.String(),
  purpose: Type.String(),
  pages: Type.Integer(),
  attachmentIds: Type.Array(Type.Integer()),
  submittedAt: Type.String({ format: 'date-time' }),
  isLate: Type.Boolean(),
  lateReason: Nullable(Type.String()),
  status: literals(EVIDENCE_STATUSES),
  exchangedAt: Nullable(Type.String({ format: 'date-time' })),
  opinionDueOn: Nullable(Type.String()),
  lateDecision: Nullable(Type.Object({ decision: literals(LATE_DECISIONS), reason: Type.String(), decidedAt: Type.String({ format: 'date-time' }) })),
  finding: Nullable(EvidenceFinding),
  opinions: Type.Array(EvidenceOpinion),
  /** The viewer's parties that may give (or change) an opinion on this item today. */
  opinionPartyIds: Type.Array(Type.Integer()),
});
export type EvidenceItemView = Static<typeof EvidenceItemView>;

export const EvidenceExtensionRequest = Type.Object({
  id: Type.Integer(),
  partyId: Type.Integer(),
  partyName: Type.String(),
  requestedDays: Type.Integer(),
  reason: Type.String(),
  dueOnBefore: Type.String(),
  requestedAt: Type.String({ format: 'date-time' }),
  status: literals(['pending', 'granted', 'refused'] as const),
  grantedDays: Nullable(Type.Integer()),
  newDueOn: Nullable(Type.String()),
  decisionReason: Nullable(Type.String()),
  decidedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const CaseEvidence = Type.Object({
  /** The case-wide 举证期限 (the latest one; extended for every party when an extension is granted). */
  evidencePeriod: Nullable(Type.Object({ dueOn: Nullable(Type.String()), status: Type.String() })),
  crossExaminationDays: Type.Integer(),
  items: Type.Array(EvidenceItemView),
  extensionRequests: Type.Array(EvidenceExtensionRequest),
  isStaffOfCourt: Type.Boolean(),
  myPartyIds: Type.Array(Type.Integer()),
});
export type CaseEvidence = Static<typeof CaseEvidence>;
