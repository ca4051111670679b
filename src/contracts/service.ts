// Service of documents over HTTP: address confirmations, service tasks and attempts, the service centre.
import Type, { type Static } from 'typebox';
import { PlainDate, SERVED_DOCUMENTS } from '../domain/casetypes/eventInputs';
import { CONSENT_SCOPES, ELECTRONIC_CHANNELS } from '../domain/service/addressConfirmation';
import { ATTEMPT_OUTCOMES } from '../domain/service/serviceAttempts';
import { METHODS } from '../domain/service/serviceRules';
import { Id, PageQuery, SortParam } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Yuan = Type.String({ pattern: '^-?\\d+\\.\\d{2}$' });
const optionalText = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]));

export const AddressConfirmationInput = Type.Object(
  {
    mobile: optionalText(20),
    email: optionalText(200),
    postalAddress: optionalText(300),
    platformAccount: Type.Boolean(),
    electronicConsent: Type.Boolean(),
    consentScope: Type.Enum(CONSENT_SCOPES),
    /** The party read the form and signs it (online: the tick under one's own account). */
    signed: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type AddressConfirmationInput = Static<typeof AddressConfirmationInput>;

export const Confirmation = Type.Object({
  basis: Type.Enum(['confirmed', 'carriedOver', 'filing']),
  mobile: Nullable(Type.String()),
  email: Nullable(Type.String()),
  postalAddress: Nullable(Type.String()),
  platformAccount: Type.Boolean(),
  electronicConsent: Type.Boolean(),
  consentScope: Type.Enum(CONSENT_SCOPES),
  channels: Type.Array(Type.Enum(ELECTRONIC_CHANNELS)),
  source: Nullable(Type.String()),
  signedAt: Nullable(Type.String()),
  fromCaseNumber: Nullable(Type.String()),
});

export const ServiceAttempt = Type.Object({
  id: Type.Integer(),
  method: Type.String(),
  channel: Nullable(Type.String()),
  outcome: Type.String(),
  on: Type.String(),
  at: Type.String(),
  recordedBy: Nullable(Type.String()),
  proofAttachmentId: Nullable(Type.Integer()),
  detail: Type.Record(Type.String(), Type.Unknown()),
});

export const ServiceTask = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  partyId: Type.Integer(),
  recipient: Type.String(),
  document: Type.String(),
  method: Type.String(),
  status: Type.Enum(['pending', 'inProgress', 'served', 'cancelled']),
  address: Nullable(Type.String()),
  trackingNo: Nullable(Type.String()),
  cost: Yuan,
  createdOn: Type.String(),
  deemedOn: Nullable(Type.String()),
  deemedSource: Nullable(Type.String()),
  periodDueOn: Nullable(Type.String()),
  judgeName: Nullable(Type.String()),
  attempts: Type.Array(ServiceAttempt),
});
export type ServiceTask = Static<typeof ServiceTask>;

export const CaseServiceParty = Type.Object({
  partyId: Type.Integer(),
  name: Type.String(),
  standing: Type.String(),
  hasAccount: Type.Boolean(),
  /** The party (or its lawyer) may sign this party's confirmation. */
  mayConfirm: Type.Boolean(),
  confirmation: Nullable(Confirmation),
});

export const CaseService = Type.Object({
  parties: Type.Array(CaseServiceParty),
  tasks: Type.Array(ServiceTask),
  /** The actor may open tasks and record attempts on this case. */
  mayServe: Type.Boolean(),
});
export type CaseService = Static<typeof CaseService>;

export const PartyParams = Type.Object({ id: Id, partyId: Id }, { additionalProperties: false });

export const KnownAddress = Type.Object({
  kind: Type.String(),
  value: Type.String(),
  source: Type.String(),
  recordedOn: Type.String(),
  caseNumber: Nullable(Type.String()),
});

