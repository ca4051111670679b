// Input schemas of the criminal case events (刑初, 刑终).
import Type from 'typebox';
import { APPEAL_FORMS } from '../criminal/defendantAppeal';
import { LEGAL_AID_GROUNDS } from '../criminal/legalAid';
import { DEPARTURE_GROUNDS } from '../criminal/plea';
import { PRIVATE_PROSECUTION_GROUNDS } from '../criminal/privateProsecution';
import { PRIVATE_ENDINGS } from '../criminal/privateProsecutionEvents';
import { CRIMINAL_PROCEDURES, POSSIBLE_SENTENCES } from '../criminal/procedure';
import { MAIN_PUNISHMENTS } from '../criminal/sentence';
import { PlainDate } from './eventInputs';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });

export const AcceptCriminalInput = Type.Object(
  {
    divisionId: id,
    procedure: Type.Enum(CRIMINAL_PROCEDURES, { description: '普通程序、简易程序或速裁程序' }),
    possibleSentence: Type.Enum(POSSIBLE_SENTENCES, { description: '可能判处的刑罚：一年以下、三年以下、三年以上、无期徒刑或死刑' }),
  },
  { additionalProperties: false },
);

export const AcceptCriminalAppealInput = Type.Object({ divisionId: id }, { additionalProperties: false });

export const ChangeCriminalProcedureInput = Type.Object(
  { procedure: Type.Enum(CRIMINAL_PROCEDURES), possibleSentence: Type.Enum(POSSIBLE_SENTENCES), reason: text(1000) },
  { additionalProperties: false },
);

/** 指定辩护 or a defender the defendant instructed, recorded for one defendant. */
export const RecordDefenceCounselInput = Type.Object(
  {
    partyId: id,
    name: text(100),
    lawFirm: Type.Optional(text(200, 0)),
    isLegalAid: Type.Boolean({ description: '法律援助机构指派的律师' }),
    ground: Type.Optional(Type.Enum(LEGAL_AID_GROUNDS)),
    /** The lawyer's 执业证号: binds the lawyer's portal account to the defendant as 辩护人. */
    licenseNumber: Type.Optional(Type.String({ pattern: '^[0-9]{17}$' })),
  },
  { additionalProperties: false },
);

export const SentenceInput = Type.Object(
  {
    main: Type.Enum(MAIN_PUNISHMENTS),
    term: Type.Optional(Type.Object({ months: Type.Integer({ minimum: 0, maximum: 300 }), days: Type.Optional(Type.Integer({ minimum: 0, maximum: 30 })) }, { additionalProperties: false })),
    fineFen: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 ** 13 })),
    politicalRightsDeprivation: Type.Optional(Type.Union([Type.Literal('life'), Type.Object({ months: Type.Integer({ minimum: 1, maximum: 60 }) }, { additionalProperties: false })])),
    confiscation: Type.Optional(Type.Enum(['all', 'part'])),
    probation: Type.Optional(Type.Object({ testMonths: Type.Integer({ minimum: 1, maximum: 60 }) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

export const VerdictInput = Type.Object(
  {
    partyId: id,
    outcome: Type.Enum(['convicted', 'acquitted']),
    /** The charges found (ids of the 罪名 catalogue); for an acquittal, none. */
    chargeIds: Type.Array(id, { maxItems: 20 }),
    sentence: Type.Optional(SentenceInput),
    /** CrPL art 201: why a sentence departs from the procuratorate's recommendation under a guilty plea. */
    departureGround: Type.Optional(Type.Enum(DEPARTURE_GROUNDS)),
  },
  { additionalProperties: false },
);

export const CriminalJudgmentInput = Type.Object(
  {
    closedOn: PlainDate,
    verdicts: Type.Array(VerdictInput, { minItems: 1, maxItems: 50 }),
    summary: Type.Optional(text(4000, 0)),
    /** CrPL art 202: pronounced in court, the written judgment follows within 5 days. */
    oralPronouncement: Type.Optional(Type.Boolean()),
    /** The signed 刑事判决书: the judge's own upload. */
    documentId: Type.Optional(id),
  },
  { additionalProperties: false },
);

export const CriminalAppealInput = Type.Object(
  {
    partyIds: Type.Array(id, { minItems: 1, maxItems: 50, description: '提起上诉的被告人（本人或所辩护、代理的当事人）' }),
    reasons: text(8000),
    attachmentIds: Type.Optional(Type.Array(id, { maxItems: 20 })),
    /** CrPL art 227 para 1: the defender appeals with the defendant's consent. */
    hasDefendantConsent: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** CrPL arts 227, 230: the court records a defendant's own appeal, written or oral, with the day it was received. */
export const RecordDefendantAppealInput = Type.Object(
  {
    partyIds: Type.Array(id, { minItems: 1, maxItems: 50, description: '提起上诉的被告人' }),
    form: Type.Enum(APPEAL_FORMS, { description: '书状上诉或者口头上诉' }),
    receivedOn: PlainDate,
    /** A defendant in custody appeals through the 看守所, which forwards the appeal. */
    detentionCentre: Type.Optional(Type.Object({ name: text(200), receivedOn: PlainDate }, { additionalProperties: false })),
    reasons: text(8000),
    attachmentIds: Type.Optional(Type.Array(id, { maxItems: 20 })),
  },
  { additionalProperties: false },
);

// CrPL art 230: the protest runs from the day the procuratorate received the written judgment.
export const ProtestInput = Type.Object(
  { judgmentReceivedOn: { ...PlainDate, description: '人民检察院收到判决书的日期' }, reasons: text(8000), attachmentIds: Type.Optional(Type.Array(id, { maxItems: 20 })) },
  { additionalProperties: false },
);

// CrPL arts 236, 238: dismiss the appeal and uphold, amend, or remand for retrial.
export const CRIMINAL_APPEAL_OUTCOMES = ['upheld', 'amended', 'remanded'] as const;
export const DecideCriminalAppealInput = Type.Object(
  {
    outcome: Type.Enum(CRIMINAL_APPEAL_OUTCOMES),
    closedOn: PlainDate,
    /** For an amended judgment: the verdicts as amended. */
    verdicts: Type.Optional(Type.Array(VerdictInput, { maxItems: 50 })),
    summary: Type.Optional(text(4000, 0)),
    documentId: Type.Optional(id),
  },
  { additionalProperties: false },
);

/** CrPL art 212: a 自诉 closed by the 刑事调解书 the judge uploads. */
export const MediatePrivateProsecutionInput = Type.Object(
  { closedOn: PlainDate, documentId: id, summary: Type.Optional(text(4000, 0)) },
  { additionalProperties: false },
);

/** CrPL art 212: the court approves the complainant's settlement or withdrawal before judgment. */
export const ApprovePrivateEndingInput = Type.Object(
  { kind: Type.Enum(PRIVATE_ENDINGS, { description: '自行和解或者撤回自诉' }), closedOn: PlainDate, reason: text(2000), documentId: Type.Optional(id) },
  { additionalProperties: false },
);

/** CrPL art 213: a defendant's counterclaim against the 自诉人, under the 自诉 rules. */
export const FileCounterclaimInput = Type.Object(
  {
    partyId: id,
    ground: Type.Enum(PRIVATE_PROSECUTION_GROUNDS),
    chargeIds: Type.Array(id, { minItems: 1, maxItems: 20 }),
    facts: text(8000),
  },
  { additionalProperties: false },
);
