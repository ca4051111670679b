// HTTP contracts of 诉前调解: the organisations and mediators a court may entrust, and one matter's mediation record.
import Type, { type Static } from 'typebox';
import { MEDIATION_ORGANISATION_KINDS } from '../domain/mediation/organisations';
import { FilingInput } from './cases';
import { Bilingual, Id, PageQuery, SortParam } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const MediatorSummary = Type.Object({
  userId: Id,
  displayName: Type.String(),
  specialties: Type.Array(Type.String()),
  isActive: Type.Boolean(),
  courtIds: Type.Array(Id),
});

export const MediationOrganisation = Type.Object({
  id: Id,
  courtId: Id,
  name: Type.String(),
  kind: Type.Enum(MEDIATION_ORGANISATION_KINDS),
  kindLabel: Bilingual,
  isActive: Type.Boolean(),
  mediators: Type.Array(MediatorSummary),
});
export type MediationOrganisation = Static<typeof MediationOrganisation>;

export const OrganisationsQuery = Type.Object({ courtId: Id }, { additionalProperties: false });

export const MediationRecord = Type.Object({
  entrustment: Nullable(
    Type.Object({
      organisationId: Id,
      organisationName: Type.String(),
      mediatorId: Nullable(Id),
      mediatorName: Nullable(Type.String()),
      designatedAt: Type.String(),
      confirmedAt: Nullable(Type.String()),
      declinedAt: Nullable(Type.String()),
      endGround: Nullable(Type.String()),
      endGroundLabel: Nullable(Bilingual),
      endedOn: Nullable(Type.String()),
      /** The mediator is the one every party chose (ONLINE-MED art 10). */
      chosenByParties: Type.Boolean(),
    }),
  ),
  /** The parties' joint choice of a mediator (ONLINE-MED art 10): each party's choice and whom they may choose. */
  choice: Type.Object({
    /** open: the 2 working days run; agreed: every party chose the same mediator; closed: over without agreement. */
    status: Type.Enum(['open', 'agreed', 'closed']),
    dueOn: Nullable(Type.String()),
    agreedMediatorId: Nullable(Id),
    proposals: Type.Array(Type.Object({ partyId: Id, partyName: Type.String(), mediatorId: Nullable(Id), mediatorName: Nullable(Type.String()) })),
    /** The active mediators serving the matter's court, while the parties may choose. */
    candidates: Type.Array(Type.Object({ userId: Id, displayName: Type.String(), organisationId: Id, organisationName: Type.String(), specialties: Type.Array(Type.String()) })),
  }),
  agreement: Nullable(Type.Object({ attachmentId: Id, fileName: Type.String(), sha256: Type.String() })),
  sessions: Type.Array(
    Type.Object({
      id: Id,
      startsAt: Type.String(),
      endsAt: Nullable(Type.String()),
      place: Nullable(Type.String()),
      meetingUrl: Nullable(Type.String()),
      status: Type.String(),
      record: Nullable(Type.String()),
      recordedAt: Nullable(Type.String()),
    }),
  ),
  /** Every party, and whether it has signed the current agreement. */
  signatures: Type.Array(
    Type.Object({
      partyId: Id,
      partyName: Type.String(),
      signedAt: Nullable(Type.String()),
      /** Who signed: the party's own account, or the mediator who recorded a signature made in person. */
      signedBy: Nullable(Type.String()),
      method: Nullable(Type.Enum(['portal', 'inPerson'])),
      signedCopyId: Nullable(Id),
    }),
  ),
});
export type MediationRecord = Static<typeof MediationRecord>;

/** 在线申请诉前调解 without a complaint (ONLINE-MED art 10): the same court, parties, claims and files as a filing. */
// A civil dispute: its cause is required, and no administrative act.
export const MediationApplication = Type.Object({ ...Type.Omit(FilingInput, ['caseType', 'mediationConsent', 'administrativeAct', 'causeId', 'elements']).properties, causeId: Id }, { additionalProperties: false });
export type MediationApplication = Static<typeof MediationApplication>;

// Administration of the organisations and mediators (issue 16 item 1): the administrator for any court, the court's
// 立案庭 chief for its own organisations and the mediators serving it.

export const ORGANISATION_SORT_COLUMNS = ['id', 'name', 'kind', 'courtId', 'isActive', 'createdAt'] as const;

