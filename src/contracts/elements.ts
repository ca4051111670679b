// 要素式审判: the element complaint sent with a filing, the defending party's answers, and the case's elements as the
// court and the parties read them (the dispute list and the hearing outline).
import Type, { type Static } from 'typebox';
import { ElementKey, ElementValue } from '../domain/casetypes/elementInputs';
import { ANSWER_STANCES } from '../domain/elements/elementDisputes';
import { ELEMENT_TYPES } from '../domain/elements/elementSchema';
import { ELEMENT_SCHEMAS } from '../domain/elements/registry';
import { Bilingual } from './common';

export { ElementValue };
export const ElementValues = Type.Record(ElementKey, ElementValue, { maxProperties: 80 });

/** The complaint's elements: which schema (by dispute kind) and the value of each element stated. */
export const ElementsInput = Type.Object(
  {
    schema: Type.Enum(ELEMENT_SCHEMAS.map((s) => s.key)),
    values: ElementValues,
  },
  { additionalProperties: false },
);
export type ElementsInput = Static<typeof ElementsInput>;

export { AnswerElementsInput } from '../domain/casetypes/elementInputs';

const Option = Type.Object({ key: Type.String(), label: Bilingual });
export const ElementDefView = Type.Object({
  key: Type.String(),
  type: Type.Enum(ELEMENT_TYPES),
  label: Bilingual,
  help: Bilingual,
  required: Type.Boolean(),
  when: Type.Union([Type.Object({ element: Type.String(), equals: ElementValue }), Type.Null()]),
  options: Type.Array(Option),
  min: Type.Union([Type.Number(), Type.Null()]),
  max: Type.Union([Type.Number(), Type.Null()]),
  rateBasis: Type.Union([Type.Enum(['year', 'month', 'day']), Type.Null()]),
  maxLength: Type.Union([Type.Integer(), Type.Null()]),
  supports: Type.Array(Type.String()),
});

export const ElementSchemaView = Type.Object({
  key: Type.String(),
  version: Type.Integer(),
  label: Bilingual,
  causes: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), withChildren: Type.Boolean() })),
  sections: Type.Array(Type.Object({ key: Type.String(), label: Bilingual, issue: Bilingual, elements: Type.Array(ElementDefView) })),
  claims: Type.Array(Option),
});
export type ElementSchemaView = Static<typeof ElementSchemaView>;

const Position = Type.Object({ partyId: Type.Integer(), partyName: Type.String(), stance: Type.Enum(ANSWER_STANCES), note: Type.Union([Type.String(), Type.Null()]), value: Type.Union([ElementValue, Type.Null()]) });

export const CaseElements = Type.Object({
  schema: ElementSchemaView,
  values: ElementValues,
  /** The values in words, element by element, as the documents print them. */
  valueText: Type.Record(Type.String(), Bilingual),
  answers: Type.Array(
    Type.Object({ partyId: Type.Integer(), partyName: Type.String(), answers: Type.Record(Type.String(), Type.Object({ stance: Type.Enum(ANSWER_STANCES), note: Type.Optional(Type.String()), value: Type.Optional(ElementValue) })), answeredAt: Type.String(), timing: Type.String() }),
  ),
  /** Parties still to answer (defendants and third parties) and the day their defence period ends, if it runs. */
  toAnswer: Type.Array(Type.Object({ partyId: Type.Integer(), partyName: Type.String(), dueOn: Type.Union([Type.String(), Type.Null()]) })),
  disputes: Type.Array(
    Type.Object({ element: Type.String(), section: Type.String(), label: Bilingual, claimed: ElementValue, claimedText: Bilingual, status: Type.Enum(['undisputed', 'disputed', 'unanswered']), positions: Type.Array(Position), supports: Type.Array(Type.String()) }),
  ),
  outline: Type.Object({
    undisputed: Type.Array(Type.Object({ element: Type.String(), label: Bilingual, value: Bilingual })),
    issues: Type.Array(Type.Object({ no: Type.Integer(), section: Type.String(), title: Bilingual, elements: Type.Array(Type.Object({ element: Type.String(), label: Bilingual, status: Type.String(), text: Bilingual })), claims: Type.Array(Type.String()) })),
  }),
});
export type CaseElements = Static<typeof CaseElements>;

export const CaseElementsResponse = Type.Object({ elements: Type.Union([CaseElements, Type.Null()]) });
export type CaseElementsResponse = Static<typeof CaseElementsResponse>;
