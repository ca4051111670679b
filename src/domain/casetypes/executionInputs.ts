// Input schemas of the execution (执) events (TypeBox), beside eventInputs.ts for the trial events.
import Type from 'typebox';
import { EXECUTION_CLOSING_METHODS, SUSPENSION_GROUNDS, TERMINATION_GROUNDS } from '../execution/closing';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const note = Type.Optional(text(1000, 0));

export const RegisterExecutionInput = Type.Object({ note }, { additionalProperties: false });

export const RefuseExecutionInput = Type.Object({ reason: text(1000) }, { additionalProperties: false });

/** 分案: the executing officer and, under 分段集约, the team whose queue takes the case. */
export const AssignExecutionInput = Type.Object({ judgeId: id, teamId: Type.Optional(id), note }, { additionalProperties: false });

/** The court's own stages (default 立案审查 → 集约查控 → 财产处置 → 案款发放 → 结案审查) are data, not nodes. */
export const MoveStageInput = Type.Object({ stage: text(40), teamId: Type.Optional(id), note }, { additionalProperties: false });

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
