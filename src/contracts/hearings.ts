// 庭审: the courtroom calendar, booking checks, rooms and settings, the transcript (庭审笔录) with its online
// signatures and objections, and the recording (docs/hearings.md).
import Type, { type Static } from 'typebox';
import { Instant, PlainDate } from '../domain/casetypes/eventInputs';
import { HEARING_MODES } from '../domain/hearings/hearingSlots';
import { Bilingual, Id } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });
const HHMM = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:mm in court time' });

export const HearingCheckInput = Type.Object(
  {
    caseId: Id,
    startsAt: Instant,
    endsAt: Instant,
    roomId: Id,
    mode: Type.Optional(Type.Enum([...HEARING_MODES])),
    clerkId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 })),
  },
  { additionalProperties: false },
);
export type HearingCheckInput = Static<typeof HearingCheckInput>;

export const HearingConflict = Type.Object({
  reason: Type.Enum(['room', 'judge', 'clerk']),
  caseNumber: Nullable(Type.String()),
  startsAt: Type.String(),
  endsAt: Type.String(),
  roomName: Type.String(),
});

export const HearingWarning = Type.Object({
  kind: Type.Enum(['lawyerBusy', 'restDay', 'outsideHours']),
  message: Type.String(),
  messages: Bilingual,
});

export const HearingCheckResult = Type.Object({
  /** Refused when booked: room, judge or clerk already booked at an overlapping time. */
  conflicts: Type.Array(HearingConflict),
  /** Shown before confirming; kept in the event's payload. */
  warnings: Type.Array(HearingWarning),
  clerkId: Nullable(Type.Integer()),
});
export type HearingCheckResult = Static<typeof HearingCheckResult>;

export const RoomDetail = Type.Object({
  id: Type.Integer(),
  courtId: Type.Integer(),
  name: Type.String(),
  code: Nullable(Type.String()),
  isOnlineCapable: Type.Boolean(),
  isActive: Type.Boolean(),
});
export type RoomDetail = Static<typeof RoomDetail>;

