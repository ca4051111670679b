// Input schemas of the administrative events (行初, 行终) that differ from the civil ones.
import Type from 'typebox';
import { ADMIN_JUDGMENT_KINDS } from '../administrative/judgmentKinds';
import { ORGAN_APPEARANCES } from '../administrative/organDefence';
import { ADMIN_SIMPLE_GROUNDS } from '../administrative/simpleProcedure';
import { CloseInput, RecordHearingInput } from './eventInputs';
import { EvidenceItem } from './pleadingInputs';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });

/** ALL arts 82–83: ordinary, or simple on one of art 82's grounds. */
export const AcceptAdminFirstInstanceInput = Type.Object(
  {
    procedure: Type.Enum(['ordinary', 'simple']),
    simpleGround: Type.Optional(Type.Enum([...ADMIN_SIMPLE_GROUNDS], { description: '适用简易程序的依据（《行政诉讼法》第八十二条）' })),
    divisionId: id,
  },
  { additionalProperties: false },
);

/** ALL art 67: the organ's 答辩状, its evidence and the normative documents the act rests on. */
export const SubmitOrganDefenceInput = Type.Object(
  {
    partyId: id,
    attachmentIds: Type.Array(id, { minItems: 1, maxItems: 30, description: '答辩状（先上传）' }),
    summary: Type.Optional(text(4000, 0)),
    evidence: Type.Array(EvidenceItem, { maxItems: 100, description: '作出行政行为的证据' }),
    legalBasis: Type.Array(text(300), { minItems: 1, maxItems: 50, description: '所依据的规范性文件' }),
    /** ALL art 34; ALL-Interp art 35 [U]: the reason for evidence after the 15 days. */
    lateReason: Type.Optional(text(2000, 0)),
  },
  { additionalProperties: false },
);

/** ALL art 3: who appeared for the defendant organ. */
export const OrganAppearanceInput = Type.Object(
  {
    appeared: Type.Enum([...ORGAN_APPEARANCES], { description: '正职负责人、副职负责人、工作人员或无人出庭' }),
    name: Type.Optional(text(100, 0)),
    title: Type.Optional(text(100, 0)),
    reason: Type.Optional(text(1000, 0)),
  },
  { additionalProperties: false },
);

export const RecordAdminHearingInput = Type.Object({ ...RecordHearingInput.properties, organAppearance: OrganAppearanceInput }, { additionalProperties: false });

/** ALL arts 69–78: a judgment says which. */
export const AdminCloseInput = Type.Object(
  { ...CloseInput.properties, judgmentKind: Type.Optional(Type.Enum([...ADMIN_JUDGMENT_KINDS], { description: '判决种类（《行政诉讼法》第六十九条至第七十八条）' })) },
  { additionalProperties: false },
);
