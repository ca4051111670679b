// Who may take a matter into mediation: routing a complaint (CPL-2023 art 125) and entrusting an organisation or
// mediator (ONLINE-MED arts 10–12).
import { citationLabel } from '../citations/citations';
import { refuse } from '../errors/domainError';

// CPL-2023 art 125: a dispute fit for mediation is mediated first — unless a party refuses.
export function checkMayRouteToMediation(consent: boolean | null): void {
  if (consent === false) {
    refuse(
      'MEDIATION_REFUSED_BY_PARTY',
      'conflict',
      `当事人在立案时已拒绝诉前调解，不能转诉前调解，请依法审查立案（${citationLabel('CPL-2023 art 125')['zh-CN']}）。`,
      `The party refused pre-litigation mediation when filing; review the filing for registration instead (${citationLabel('CPL-2023 art 125').en}).`,
    );
  }
}

export interface OrganisationFacts {
  id: number;
  isActive: boolean;
  /** The court that registered the organisation. */
  courtId: number;
}

export interface MediatorFacts {
  userId: number;
  isActive: boolean;
  organisationId: number;
  courtIds: readonly number[];
}

// ONLINE-MED art 10: the court entrusts a mediation organisation or mediator it has invited — active, and serving it.
export function checkDesignation(courtId: number, org: OrganisationFacts | undefined, mediator: MediatorFacts | undefined, mediatorAsked: boolean): void {
  if (!org || !org.isActive || org.courtId !== courtId) {
    refuse('MEDIATION_ORGANISATION_UNAVAILABLE', 'invalid', '所选调解组织不存在、已停用或不是本院特邀的调解组织。', 'The mediation organisation does not exist, is inactive, or is not invited by this court.');
  }
  if (!mediatorAsked) return;
  if (!mediator || !mediator.isActive || mediator.organisationId !== org.id || !mediator.courtIds.includes(courtId)) {
    refuse('MEDIATOR_UNAVAILABLE', 'invalid', '所选调解员不存在、已停用、不属于所选调解组织，或不为本院提供调解服务。', 'The mediator does not exist, is inactive, is not of that organisation, or does not serve this court.');
  }
}
