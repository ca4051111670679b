// Labels for the codes the API uses. Where the domain already names a code bilingually, that name is reused.
import type { PartyInput } from '../../contracts/cases';
import type { Court } from '../../contracts/reference';
import { STANDING_LABELS } from '../../domain/appeal/appealStanding';
import { CLOSING_METHOD_LABELS, PROCEDURE_LABELS, RULING_KIND_LABELS } from '../../domain/casetypes/caseModel';
import type { MaterialCategory } from '../../domain/filing/materials';
import { ROLE_LABELS } from '../../domain/roles/roles';
import type { Bilingual } from './i18n';
import type { MessageKey } from './messages';

export { CLOSING_METHOD_LABELS, PROCEDURE_LABELS, ROLE_LABELS, RULING_KIND_LABELS, STANDING_LABELS };

type IdType = NonNullable<PartyInput['idType']>;

export const ID_TYPE_KEYS: Record<IdType, MessageKey> = {
  residentId: 'idType.residentId',
  passport: 'idType.passport',
  hkMacaoPermit: 'idType.hkMacaoPermit',
  taiwanPermit: 'idType.taiwanPermit',
  foreignPermanentResident: 'idType.foreignPermanentResident',
  other: 'idType.other',
};

export const PARTY_KIND_KEYS: Record<PartyInput['kind'], MessageKey> = {
  person: 'partyKind.person',
  organization: 'partyKind.organization',
  organ: 'partyKind.organ',
};

export const COURT_LEVEL_KEYS: Record<Court['level'], MessageKey> = {
  supreme: 'courtLevel.supreme',
  high: 'courtLevel.high',
  intermediate: 'courtLevel.intermediate',
  basic: 'courtLevel.basic',
};

export const CODE_BASIS: Record<Court['codeBasis'], { key: MessageKey; color: string }> = {
  attested: { key: 'codeBasis.attested', color: 'green' },
  rule: { key: 'codeBasis.rule', color: 'blue' },
  derived: { key: 'codeBasis.derived', color: 'orange' },
};

// Every material kind a file can be uploaded as has its label (checked against the domain's list).
export const ATTACHMENT_CATEGORY_KEYS: Record<string, MessageKey> = {
  complaint: 'category.complaint',
  evidence: 'category.evidence',
  identity: 'category.identity',
  authorization: 'category.authorization',
  lawyerLicence: 'category.lawyerLicence',
  defence: 'category.defence',
  counterclaim: 'category.counterclaim',
  appealPetition: 'category.appealPetition',
  supplementary: 'category.supplementary',
  serviceProof: 'category.serviceProof',
  executionTitle: 'category.executionTitle',
  enforcementCertificate: 'category.enforcementCertificate',
  indictment: 'category.indictment',
  other: 'category.other',
} satisfies Record<MaterialCategory, MessageKey>;

export const HEARING_STATUS: Record<string, { key: MessageKey; color: string }> = {
  scheduled: { key: 'hearingStatus.scheduled', color: 'blue' },
  held: { key: 'hearingStatus.held', color: 'green' },
  postponed: { key: 'hearingStatus.postponed', color: 'default' },
};

export const ORGANIZATION_KEYS: Record<string, MessageKey> = {
  sole: 'organization.sole',
  panel: 'organization.panel',
};

export const PANEL_ROLE_KEYS: Record<string, MessageKey> = {
  sole: 'panelRole.sole',
  presiding: 'panelRole.presiding',
  member: 'panelRole.member',
};

/** Looks a code up in a bilingual table, falling back to the code itself. */
export function labelOf(table: Record<string, Bilingual>, code: string | null | undefined): Bilingual | null {
  if (!code) return null;
  return table[code] ?? { 'zh-CN': code, en: code };
}
