// HTTP contracts of 诉前调解: the organisations and mediators a court may entrust, and one matter's mediation record.
import Type, { type Static } from 'typebox';
import { MEDIATION_ORGANISATION_KINDS } from '../domain/mediation/organisations';
import { Bilingual, Id } from './common';

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
    }),
  ),
  agreement: Nullable(Type.Object({ attachmentId: Id, fileName: Type.String(), sha256: Type.String() })),
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