export const OrganisationListQuery = Type.Object(
  {
    /** Required of a 立案庭 chief (their own court); the administrator sees every court's without it. */
    courtId: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    kind: Type.Optional(Type.Enum(MEDIATION_ORGANISATION_KINDS)),
    isActive: Type.Optional(Type.Boolean()),
    sort: SortParam(ORGANISATION_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type OrganisationListQuery = Static<typeof OrganisationListQuery>;

export const OrganisationRow = Type.Object({
  id: Id,
  courtId: Id,
  courtName: Type.String(),
  name: Type.String(),
  kind: Type.Enum(MEDIATION_ORGANISATION_KINDS),
  kindLabel: Bilingual,
  contact: Nullable(Type.String()),
  isActive: Type.Boolean(),
  mediatorCount: Type.Integer(),
  createdAt: Type.String(),
});
export type OrganisationRow = Static<typeof OrganisationRow>;

const organisationFields = {
  name: Type.String({ minLength: 2, maxLength: 100 }),
  kind: Type.Enum(MEDIATION_ORGANISATION_KINDS),
  contact: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  isActive: Type.Optional(Type.Boolean()),
};

export const OrganisationInput = Type.Object({ courtId: Id, ...organisationFields }, { additionalProperties: false });
export type OrganisationInput = Static<typeof OrganisationInput>;

/** Rename, change the kind or contact, activate or deactivate: only the fields given change. */
export const OrganisationUpdate = Type.Object(
  { name: Type.Optional(organisationFields.name), kind: Type.Optional(organisationFields.kind), contact: organisationFields.contact, isActive: organisationFields.isActive },
  { additionalProperties: false },
);
export type OrganisationUpdate = Static<typeof OrganisationUpdate>;

export const MEDIATOR_SORT_COLUMNS = ['userId', 'username', 'displayName', 'organisationName', 'isActive'] as const;

export const MediatorListQuery = Type.Object(
  {
    /** The court served; required of a 立案庭 chief (their own court). */
    courtId: Type.Optional(Id),
    organisationId: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    isActive: Type.Optional(Type.Boolean()),
    sort: SortParam(MEDIATOR_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type MediatorListQuery = Static<typeof MediatorListQuery>;

export const MediatorRow = Type.Object({
  userId: Id,
  username: Type.String(),
  displayName: Type.String(),
  phone: Nullable(Type.String()),
  organisationId: Id,
  organisationName: Type.String(),
  specialties: Type.Array(Type.String()),
  courtIds: Type.Array(Id),
  courtNames: Type.Array(Type.String()),
  /** The mediator may act and be designated (the mediator and the account are both active). */
  isActive: Type.Boolean(),
});
export type MediatorRow = Static<typeof MediatorRow>;

const mediatorFields = {
  displayName: Type.String({ minLength: 1, maxLength: 50 }),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
  /** Set by the administrator as for every account: at least 10 characters. */
  password: Type.String({ minLength: 10, maxLength: 200 }),
  organisationId: Id,
  specialties: Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 20 }),
  courtIds: Type.Array(Id, { minItems: 1, maxItems: 50 }),
  isActive: Type.Optional(Type.Boolean()),
};

export const MediatorInput = Type.Object(
  { username: Type.String({ minLength: 3, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' }), ...mediatorFields },
  { additionalProperties: false },
);
export type MediatorInput = Static<typeof MediatorInput>;

/** Only the fields given change; a new password or deactivation ends the mediator's sessions. */
export const MediatorUpdate = Type.Object(
  {
    displayName: Type.Optional(mediatorFields.displayName),
    phone: mediatorFields.phone,
    password: Type.Optional(mediatorFields.password),
    organisationId: Type.Optional(mediatorFields.organisationId),
    specialties: Type.Optional(mediatorFields.specialties),
    courtIds: Type.Optional(mediatorFields.courtIds),
    isActive: mediatorFields.isActive,
  },
  { additionalProperties: false },
);
export type MediatorUpdate = Static<typeof MediatorUpdate>;

export const MEDIATOR_WORKLOAD_SORT_COLUMNS = ['displayName', 'organisationName', 'open', 'entrusted', 'mediating', 'agreementDrafted', 'overdue', 'settledThisMonth'] as const;

/** The 诉前调解 centre's view of its mediators: how many matters each holds, where, how many are late. */
export const MediatorWorkloadQuery = Type.Object(
  {
    /** The court (the administrator's choice; others see their own court). */
    courtId: Type.Optional(Id),
    organisationId: Type.Optional(Id),
    sort: SortParam(MEDIATOR_WORKLOAD_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type MediatorWorkloadQuery = Static<typeof MediatorWorkloadQuery>;

export const MediatorWorkloadRow = Type.Object({
  /** The mediator's user id (mediatorId in the centre's list filter). */
  id: Id,
  displayName: Type.String(),
  organisationId: Id,
  organisationName: Type.String(),
  isActive: Type.Boolean(),
  /** Matters entrusted to the mediator and not ended. */
  open: Type.Integer(),
  entrusted: Type.Integer(),
  mediating: Type.Integer(),
  agreementDrafted: Type.Integer(),
  /** Open matters whose confirmation (ONLINE-MED art 12) or mediation period (art 24) is past due. */
  overdue: Type.Integer(),
  /** Matters settled by agreement in the current month. */
  settledThisMonth: Type.Integer(),
});
export type MediatorWorkloadRow = Static<typeof MediatorWorkloadRow>;
