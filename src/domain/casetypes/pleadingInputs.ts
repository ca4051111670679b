// Input schemas of the parties' own filings on a registered case: defence, evidence lists, materials, counterclaim.
import Type from 'typebox';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const Yuan = Type.String({ pattern: '^(0|[1-9]\\d{0,12})(\\.\\d{1,2})?$', description: 'yuan, e.g. "50000"' });
const files = (minItems: number) => Type.Array(id, { minItems, maxItems: 30, description: '先上传（/uploads）的材料 id' });

/** 答辩状: the document itself is required; a summary of the defence is optional. */
export const FileDefenceInput = Type.Object(
  { partyId: id, attachmentIds: files(1), summary: Type.Optional(text(4000, 0)) },
  { additionalProperties: false },
);

/** One line of a 证据清单: what it is, where it comes from, what it proves, how many pages. */
export const EvidenceItem = Type.Object(
  {
    name: text(200),
    source: text(200),
    purpose: text(1000),
    pages: Type.Integer({ minimum: 1, maximum: 100000 }),
    attachmentIds: Type.Optional(files(0)),
  },
  { additionalProperties: false },
);

export const SubmitEvidenceInput = Type.Object(
  {
    partyId: id,
    items: Type.Array(EvidenceItem, { minItems: 1, maxItems: 100 }),
    /** Required after the evidence period (CPL-2023 art 68). */
    lateReason: Type.Optional(text(2000, 0)),
  },
  { additionalProperties: false },
);

export const SubmitMaterialsInput = Type.Object(
  { partyId: id, description: text(1000), attachmentIds: files(1) },
  { additionalProperties: false },
);

/** 反诉: the counterclaim's requests, facts and amount (the fee is charged on it), with the 反诉状. */
export const FileCounterclaimInput = Type.Object(
  {
    partyId: id,
    claims: Type.Array(text(1000), { minItems: 1, maxItems: 30 }),
    facts: text(8000),
    amount: Type.Optional(Yuan),
    attachmentIds: files(1),
  },
  { additionalProperties: false },
);
