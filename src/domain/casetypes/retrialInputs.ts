// Input schemas of the 民申 events (CPL-2023 arts 211–215).
import Type from 'typebox';
import { PlainDate } from './eventInputs';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const note = Type.Optional(text(1000, 0));

/** Registration before a collegial panel of the higher court ([U] CPL-Interp: retrial review by a panel). */
export const RegisterRetrialReviewInput = Type.Object({ divisionId: id, presidingJudgeId: id, memberIds: Type.Array(id, { minItems: 2, maxItems: 2 }), note }, { additionalProperties: false });
/** CPL-2023 art 214: the copy served on the respondents within 5 days of receipt. */
export const ServeRetrialCopyInput = Type.Object({ partyIds: Type.Array(id, { minItems: 1, maxItems: 20, uniqueItems: true }), servedOn: PlainDate }, { additionalProperties: false });
/** CPL-2023 art 214: the respondent's written opinion within 15 days. */
export const SubmitRetrialOpinionInput = Type.Object({ partyId: Type.Optional(id), opinion: text(5000) }, { additionalProperties: false });
/** CPL-2023 art 215: the application dismissed, or retrial ordered (the higher court tries it itself, 提审). */
export const RuleOnRetrialInput = Type.Object({ decision: Type.Enum(['dismiss', 'retry']), reasons: text(4000), documentId: Type.Optional(id) }, { additionalProperties: false });
