// Input schemas of the mediation events (TypeBox), beside eventInputs.ts for the trial events.
import Type from 'typebox';
import { CONFIRMATION_REFUSAL_GROUNDS, INADMISSIBLE_SUBJECTS } from '../mediation/judicialConfirmation';
import { MEDIATION_END_GROUNDS } from '../mediation/termination';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 (lowercase hex) of the document as the party read it' });

export const RouteToMediationInput = Type.Object({ note: Type.Optional(text(1000, 0)) }, { additionalProperties: false });

export const DesignateMediatorInput = Type.Object(
  {
    organisationId: id,
    /** A mediator of that organisation; without one the organisation designates its own (ONLINE-MED art 10). */
    mediatorId: Type.Optional(id),
    /** Ignored, kept for older clients: whether the parties chose jointly is read from their recorded choice (proposeMediator). */
    chosenByParties: Type.Optional(Type.Boolean({ deprecated: true })),
    /** The clerk designates while the parties' time to choose jointly still runs (ONLINE-MED art 10), knowingly. */
    acknowledgeWarnings: Type.Optional(Type.Boolean({ description: '已知悉当事人共同选择调解员的期间尚未届满，仍指定' })),
  },
  { additionalProperties: false },
);

/** A party (or its lawyer) names the mediator it chooses, one the court invites (ONLINE-MED art 10). */
export const ProposeMediatorInput = Type.Object({ mediatorId: id }, { additionalProperties: false });

/** An appraisal (鉴定) begins during mediation: what is appraised and the commission's reference (ONLINE-MED art 26). */
export const StartAppraisalInput = Type.Object(
  { subject: text(500), reference: Type.Optional(text(100, 0)) },
  { additionalProperties: false },
);

export const EndAppraisalInput = Type.Object({ note: Type.Optional(text(1000, 0)) }, { additionalProperties: false });

export const DeclineEntrustmentInput = Type.Object({ reason: text(1000) }, { additionalProperties: false });

export const ExtendMediationInput = Type.Object(
  {
    days: Type.Integer({ minimum: 1, maximum: 365 }),
    /** The parties who consented (every party must: ONLINE-MED art 24), as recorded by the mediator. */
    consentingPartyIds: Type.Array(id, { minItems: 1, maxItems: 50 }),
    note: Type.Optional(text(1000, 0)),
  },
  { additionalProperties: false },
);

const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 instant with offset' });

export const ScheduleSessionInput = Type.Object(
  { startsAt: Instant, endsAt: Type.Optional(Instant), place: Type.Optional(text(200, 0)), online: Type.Optional(Type.Boolean()), note: Type.Optional(text(1000, 0)) },
  { additionalProperties: false },
);

export const RecordSessionInput = Type.Object({ sessionId: id, record: text(20000) }, { additionalProperties: false });

/** Materials a party adds during mediation (evidence, proposals); they follow the dispute if it goes to court. */
export const SubmitMediationMaterialsInput = Type.Object(
  { attachmentIds: Type.Array(id, { minItems: 1, maxItems: 30, uniqueItems: true }), note: Type.Optional(text(1000, 0)) },
  { additionalProperties: false },
);

export const DraftAgreementInput = Type.Object(
  {
    /** The agreed terms, one per item (调解协议内容). */
    terms: Type.Array(text(2000), { minItems: 1, maxItems: 30 }),
    /** How and when the obligations are performed (履行方式、期限), if not in the terms. */
    performance: Type.Optional(text(2000, 0)),
  },
  { additionalProperties: false },
);

export const SignAgreementInput = Type.Object({ sha256 }, { additionalProperties: false });

/** A party who signed the printed agreement before the mediator (no portal account): the scan is the record. */
export const RecordSignatureInput = Type.Object(
  { partyId: id, sha256, signedCopyId: id },
  { additionalProperties: false },
);

export const ConcludeAgreementInput = Type.Object({}, { additionalProperties: false });

const FAILURE_GROUNDS = MEDIATION_END_GROUNDS.filter((g) => g !== 'agreement' && g !== 'withdrawn' && g !== 'settledAndWithdrawn');
export const EndMediationInput = Type.Object(
  { ground: Type.Enum(FAILURE_GROUNDS), note: Type.Optional(text(2000, 0)) },
  { additionalProperties: false },
);

export const WithdrawMediationInput = Type.Object(
  { settled: Type.Optional(Type.Boolean()), reason: Type.Optional(text(1000, 0)) },
  { additionalProperties: false },
);

/** A party applies (or joins the application) for judicial confirmation of the agreement (CPL-2023 art 205). */
export const ApplyForConfirmationInput = Type.Object(
  {
    /** Filing clerk only: the parties who applied orally before the court (CPL-Interp art 353); a party applies for itself. */
    partyIds: Type.Optional(Type.Array(id, { minItems: 1, maxItems: 50, uniqueItems: true })),
    note: Type.Optional(text(1000, 0)),
  },
  { additionalProperties: false },
);

export const AcceptConfirmationInput = Type.Object(
  {
    divisionId: id,
    /** CPL-2023 art 185: special procedure before a single judge. */
    judgeId: id,
  },
  { additionalProperties: false },
);

export const RejectConfirmationInput = Type.Object(
  { subjects: Type.Array(Type.Enum(INADMISSIBLE_SUBJECTS), { minItems: 1, maxItems: INADMISSIBLE_SUBJECTS.length, uniqueItems: true }), note: Type.Optional(text(2000, 0)) },
  { additionalProperties: false },
);

export const RuleOnConfirmationInput = Type.Object(
  {
    decision: Type.Enum(['confirm', 'dismiss']),
    /** CPL-Interp art 358: the grounds of a dismissal (required to dismiss). */
    grounds: Type.Optional(Type.Array(Type.Enum(CONFIRMATION_REFUSAL_GROUNDS), { minItems: 1, maxItems: CONFIRMATION_REFUSAL_GROUNDS.length, uniqueItems: true })),
    reasons: Type.Optional(text(4000, 0)),
  },
  { additionalProperties: false },
);
