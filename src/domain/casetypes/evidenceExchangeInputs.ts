// Input schemas of the court's and the parties' steps in evidence exchange: exchange, late evidence, findings, extension.
import Type from 'typebox';
import { FINDING_VERDICTS } from '../evidence/findings';
import { LATE_DECISIONS } from '../evidence/lateEvidence';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });

/** 组织交换证据: releases every item submitted in time and not yet exchanged to the other sides. */
export const ExchangeEvidenceInput = Type.Object({ note: Type.Optional(text(1000, 0)) }, { additionalProperties: false });

/** 逾期证据的处理: admit, admit with an admonition (训诫), or exclude — with reasons. */
export const DecideLateEvidenceInput = Type.Object(
  { itemId: id, decision: Type.Enum([...LATE_DECISIONS]), reason: text(2000) },
  { additionalProperties: false },
);

/** 认证: accepted / rejected / partly accepted, whether each of the three properties is established, and why. */
export const RecordEvidenceFindingInput = Type.Object(
  {
    itemId: id,
    verdict: Type.Enum([...FINDING_VERDICTS]),
    authenticity: Type.Boolean(),
    legality: Type.Boolean(),
    relevance: Type.Boolean(),
    reasoning: text(4000),
  },
  { additionalProperties: false },
);

/** 申请延长举证期限: in writing, before the period expires (CPL-Interp art 100). */
export const ApplyEvidenceExtensionInput = Type.Object(
  { partyId: id, days: Type.Integer({ minimum: 1, maximum: 90 }), reason: text(2000) },
  { additionalProperties: false },
);

/** The court grants (for every party, with the days granted) or refuses an extension application. */
export const DecideEvidenceExtensionInput = Type.Object(
  { requestId: id, granted: Type.Boolean(), days: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })), reason: text(2000) },
  { additionalProperties: false },
);
