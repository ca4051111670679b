// Input of the 要素式答辩 event: one answer (承认/否认/说明) per element of the complaint the party answers.
import Type, { type Static } from 'typebox';
import { ANSWER_STANCES } from '../elements/elementDisputes';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
export const ElementKey = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9]{0,39}$' });
export const ElementValue = Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Boolean()]);

export const ElementAnswerInput = Type.Object(
  {
    stance: Type.Enum(ANSWER_STANCES),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    value: Type.Optional(ElementValue),
  },
  { additionalProperties: false },
);

export const AnswerElementsInput = Type.Object(
  {
    partyId: id,
    answers: Type.Record(ElementKey, ElementAnswerInput, { minProperties: 1, maxProperties: 80 }),
  },
  { additionalProperties: false },
);
export type AnswerElementsInput = Static<typeof AnswerElementsInput>;
