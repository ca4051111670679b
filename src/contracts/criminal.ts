// 刑事案件: the public prosecution filed online, the 罪名 catalogue, and the criminal facts shown on a case.
import Type, { type Static } from 'typebox';
import { DETENTION_STATUSES } from '../domain/criminal/defendants';
import { COMPLAINANT_CAPACITIES, PRIVATE_PROSECUTION_GROUNDS, VICTIM_CONDITIONS } from '../domain/criminal/privateProsecution';
import { SentenceInput } from '../domain/casetypes/criminalInputs';
import { MAIN_PUNISHMENTS } from '../domain/criminal/sentence';
import { PlainDate } from '../domain/casetypes/eventInputs';
import { Id } from './common';

const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });

export const CustodyIntervalInput = Type.Object({ from: PlainDate, to: Type.Optional(PlainDate) }, { additionalProperties: false });

/** CrPL art 176: the sentencing recommendation with a guilty plea (认罪认罚), a range of months. */
export const PleaInput = Type.Object(
  {
    main: Type.Enum(MAIN_PUNISHMENTS),
    minMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 300 })),
    maxMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 300 })),
    fineFen: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 ** 13 })),
    probation: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const DefendantInput = Type.Object(
  {
    name: text(100),
    idNumber: Type.String({ minLength: 18, maxLength: 18, description: '居民身份证号码' }),
    birthOn: PlainDate,
    address: Type.Optional(text(300, 0)),
    detentionStatus: Type.Enum(DETENTION_STATUSES, { description: '羁押、取保候审、监视居住、未羁押' }),
    custodyPlace: Type.Optional(text(200, 0)),
    custodyIntervals: Type.Array(CustodyIntervalInput, { maxItems: 20 }),
    chargeIds: Type.Array(Id, { minItems: 1, maxItems: 20, description: '指控罪名（罪名目录）' }),
    isBlindDeafOrMute: Type.Optional(Type.Boolean()),
    isMentallyIll: Type.Optional(Type.Boolean()),
    mayFaceLifeOrDeath: Type.Optional(Type.Boolean()),
    plea: Type.Optional(PleaInput),
  },
  { additionalProperties: false },
);

export const ProsecutionInput = Type.Object(
  {
    /** The 起诉书, uploaded first by the procurator. */
    indictmentId: Id,
    /** CrPL art 176: the evidence moved with the indictment (证据目录). */
    evidence: Type.Array(Type.Object({ name: text(200), description: Type.Optional(text(1000, 0)) }, { additionalProperties: false }), { minItems: 1, maxItems: 200 }),
    attachmentIds: Type.Optional(Type.Array(Id, { maxItems: 50 })),
    facts: text(8000),
    defendants: Type.Array(DefendantInput, { minItems: 1, maxItems: 50 }),
    victims: Type.Optional(Type.Array(Type.Object({ name: text(100), isCivilPlaintiff: Type.Optional(Type.Boolean()) }, { additionalProperties: false }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);
export type ProsecutionInput = Static<typeof ProsecutionInput>;

export const CriminalCharge = Type.Object({ id: Id, seq: Type.Integer(), name: Type.String(), article: Type.String(), chapter: Type.String(), section: Type.Union([Type.String(), Type.Null()]) });
export const ChargeQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 50 })) }, { additionalProperties: false });

const SentenceDates = Type.Unknown({ description: 'the dates of the sentence (src/domain/criminal/termDates.ts SentenceDates)' });

export const CriminalDefendant = Type.Object({
  partyId: Id,
  name: Type.String(),
  birthOn: Type.Union([Type.String(), Type.Null()]),
  isJuvenile: Type.Boolean(),
  detentionStatus: Type.String(),
  custodyPlace: Type.Union([Type.String(), Type.Null()]),
  custodyIntervals: Type.Array(Type.Object({ from: Type.String(), to: Type.Optional(Type.Union([Type.String(), Type.Null()])) })),
  charges: Type.Array(Type.Object({ id: Id, name: Type.String() })),
  legalAidGrounds: Type.Array(Type.String()),
  counsel: Type.Array(Type.Unknown()),
  plea: Type.Union([PleaInput, Type.Null()]),
  verdict: Type.Union([Type.Object({ outcome: Type.String(), chargeIds: Type.Array(Id), sentence: Type.Optional(SentenceInput), departureGround: Type.Optional(Type.String()) }), Type.Null()]),
  sentenceDates: Type.Union([SentenceDates, Type.Null()]),
});

export const CriminalFacts = Type.Object({
  prosecution: Type.String(),
  procuratorate: Type.Union([Type.String(), Type.Null()]),
  protestedBy: Type.Union([Type.String(), Type.Null()]),
  possibleSentence: Type.Union([Type.String(), Type.Null()]),
  defendants: Type.Array(CriminalDefendant),
});
export type CriminalFacts = Static<typeof CriminalFacts>;

/** 自诉: a party (the victim, or for one who died or cannot act, a legal representative or near relative) or a lawyer files. */
export const PrivateProsecutionInput = Type.Object(
  {
    /** The basic court the 自诉 is filed at. */
    courtId: Id,
    /** The 自诉状, uploaded first. */
    complaintId: Id,
    ground: Type.Enum(PRIVATE_PROSECUTION_GROUNDS, { description: 'CrPL art 210: complaintOnly (1), minorWithEvidence (2), authoritiesDeclined (3)' }),
    /** Ground (3): the police or procuratorate decision not to pursue. */
    authoritiesDecision: Type.Optional(text(500, 0)),
    /** The 自诉人: the filing party themself, or the lawyer's client. */
    complainant: Type.Object(
      { name: text(100), idNumber: Type.String({ minLength: 18, maxLength: 18 }), address: Type.Optional(text(300, 0)), phone: Type.Optional(text(30, 0)) },
      { additionalProperties: false },
    ),
    capacity: Type.Enum(COMPLAINANT_CAPACITIES, { description: 'CrPL art 114: victim, legalRepresentative, nearRelative' }),
    /** The victim when the complainant is not the victim (CrPL art 114). */
    victim: Type.Optional(Type.Object({ name: text(100), condition: Type.Enum(VICTIM_CONDITIONS) }, { additionalProperties: false })),
    evidence: Type.Array(Type.Object({ name: text(200), description: Type.Optional(text(1000, 0)) }, { additionalProperties: false }), { minItems: 1, maxItems: 200 }),
    attachmentIds: Type.Optional(Type.Array(Id, { maxItems: 50 })),
    facts: text(8000),
    defendants: Type.Array(Type.Object(Type.Omit(DefendantInput, ['plea']).properties, { additionalProperties: false }), { minItems: 1, maxItems: 20 }),
    /** CrPL art 212: the complainant is willing to mediate or settle — recorded only. */
    willingToMediate: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type PrivateProsecutionInput = Static<typeof PrivateProsecutionInput>;
