// Who mediates before a case exists: lawfully established mediation organisations and the mediators a court invites
// (CPL-2023 arts 125, 205; ONLINE-MED arts 2, 10–12).
import type { BilingualMessage } from '../errors/domainError';

export const MEDIATION_ORGANISATION_KINDS = ['peopleMediationCommittee', 'industryMediation', 'invitedOrganisation', 'lawyerMediation'] as const;
export type MediationOrganisationKind = (typeof MEDIATION_ORGANISATION_KINDS)[number];

export const MEDIATION_ORGANISATION_KIND_LABELS: Record<MediationOrganisationKind, BilingualMessage> = {
  peopleMediationCommittee: { 'zh-CN': '人民调解委员会', en: "People's mediation committee" },
  industryMediation: { 'zh-CN': '行业性、专业性调解组织', en: 'Industry or professional mediation organisation' },
  invitedOrganisation: { 'zh-CN': '特邀调解组织', en: 'Invited mediation organisation' },
  lawyerMediation: { 'zh-CN': '律师调解工作室（中心）', en: 'Lawyer mediation office' },
};
