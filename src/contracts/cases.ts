// Filings and cases: the shapes parties, clerks and judges exchange with the server.
import Type, { type Static } from 'typebox';
import { Bilingual, DateFilter, Id, PageQuery, SortParam } from './common';
import { JurisdictionPlaces, JurisdictionWarning } from './jurisdiction';
import { AddressConfirmationInput } from './service';
import { AdministrativeAct, AdministrativeActInput } from './administrative';
import { ElementsInput } from './elements';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ID_TYPES = ['residentId', 'passport', 'hkMacaoPermit', 'taiwanPermit', 'foreignPermanentResident', 'other'] as const;
export const FIRST_INSTANCE_STANDINGS = ['plaintiff', 'defendant', 'thirdParty'] as const;

export const PartyInput = Type.Object(
  {
    standing: Type.Enum(FIRST_INSTANCE_STANDINGS),
    /** organ: an administrative organ (行政机关), a legal person; the defendant of an administrative case (ALL art 26). */
    kind: Type.Enum(['person', 'organization', 'organ']),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    idType: Type.Optional(Type.Enum(ID_TYPES)),
    idNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    creditCode: Type.Optional(Type.String({ minLength: 1, maxLength: 18 })),
    legalRepresentative: Type.Optional(Type.String({ maxLength: 100 })),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    phone: Type.Optional(Type.String({ maxLength: 30, pattern: '^[0-9+\\- ]*$' })),
    /** No domicile in the PRC (CPL-2023 arts 285–286: 30-day defence and appeal periods). */
    hasForeignDomicile: Type.Optional(Type.Boolean()),
    /** The filing party themself (a party filing on their own behalf marks exactly one). */
    isSelf: Type.Optional(Type.Boolean()),
    /** A lawyer filing marks the clients they represent. */
    isClient: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type PartyInput = Static<typeof PartyInput>;

/** Amounts are decimal strings in yuan (at most 13 integer digits and 2 decimals): never binary floats. */
export const YuanAmount = Type.String({ pattern: '^(0|[1-9]\\d{0,12})(\\.\\d{1,2})?$', description: 'yuan, e.g. "150000.00"' });

export const FilingInput = Type.Object(
  {
    /** 民初, or 行初 against an administrative organ (then `administrativeAct` instead of a civil cause). */
    caseType: Type.Enum(['民初', '行初']),
    courtId: Id,
    /** The civil cause of action (民初 only). */
    causeId: Type.Optional(Id),
    /** 行初: the act the complaint challenges. */
    administrativeAct: Type.Optional(AdministrativeActInput),
    claims: Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { minItems: 1, maxItems: 30 }),
    amount: Type.Optional(YuanAmount),
    facts: Type.String({ minLength: 1, maxLength: 20000 }),
    parties: Type.Array(PartyInput, { minItems: 2, maxItems: 50 }),
    attachmentIds: Type.Array(Id, { maxItems: 50 }),
    /** 送达地址确认书 signed with the filing, for the filer's own party (or the lawyer's clients). */
    addressConfirmation: Type.Optional(AddressConfirmationInput),
    /** The filer accepts (true) or refuses (false) pre-litigation mediation if the court proposes it (CPL-2023 art 125). */
    mediationConsent: Type.Optional(Type.Boolean()),
    /** The places jurisdiction turns on (the parties' domiciles, the place of performance, the property's location). */
    jurisdiction: Type.Optional(JurisdictionPlaces),
    /** 要素式起诉: the complaint element by element, where the cause has an element schema (GET /element-schemas). */
    elements: Type.Optional(ElementsInput),
  },
  { additionalProperties: false },
);
export type FilingInput = Static<typeof FilingInput>;

/** 跨域立案 at the counter: the complaint, and the clerk's mark of having seen the party's identity document in person. */
export const CrossRegionFilingInput = Type.Object(
  { ...FilingInput.properties, identityChecked: Type.Literal(true, { description: '已当面查验起诉人的身份证件原件' }) },
  { additionalProperties: false },
);
export type CrossRegionFilingInput = Static<typeof CrossRegionFilingInput>;

export const FilingEdit = Type.Object(
  { expectedVersion: Type.Integer({ minimum: 1 }), filing: Type.Omit(FilingInput, ['caseType', 'courtId', 'jurisdiction']) },
  { additionalProperties: false },
);
export type FilingEdit = Static<typeof FilingEdit>;

export const CaseView = Type.Enum(['mine', 'court', 'filingQueue', 'assignmentQueue', 'mediationCentre']);

/** The columns a case list sorts by (allow-list; the server maps each to its SQL). */
export const CASE_SORT_COLUMNS = ['caseNumber', 'receivedOn', 'nodeEnteredAt', 'daysInNode', 'node', 'caseType', 'reviewDueOn', 'acceptedOn', 'judgeName', 'ageDays'] as const;

export const CaseListQuery = Type.Object(
  {
    view: CaseView,
    node: Type.Optional(Type.String({ maxLength: 40 })),
    caseType: Type.Optional(Type.String({ maxLength: 4 })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    openOnly: Type.Optional(Type.Boolean()),
    /** 收案日期 from / to (inclusive). */
    receivedFrom: DateFilter,
    receivedTo: DateFilter,
    /** 诉前调解 centre: matters whose entrustment is overdue (mediatorDesignation or entrustmentConfirmation past due). */
    overdueEntrustment: Type.Optional(Type.Boolean()),
    /** 诉前调解 centre: matters entrusted to this mediator, or to this organisation. */
    mediatorId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 })),
    organisationId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 })),
    sort: SortParam(CASE_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type CaseListQuery = Static<typeof CaseListQuery>;

export const CaseSummary = Type.Object({
  id: Type.Integer(),
  caseType: Type.String(),
  caseNumber: Nullable(Type.String()),
  courtId: Type.Integer(),
  courtName: Type.String(),
  node: Type.String(),
  nodeLabel: Bilingual,
  procedure: Nullable(Type.String()),
  causeName: Nullable(Type.String()),
  title: Type.String(),
  filedAt: Type.String(),
  receivedOn: Type.String(),
  reviewDueOn: Nullable(Type.String()),
  daysWaiting: Type.Integer(),
  /** Days since the case (or mediation matter) was received. */
  ageDays: Type.Integer(),
  reviewUrgency: Type.Enum(['normal', 'dueSoon', 'overdue']),
  acceptedOn: Nullable(Type.String()),
  judgeName: Nullable(Type.String()),
  divisionName: Nullable(Type.String()),
  nodeEnteredAt: Type.String(),
  daysInNode: Type.Integer(),
  version: Type.Integer(),
  /** The most urgent warning among the case's running periods (审限 and others). */
  alertLevel: Type.Enum(['none', 'yellow', 'red', 'overdue']),
  trialLimitDueOn: Nullable(Type.String()),
  /** 执: the 分段集约 stage the case is at (null before the first move, and for other case types). */
  executionStage: Nullable(Type.String()),
});
export type CaseSummary = Static<typeof CaseSummary>;

export const Party = Type.Object({
  id: Type.Integer(),
  standing: Type.String(),
  standingLabel: Bilingual,
  kind: Type.String(),
  name: Type.String(),
  idType: Nullable(Type.String()),
  /** Masked for viewers who are not court staff (个人信息保护). */
  idNumber: Nullable(Type.String()),
  creditCode: Nullable(Type.String()),
  legalRepresentative: Nullable(Type.String()),
  address: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  hasForeignDomicile: Type.Boolean(),
  agents: Type.Array(Type.Object({ userId: Type.Integer(), name: Type.String(), kind: Type.String(), lawFirm: Nullable(Type.String()) })),
});

export const Attachment = Type.Object({
  id: Type.Integer(),
  caseId: Nullable(Type.Integer()),
  fileName: Type.String(),
  mimeType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  category: Type.String(),
  uploadedAt: Type.String(),
  uploadedBy: Type.String(),
});
export type Attachment = Static<typeof Attachment>;

export const Hearing = Type.Object({
  id: Type.Integer(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  roomId: Type.Integer(),
  roomName: Type.String(),
  status: Type.String(),
  summary: Nullable(Type.String()),
  /** inPerson, online or hybrid (ONLINE-LIT arts 21–27). */
  mode: Type.String(),
  meetingLink: Nullable(Type.String()),
  /** 书记员 sitting at the hearing. */
  clerkName: Nullable(Type.String()),
});

export const LinkedCase = Type.Object({
  id: Type.Integer(),
  caseType: Type.String(),
  caseNumber: Nullable(Type.String()),
  courtName: Type.String(),
  node: Type.String(),
  nodeLabel: Bilingual,
});

export const AllowedEvent = Type.Object({ name: Type.String(), label: Bilingual });

export const CaseDetail = Type.Object({
  ...CaseSummary.properties,
  amount: Nullable(Type.String()),
  claims: Type.Array(Type.String()),
  facts: Type.String(),
  causeId: Nullable(Type.Integer()),
  causePath: Nullable(Type.String()),
  parties: Type.Array(Party),
  attachments: Type.Array(Attachment),
  panel: Type.Array(Type.Object({ userId: Type.Integer(), name: Type.String(), role: Type.String() })),
  organization: Nullable(Type.String()),
  hearings: Type.Array(Hearing),
  correction: Nullable(Type.Object({ items: Type.Array(Type.String()), note: Type.Optional(Type.String()), requestedOn: Type.String() })),
  rejection: Nullable(Type.Object({ reason: Type.String(), basis: Type.Optional(Type.String()), rejectedOn: Type.String() })),
  closingMethod: Nullable(Type.String()),
  rulingKind: Nullable(Type.String()),
  closedOn: Nullable(Type.String()),
  closingSummary: Nullable(Type.String()),
  archivedOn: Nullable(Type.String()),
  origin: Nullable(LinkedCase),
  continuations: Type.Array(LinkedCase),
  allowedEvents: Type.Array(AllowedEvent),
  myRoles: Type.Array(Type.String()),
  /** Parties of this case the viewer is, or represents as agent. */
  myPartyIds: Type.Array(Type.Integer()),
  filedByMe: Type.Boolean(),
  /** 行初 (and its 行终): the challenged act with the lawsuit-deadline check. */
  administrativeAct: Type.Optional(Nullable(AdministrativeAct)),
});
export type CaseDetail = Static<typeof CaseDetail>;

/** The case as filed, with the warnings about the chosen court's jurisdiction (the filing is received all the same). */
export const FiledCase = Type.Object({ ...CaseDetail.properties, jurisdictionWarnings: Type.Array(JurisdictionWarning) });

export const TimelineEntry = Type.Object({
  seq: Type.Integer(),
  event: Type.String(),
  eventLabel: Bilingual,
  actorName: Nullable(Type.String()),
  actorRole: Nullable(Type.String()),
  at: Type.String(),
  nodeBefore: Nullable(Type.String()),
  nodeBeforeLabel: Nullable(Bilingual),
  nodeAfter: Type.String(),
  nodeAfterLabel: Bilingual,
  /** Seconds the case spent in `nodeAfter` until the next event (or until now, for the latest). */
  secondsInNode: Type.Integer(),
  payload: Type.Record(Type.String(), Type.Unknown()),
});
export type TimelineEntry = Static<typeof TimelineEntry>;

export const FireEventRequest = Type.Object(
  {
    input: Type.Record(Type.String(), Type.Unknown()),
    /** The version the user saw; a mismatch means someone else changed the case meanwhile. */
    expectedVersion: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const EventParams = Type.Object(
  { id: Id, event: Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-zA-Z]+$' }) },
  { additionalProperties: false },
);

export const CaseTypeInfo = Type.Object({
  code: Type.String(),
  label: Bilingual,
  nodes: Type.Array(Type.Object({ name: Type.String(), label: Bilingual })),
  events: Type.Array(
    Type.Object({
      name: Type.String(),
      label: Bilingual,
      from: Type.Array(Type.String()),
      to: Nullable(Type.String()),
      by: Type.Array(Type.String()),
      input: Type.Unknown({ description: 'JSON Schema of the event input' }),
    }),
  ),
});
