// HTTP contracts of 网络查控: agencies, the officer's requests, the approval, the case's 查控 panel, the centre's list
// and the agency portal.
import Type, { type Static } from 'typebox';
import { PlainDate } from '../domain/casetypes/eventInputs';
import { AGENCY_CHANNELS, CONTROL_APPROVALS, REQUEST_KINDS, REQUEST_STATUSES } from '../domain/execution/assetControl';
import { ASSET_KINDS } from '../domain/execution/controlTerms';
import { Bilingual, Id, PageQuery, SortParam } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
const Fen = Type.Integer({ minimum: 0, maximum: 2 ** 53 - 1 });
const PositiveFen = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });

export const Agency = Type.Object({
  id: Type.Integer(),
  channel: Type.Enum(AGENCY_CHANNELS),
  kind: Type.String(),
  kindLabel: Bilingual,
  name: Type.String(),
  courtId: Nullable(Type.Integer()),
  isActive: Type.Boolean(),
});
export type Agency = Static<typeof Agency>;

export const AgencyInput = Type.Object(
  {
    channel: Type.Enum(AGENCY_CHANNELS),
    kind: Text(40),
    name: Text(100),
    /** A local agency's court; none for a national one (the administrator only). */
    courtId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

/** Only the fields given change; a national agency is the administrator's, a local one also its court's 执行局长's. */
export const AgencyUpdate = Type.Object({ name: Type.Optional(Text(100)), isActive: Type.Optional(Type.Boolean()) }, { additionalProperties: false });

/** An account of an agency (role `agency`, bound to that agency only). */
export const AgencyUser = Type.Object({
  userId: Id,
  username: Type.String(),
  displayName: Type.String(),
  phone: Nullable(Type.String()),
  agencyId: Id,
  isActive: Type.Boolean(),
});
export type AgencyUser = Static<typeof AgencyUser>;

const agencyUserFields = {
  displayName: Type.String({ minLength: 1, maxLength: 50, pattern: '\\S' }),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
  /** Set by the administrator as for every account: at least 10 characters. */
  password: Type.String({ minLength: 10, maxLength: 200 }),
  isActive: Type.Optional(Type.Boolean()),
};
export const AgencyUserInput = Type.Object(
  { username: Type.String({ minLength: 3, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' }), ...agencyUserFields },
  { additionalProperties: false },
);
export type AgencyUserInput = Static<typeof AgencyUserInput>;
/** A new password or deactivation ends the account's sessions. */
export const AgencyUserUpdate = Type.Object(
  { displayName: Type.Optional(agencyUserFields.displayName), phone: agencyUserFields.phone, password: Type.Optional(agencyUserFields.password), isActive: agencyUserFields.isActive },
  { additionalProperties: false },
);
export type AgencyUserUpdate = Static<typeof AgencyUserUpdate>;

export const AssetControlSettings = Type.Object({ courtId: Type.Integer(), controlApproval: Type.Enum(CONTROL_APPROVALS), version: Type.Integer() });
export type AssetControlSettings = Static<typeof AssetControlSettings>;
export const AssetControlSettingsInput = Type.Object({ controlApproval: Type.Enum(CONTROL_APPROVALS), expectedVersion: Type.Optional(Type.Integer({ minimum: 0 })) }, { additionalProperties: false });

export const InquiryInput = Type.Object(
  {
    /** Debtors (被执行人) of the case. */
    partyIds: Type.Array(Id, { minItems: 1, maxItems: 20 }),
    agencyIds: Type.Array(Id, { minItems: 1, maxItems: 50 }),
    legalBasis: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);

export const ControlInput = Type.Object(
  {
    kind: Type.Enum(['freeze', 'seize', 'deduct', 'unfreeze', 'renew'] as const),
    /** freeze / seize / deduct: the asset from the case's asset list. */
    assetId: Type.Optional(Id),
    /** unfreeze / renew: the control in force. */
    controlId: Type.Optional(Id),
    /** The agency that holds the asset (default: the one whose answer found it, or the control's). */
    agencyId: Type.Optional(Id),
    /** Freezing or deducting a deposit: the amount in fen. */
    amountFen: Type.Optional(PositiveFen),
    legalBasis: Type.Optional(Text(500)),
  },
  { additionalProperties: false },
);

export const DecisionInput = Type.Object({ note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });

export const AnsweredAssetInput = Type.Object(
  {
    kind: Type.Enum(ASSET_KINDS),
    identifier: Text(100),
    description: Type.String({ maxLength: 300 }),
    balanceFen: Type.Optional(Nullable(Fen)),
  },
  { additionalProperties: false },
);

export const AnswerInput = Type.Object(
  { assets: Type.Array(AnsweredAssetInput, { maxItems: 200 }), note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

export const ExecuteInput = Type.Object(
  {
    /** The day the agency carried it out (default today). */
    executedOn: Type.Optional(PlainDate),
    /** What was actually frozen or deducted, in fen (default the amount asked). */
    amountFen: Type.Optional(PositiveFen),
    receiptAttachmentId: Type.Optional(Id),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const RefuseInput = Type.Object({ reason: Text(500) }, { additionalProperties: false });
export const ReceiptInput = Type.Object({ attachmentId: Id }, { additionalProperties: false });

export const CaseAsset = Type.Object({
  id: Type.Integer(),
  partyId: Type.Integer(),
  partyName: Type.String(),
  kind: Type.Enum(ASSET_KINDS),
  kindLabel: Bilingual,
  identifier: Type.String(),
  description: Type.String(),
  balanceFen: Nullable(Type.Integer()),
  source: Type.Enum(['inquiry', 'onSite'] as const),
  agencyName: Nullable(Type.String()),
  requestId: Nullable(Type.Integer()),
  foundOn: Type.String(),
});
export type CaseAsset = Static<typeof CaseAsset>;

export const OnSiteAssetInput = Type.Object(
  { partyId: Id, kind: Type.Enum(ASSET_KINDS), identifier: Text(100), description: Type.String({ maxLength: 300 }), balanceFen: Type.Optional(Nullable(Fen)), foundOn: Type.Optional(PlainDate) },
  { additionalProperties: false },
);

export const AssetControl = Type.Object({
  id: Type.Integer(),
  assetId: Type.Integer(),
  assetLabel: Type.String(),
  agencyName: Type.String(),
  kind: Type.Enum(['freeze', 'seize'] as const),
  termKind: Type.String(),
  amountFen: Nullable(Type.Integer()),
  startsOn: Type.String(),
  expiresOn: Type.String(),
  renewals: Type.Integer(),
  state: Type.Enum(['active', 'expiring', 'lapsed', 'released'] as const),
  daysLeft: Nullable(Type.Integer()),
  releasedOn: Nullable(Type.String()),
});
export type AssetControl = Static<typeof AssetControl>;

export const ControlRequest = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  partyId: Type.Integer(),
  debtorName: Type.String(),
  agencyId: Type.Integer(),
  agencyName: Type.String(),
  channel: Type.Enum(AGENCY_CHANNELS),
  kind: Type.Enum(REQUEST_KINDS),
  kindLabel: Bilingual,
  status: Type.Enum(REQUEST_STATUSES),
  statusLabel: Bilingual,
  legalBasis: Type.String(),
  assetId: Nullable(Type.Integer()),
  controlId: Nullable(Type.Integer()),
  amountFen: Nullable(Type.Integer()),
  requestedBy: Nullable(Type.String()),
  /** Court-local 'YYYY-MM-DD HH:mm'. */
  requestedAt: Type.String(),
  answeredOn: Nullable(Type.String()),
  refusalReason: Nullable(Type.String()),
  answer: Nullable(Type.Record(Type.String(), Type.Unknown())),
  documents: Type.Array(Type.Object({ attachmentId: Type.Integer(), role: Type.Enum(['ruling', 'notice', 'receipt'] as const), fileName: Type.String() })),
  /** A control's term state when it was executed and is still tracked (lapsed: red). */
  controlState: Nullable(Type.Enum(['active', 'expiring', 'lapsed', 'released'] as const)),
});
export type ControlRequest = Static<typeof ControlRequest>;

export const CaseAssetControl = Type.Object({
  canRequest: Type.Boolean(),
  debtors: Type.Array(Type.Object({ partyId: Type.Integer(), name: Type.String() })),
  agencies: Type.Array(Agency),
  requests: Type.Array(ControlRequest),
  assets: Type.Array(CaseAsset),
  controls: Type.Array(AssetControl),
});
export type CaseAssetControl = Static<typeof CaseAssetControl>;

export const REQUEST_SORT_COLUMNS = ['requestedAt', 'status', 'kind', 'caseNumber'] as const;

export const RequestQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(REQUEST_STATUSES)),
    kind: Type.Optional(Type.Enum(REQUEST_KINDS)),
    agencyId: Type.Optional(Id),
    /** Controls whose term ends within 30 days or has lapsed. */
    lapsing: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    sort: SortParam(REQUEST_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

/** What an agency sees of a request: the debtor, the request and its documents — no other case data. */
export const AgencyRequest = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(REQUEST_KINDS),
  kindLabel: Bilingual,
  status: Type.Enum(REQUEST_STATUSES),
  statusLabel: Bilingual,
  courtName: Type.String(),
  caseNumber: Nullable(Type.String()),
  debtorName: Type.String(),
  debtorIdType: Nullable(Type.String()),
  debtorIdNumber: Nullable(Type.String()),
  legalBasis: Type.String(),
  asset: Nullable(Type.Object({ kind: Type.Enum(ASSET_KINDS), identifier: Type.String(), description: Type.String() })),
  amountFen: Nullable(Type.Integer()),
  requestedAt: Type.String(),
  answeredOn: Nullable(Type.String()),
  answer: Nullable(Type.Record(Type.String(), Type.Unknown())),
  refusalReason: Nullable(Type.String()),
  documents: Type.Array(Type.Object({ attachmentId: Type.Integer(), role: Type.Enum(['ruling', 'notice', 'receipt'] as const), fileName: Type.String() })),
});
export type AgencyRequest = Static<typeof AgencyRequest>;

export const AgencyRequestQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(['sent', 'answered', 'executed', 'refused'] as const)),
    kind: Type.Optional(Type.Enum(REQUEST_KINDS)),
    sort: SortParam(['requestedAt', 'status'] as const),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const DocumentParams = Type.Object({ id: Id, attachmentId: Id }, { additionalProperties: false });
export const CourtParams = Type.Object({ courtId: Id }, { additionalProperties: false });
export const RequestIds = Type.Object({ ids: Type.Array(Type.Integer()) });
