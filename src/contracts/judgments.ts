// The one-click judgment: a case's 判决书 draft as paragraphs, each with the section it belongs to and its sources.
import Type, { type Static } from 'typebox';
import { JUDGMENT_SECTIONS } from '../domain/judgments/judgmentParts';

const Source = Type.Union([
  Type.Object({ kind: Type.Literal('case'), field: Type.String() }),
  Type.Object({ kind: Type.Literal('party'), partyId: Type.Integer() }),
  Type.Object({ kind: Type.Literal('element'), element: Type.String() }),
  Type.Object({ kind: Type.Literal('answer'), partyId: Type.Integer(), element: Type.String() }),
  Type.Object({ kind: Type.Literal('evidence'), itemId: Type.Integer() }),
  Type.Object({ kind: Type.Literal('provision'), cite: Type.String() }),
  Type.Object({ kind: Type.Literal('fee') }),
  Type.Object({ kind: Type.Literal('clock') }),
]);

export const JudgmentDraft = Type.Object({
  caseId: Type.Integer(),
  /** The element schema the facts and the decree come from, or null (the judge writes them). */
  schema: Type.Union([Type.String(), Type.Null()]),
  paragraphs: Type.Array(Type.Object({ section: Type.Enum(JUDGMENT_SECTIONS), text: Type.String(), sources: Type.Array(Source) })),
});
export type JudgmentDraft = Static<typeof JudgmentDraft>;