export const CreateTasksInput = Type.Object(
  {
    document: Type.Enum(SERVED_DOCUMENTS),
    partyIds: Type.Array(Id, { minItems: 1, maxItems: 50 }),
    /** Leave out to let the policy choose (electronic if consented, else mail to a confirmed address, else in person). */
    method: Type.Optional(Type.Enum(METHODS)),
    publicNoticeReason: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const AttemptInput = Type.Object(
  {
    method: Type.Optional(Type.Enum(METHODS)),
    channel: Type.Optional(Type.Enum(['platform', 'email', 'sms', 'courtPost'])),
    outcome: Type.Enum(ATTEMPT_OUTCOMES),
    on: PlainDate,
    proofAttachmentId: Type.Optional(Id),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    publicNoticeReason: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const ChannelResult = Type.Object({ channel: Type.String(), outcome: Type.String(), detail: Type.Optional(Type.String()) });
export const SendResult = Type.Object({ task: ServiceTask, channels: Type.Array(ChannelResult) });

/** The columns the service queue sorts by (allow-list). */
export const SERVICE_SORT_COLUMNS = ['createdOn', 'caseNumber', 'recipient', 'document', 'method', 'status', 'cost', 'deemedOn', 'periodDueOn', 'judgeName'] as const;

export const QueueQuery = Type.Object(
  {
    ...PageQuery,
    sort: SortParam(SERVICE_SORT_COLUMNS),
    /** 受送达人 or 案号 containing this text. */
    q: Type.Optional(Type.String({ maxLength: 100 })),
    status: Type.Optional(Type.Enum(['open', 'pending', 'inProgress', 'served', 'cancelled', 'all'])),
    method: Type.Optional(Type.Enum(METHODS)),
    /** Only tasks open at least this many days. */
    minAgeDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
    judgeId: Type.Optional(Id),
    document: Type.Optional(Type.Enum(SERVED_DOCUMENTS)),
    /** The viewer's own court (default) or one of the courts under it. */
    courtId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const TaskIds = Type.Object({ taskIds: Type.Array(Id, { minItems: 1, maxItems: 200 }) }, { additionalProperties: false });

export const BatchResult = Type.Object({
  results: Type.Array(Type.Object({ taskId: Type.Integer(), ok: Type.Boolean(), status: Type.Optional(Type.String()), code: Type.Optional(Type.String()), message: Type.Optional(Type.String()), channels: Type.Optional(Type.Array(ChannelResult)) })),
});

export const MailListRow = Type.Object({
  taskId: Type.Integer(),
  trackingNo: Type.String(),
  caseNumber: Nullable(Type.String()),
  recipient: Type.String(),
  address: Nullable(Type.String()),
  document: Type.String(),
  cost: Yuan,
});
export const MailList = Type.Object({ sentOn: Type.String(), rows: Type.Array(MailListRow), totalCost: Yuan });

export const ReceiptsInput = Type.Object(
  {
    items: Type.Array(
      Type.Object({ trackingNo: Type.String({ minLength: 4, maxLength: 40 }), outcome: Type.Enum(['signed', 'returned', 'failed']), on: PlainDate, note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 500 },
    ),
  },
  { additionalProperties: false },
);

export const StatsQuery = Type.Object({ from: Type.Optional(PlainDate), to: Type.Optional(PlainDate), courtId: Type.Optional(Id) }, { additionalProperties: false });

/** What the centre's filters offer: the viewer's court and the courts under it, and the judges of the court viewed. */
export const CentreScope = Type.Object({
  courts: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), own: Type.Boolean() })),
  judges: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
});
export type CentreScope = Static<typeof CentreScope>;
export const CentreScopeQuery = Type.Object({ courtId: Type.Optional(Id) }, { additionalProperties: false });

const StatRow = {
  tasks: Type.Integer(),
  served: Type.Integer(),
  /** served / (tasks not cancelled), 0..1; null with no tasks. */
  successRate: Nullable(Type.Number()),
  /** Mean days from task to deemed service, of the served. */
  averageDays: Nullable(Type.Number()),
  cost: Yuan,
};
export const ServiceStats = Type.Object({
  from: Type.String(),
  to: Type.String(),
  total: Type.Object(StatRow),
  byMethod: Type.Array(Type.Object({ method: Type.String(), ...StatRow })),
  byJudge: Type.Array(Type.Object({ judgeId: Nullable(Type.Integer()), judgeName: Nullable(Type.String()), ...StatRow })),
  byMonth: Type.Array(Type.Object({ month: Type.String(), ...StatRow })),
});
export type ServiceStats = Static<typeof ServiceStats>;
