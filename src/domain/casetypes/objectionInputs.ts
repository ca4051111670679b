// Input schemas of the execution-objection (执异) events (CPL-2023 art 236; EXEC-OBJ arts 2, 11).
import Type from 'typebox';
import { PlainDate } from './eventInputs';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const note = Type.Optional(text(1000, 0));

export const OBJECTION_DECISIONS = ['sustain', 'dismiss'] as const;

export const RegisterObjectionInput = Type.Object({ note }, { additionalProperties: false });
export const RefuseObjectionInput = Type.Object({ reason: text(1000) }, { additionalProperties: false });

/** EXEC-OBJ art 11: a collegial panel (3 judges, one presiding) without the officers who implemented the execution. */
export const FormObjectionPanelInput = Type.Object(
  { presidingJudgeId: id, memberIds: Type.Array(id, { minItems: 2, maxItems: 2 }), note },
  { additionalProperties: false },
);

/** The ruling: the objection sustained (the act set aside or corrected) or dismissed (CPL-2023 art 236). */
export const RuleOnObjectionInput = Type.Object({ decision: Type.Enum(OBJECTION_DECISIONS), reasoning: text(4000) }, { additionalProperties: false });

/** The ruling served on the parties: the 10 days to apply for reconsideration run from it (CPL-2023 art 236). */
export const ServeObjectionRulingInput = Type.Object({ servedOn: PlainDate, note }, { additionalProperties: false });

export const ArchiveObjectionInput = Type.Object({ note }, { additionalProperties: false });
