// Input schemas of case events (TypeBox): the server validates requests with them and the API documents them.
import { CLOSED_HEARING_GROUNDS } from '../hearings/hearingAnnouncement';
import { HEARING_MODES } from '../hearings/hearingSlots';
import { JUDICIAL_AID_KINDS, REFUND_GROUNDS } from '../payments/feeRelief';
import Type from 'typebox';
import { CLOSING_METHODS, RULING_KINDS, TRIAL_ORGANIZATIONS } from './caseModel';

const id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
// A real calendar day (format 'date' refuses 2026-02-30) in the years a court's records can carry.
export const PlainDate = Type.String({ format: 'date', pattern: '^[12]\\d{3}-\\d{2}-\\d{2}$', description: 'calendar date YYYY-MM-DD' });
export const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 instant with offset' });

export const NoInput = Type.Object({}, { additionalProperties: false });

export const RequestCorrectionInput = Type.Object(
  {
    items: Type.Array(text(500), { minItems: 1, maxItems: 30, description: '一次性告知补正的全部事项' }),
    note: Type.Optional(text(2000, 0)),
  },
  { additionalProperties: false },
);

export const ResubmitInput = Type.Object({ note: Type.Optional(text(2000, 0)) }, { additionalProperties: false });

export const RejectInput = Type.Object(
  { reason: text(2000), basis: Type.Optional(text(200, 0)) },
  { additionalProperties: false },
);

export const WithdrawFilingInput = Type.Object({ reason: Type.Optional(text(1000, 0)) }, { additionalProperties: false });

export const AcceptFirstInstanceInput = Type.Object(
  {
    procedure: Type.Enum(['ordinary', 'simple', 'smallClaims']),
    divisionId: id,
  },
  { additionalProperties: false },
);

export const AcceptSecondInstanceInput = Type.Object({ divisionId: id }, { additionalProperties: false });

export const AssignInput = Type.Object(
  {
    mode: Type.Enum(['random', 'manual']),
    organization: Type.Enum(TRIAL_ORGANIZATIONS),
    /** Manual: the presiding (or sole) judge, who is also the judge in charge (承办法官). */
    judgeId: Type.Optional(id),
    /** Manual panel: the other members. */
    memberIds: Type.Optional(Type.Array(id, { maxItems: 6 })),
    reason: Type.Optional(text(1000, 0)),
  },
  { additionalProperties: false },
);

export const ChangeProcedureInput = Type.Object(
  { procedure: Type.Literal('ordinary'), reason: text(1000) },
  { additionalProperties: false },
);

/** Set after the court saw the warnings (a party's period still running at the hearing) and goes ahead anyway. */
const acknowledgeWarnings = Type.Optional(Type.Boolean({ description: '已知悉提醒（如开庭时当事人答辩期、举证期限尚未届满）仍继续' }));

/** Absent: the hearing is public and announced on the notice board (CPL-2023 arts 137, 139). */
const closedGround = Type.Optional(Type.Enum([...CLOSED_HEARING_GROUNDS], { description: '不公开审理的理由（《民事诉讼法》第一百三十七条）；不填为公开审理，发布开庭公告' }));

/** ONLINE-LIT arts 21–27: in person (default, as before), online, or hybrid (some participants online). */
const hearingMode = Type.Optional(Type.Enum([...HEARING_MODES], { description: '开庭方式：现场（默认）、在线、线上线下融合' }));
/** The 书记员 who sits; absent: the acting clerk, else the clerk of the judge's team when there is exactly one. */
const clerkId = Type.Optional(Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1, description: '出庭书记员（本院书记员账号）' }));

export const ScheduleHearingInput = Type.Object(
  { startsAt: Instant, endsAt: Instant, roomId: id, closedGround, acknowledgeWarnings, mode: hearingMode, clerkId },
  { additionalProperties: false },
);

export const PostponeHearingInput = Type.Object(
  {
    startsAt: Instant,
    endsAt: Instant,
    roomId: id,
    reason: text(1000),
    closedGround: Type.Optional(Type.Enum([...CLOSED_HEARING_GROUNDS], { description: '不公开审理的理由；不填时沿用原开庭的公开与否' })),
    acknowledgeWarnings,
    mode: hearingMode,
    clerkId,
  },
  { additionalProperties: false },
);

/** A party forgoes its running 答辩期 or 举证期限; staff record the party's statement (CPL-Interp arts 99, 266). */
export const WaivePeriodInput = Type.Object(
  { periodId: id, statement: Type.Optional(text(1000, 0)) },
  { additionalProperties: false },
);

export const RecordHearingInput = Type.Object({ summary: Type.Optional(text(4000, 0)) }, { additionalProperties: false });