export const RoomInput = Type.Object(
  {
    courtId: Id,
    name: text(60),
    code: Type.Optional(Nullable(Type.String({ pattern: '^[A-Za-z0-9_-]{1,32}$' }))),
    isOnlineCapable: Type.Boolean(),
    isActive: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type RoomInput = Static<typeof RoomInput>;

export const AdminRoomsQuery = Type.Object({ courtId: Id }, { additionalProperties: false });

export const CourtCalendarParams = Type.Object({ courtId: Id }, { additionalProperties: false });
export const CourtCalendarQuery = Type.Object(
  { from: PlainDate, to: PlainDate, roomId: Type.Optional(Id), judgeId: Type.Optional(Id) },
  { additionalProperties: false },
);

export const CalendarHearing = Type.Object({
  hearingId: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  caseType: Type.String(),
  roomId: Type.Integer(),
  roomName: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  status: Type.String(),
  mode: Type.String(),
  judgeNames: Type.Array(Type.String()),
  clerkName: Nullable(Type.String()),
});
export type CalendarHearing = Static<typeof CalendarHearing>;

export const HearingCalendar = Type.Object({
  courtId: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  rooms: Type.Array(RoomDetail),
  judges: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  hearings: Type.Array(CalendarHearing),
});
export type HearingCalendar = Static<typeof HearingCalendar>;

export const HearingSettings = Type.Object(
  {
    meetingLinkTemplate: Type.String({ minLength: 9, maxLength: 500, description: 'https URL; placeholders {{hearingId}} {{caseId}} {{caseNumber}} {{roomCode}} {{courtId}} {{date}}' }),
    workingHours: Type.Object({ startsAt: HHMM, endsAt: HHMM }, { additionalProperties: false }),
    recordingMaxBytes: Type.Integer({ minimum: 1024 * 1024, maximum: 64 * 1024 ** 3 }),
  },
  { additionalProperties: false },
);
export type HearingSettings = Static<typeof HearingSettings>;

export const TranscriptSection = Type.Object(
  { key: Type.String({ pattern: '^[A-Za-z]{1,40}$' }), title: text(100), text: Type.String({ maxLength: 50_000 }) },
  { additionalProperties: false },
);

export const TranscriptSignature = Type.Object({
  id: Type.Integer(),
  revision: Type.Integer(),
  partyId: Nullable(Type.Integer()),
  partyName: Nullable(Type.String()),
  signerName: Type.String(),
  role: Type.String(),
  sha256: Type.String(),
  signedAt: Type.String(),
});

export const TranscriptObjection = Type.Object({
  id: Type.Integer(),
  revision: Type.Integer(),
  partyName: Nullable(Type.String()),
  raisedBy: Type.String(),
  text: Type.String(),
  status: Type.String(),
  resolution: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const Transcript = Type.Object({
  hearingId: Type.Integer(),
  caseId: Type.Integer(),
  /** none: nothing saved yet (the sections are the skeleton); draft; finalised (signing); filed (in the dossier). */
  status: Type.Enum(['none', 'draft', 'finalised', 'filed']),
  version: Type.Integer(),
  revision: Type.Integer(),
  sections: Type.Array(TranscriptSection),
  sha256: Nullable(Type.String()),
  finalisedAt: Nullable(Type.String()),
  closingNote: Nullable(Type.String()),
  filedAttachmentId: Nullable(Type.Integer()),
  parties: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), standing: Type.String() })),
  signatures: Type.Array(TranscriptSignature),
  missing: Type.Object({ partyIds: Type.Array(Type.Integer()), court: Type.Boolean() }),
  objections: Type.Array(TranscriptObjection),
  /** What the viewer may do: edit (clerk, judge, assistant), sign for these parties or for the court, object, close signing. */
  mayEdit: Type.Boolean(),
  maySignFor: Type.Array(Type.Integer()),
  maySignForCourt: Type.Boolean(),
  mayCloseSigning: Type.Boolean(),
  /** The trial team resolves objections (corrects or declines) while the record is being signed. */
  mayResolve: Type.Boolean(),
});
export type Transcript = Static<typeof Transcript>;

export const HearingParams = Type.Object({ id: Id }, { additionalProperties: false });
export const ObjectionParams = Type.Object({ id: Id, objectionId: Id }, { additionalProperties: false });

export const SaveTranscriptInput = Type.Object(
  { sections: Type.Array(TranscriptSection, { minItems: 1, maxItems: 30 }), expectedVersion: Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 }) },
  { additionalProperties: false },
);
export const FinaliseTranscriptInput = Type.Object({ expectedVersion: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }) }, { additionalProperties: false });
export const SignTranscriptInput = Type.Object(
  {
    /** The hash of the text the signer read: a text changed meanwhile is not signed (409 TRANSCRIPT_CHANGED). */
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    /** The party signed for (a lawyer of two parties says which); absent: the court's signature, or the viewer's only party. */
    partyId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export const ObjectTranscriptInput = Type.Object({ text: text(4000), partyId: Type.Optional(Id) }, { additionalProperties: false });
export const ResolveObjectionInput = Type.Object(
  {
    decision: Type.Enum(['correct', 'decline']),
    resolution: text(2000),
    /** For a correction: the corrected sections (a new revision, whose signatures start afresh). */
    sections: Type.Optional(Type.Array(TranscriptSection, { minItems: 1, maxItems: 30 })),
  },
  { additionalProperties: false },
);
export const CloseSigningInput = Type.Object({ note: text(2000) }, { additionalProperties: false });

export const HearingRecording = Type.Object({
  attachmentId: Type.Integer(),
  hearingId: Type.Integer(),
  fileName: Type.String(),
  mimeType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: Type.String(),
});
export const HearingRecordings = Type.Array(HearingRecording);