export const CloseInput = Type.Object(
  {
    method: Type.Enum(CLOSING_METHODS),
    closedOn: PlainDate,
    rulingKind: Type.Optional(Type.Enum(RULING_KINDS)),
    summary: Type.Optional(text(4000, 0)),
    /** Pronounced orally in court: the written judgment follows within 10 days (CPL-2023 art 151). */
    oralPronouncement: Type.Optional(Type.Boolean()),
    /** The signed judgment, ruling or 调解书: the judge's own upload (PDF or image), filed with the case's materials. */
    documentId: Type.Optional(id),
  },
  { additionalProperties: false },
);

export const ArchiveInput = Type.Object({ note: Type.Optional(text(1000, 0)) }, { additionalProperties: false });

export const ApplyExtensionInput = Type.Object({ reason: text(2000) }, { additionalProperties: false });

export const DecideExtensionInput = Type.Object(
  { extensionId: id, note: Type.Optional(text(2000, 0)) },
  { additionalProperties: false },
);

export const DEDUCTION_KIND_VALUES = ['publicNotice', 'appraisal', 'settlement', 'jurisdiction', 'audit', 'suspension', 'postponementForEvidence', 'extendedMediation'] as const;

export const RecordDeductionInput = Type.Object(
  {
    kind: Type.Enum(DEDUCTION_KIND_VALUES),
    startsOn: PlainDate,
    endsOn: Type.Optional(PlainDate),
    documentNo: text(100),
    note: Type.Optional(text(1000, 0)),
  },
  { additionalProperties: false },
);

export const EndDeductionInput = Type.Object({ deductionId: id, endsOn: PlainDate }, { additionalProperties: false });

export const SERVED_DOCUMENTS = ['complaintCopy', 'judgment', 'ruling', 'mediationAgreement', 'appealCopy'] as const;
export const SERVICE_METHODS = ['electronic', 'direct', 'mail', 'leftAtResidence', 'entrusted', 'publicNotice'] as const;

export const RecordServiceInput = Type.Object(
  {
    document: Type.Enum(SERVED_DOCUMENTS),
    partyIds: Type.Array(id, { minItems: 1, maxItems: 50 }),
    /** The day the document reached the party, or the day a public notice was issued. */
    servedOn: PlainDate,
    method: Type.Enum(SERVICE_METHODS),
    /** Public notice: why (whereabouts unknown, other methods failed), as CPL-2023 art 95 wants it on file. */
    publicNoticeReason: Type.Optional(text(1000, 0)),
  },
  { additionalProperties: false },
);

/** Electronic service into the recipients' platform accounts (the portal inbox). */
export const ServeOnPlatformInput = Type.Object(
  {
    document: Type.Enum(SERVED_DOCUMENTS),
    partyIds: Type.Array(id, { minItems: 1, maxItems: 50 }),
    /** The file served (a material of the case); by default the case's latest file of the document. */
    attachmentId: Type.Optional(id),
  },
  { additionalProperties: false },
);

export const SetEvidencePeriodInput = Type.Object(
  { days: Type.Integer({ minimum: 1, maximum: 365 }), noticeServedOn: Type.Optional(PlainDate) },
  { additionalProperties: false },
);

/** The appellee's written defence reached the first-instance court (CPL-2023 art 174). */
export const ReceiveAppealDefenceInput = Type.Object({ partyId: id, receivedOn: PlainDate }, { additionalProperties: false });

const Yuan = Type.String({ pattern: '^(0|[1-9]\\d{0,12})(\\.\\d{1,2})?$', description: 'yuan, e.g. "1650.00"' });

export const AppealInput = Type.Object(
  {
    partyIds: Type.Array(id, { minItems: 1, maxItems: 50, description: '提起上诉的当事人（本人或所代理的当事人）' }),
    reasons: text(8000),
    requests: Type.Optional(Type.Array(text(1000), { maxItems: 30 })),
    /** FEE art 17: the part of the first-instance decision contested, on which the appeal fee is charged. */
    appealedAmount: Type.Optional(Yuan),
    /** The 上诉状 and other materials, uploaded first (uploads), attached to the appeal case. */
    attachmentIds: Type.Optional(Type.Array(id, { maxItems: 20 })),
  },
  { additionalProperties: false },
);

/** 司法救助: deferral (before registration), reduction (at least 30%) or exemption (natural persons) — FEE arts 44–49. */
export const GrantJudicialAidInput = Type.Object(
  {
    kind: Type.Enum(JUDICIAL_AID_KINDS),
    partyId: id,
    amount: Type.Optional(Yuan),
    deferUntil: Type.Optional(PlainDate),
    reason: text(1000),
  },
  { additionalProperties: false },
);

/** 退费: on withdrawal or mediation (half), not accepted or dismissed, remand, overpayment (FEE arts 15, 27, 53). */
export const DecideRefundInput = Type.Object({ ground: Type.Enum(REFUND_GROUNDS), amount: Yuan, reason: text(1000) }, { additionalProperties: false });
