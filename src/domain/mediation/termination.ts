// How a pre-litigation mediation ends (ONLINE-MED arts 20, 21, 25): by agreement, or on one of the grounds of art 25,
// after which the dispute goes to the court for registration.
import type { BilingualMessage } from '../errors/domainError';

export const MEDIATION_END_GROUNDS = [
  'agreement',
  'settledAndWithdrawn',
  'partiesUnreachable',
  'partyRefusesToContinue',
  'wideDivergence',
  'periodExpired',
  'refusesToSignAgreement',
  'withdrawn',
  'other',
] as const;
export type MediationEndGround = (typeof MEDIATION_END_GROUNDS)[number];

// ONLINE-MED art 25: the grounds on which mediation ends without agreement; art 21: the dispute then goes to registration.
export const MEDIATION_END_GROUND_LABELS: Record<MediationEndGround, BilingualMessage> = {
  agreement: { 'zh-CN': '达成调解协议', en: 'Agreement reached' },
  settledAndWithdrawn: { 'zh-CN': '当事人自行和解，撤回调解申请', en: 'Settled by the parties, application withdrawn' },
  partiesUnreachable: { 'zh-CN': '在调解期限内无法联系到当事人', en: 'The parties could not be reached within the period' },
  partyRefusesToContinue: { 'zh-CN': '当事人一方明确拒绝继续调解', en: 'A party refuses to continue' },
  wideDivergence: { 'zh-CN': '当事人分歧较大且难以达成调解协议', en: 'The parties are too far apart to agree' },
  periodExpired: { 'zh-CN': '调解期限届满，未达成调解协议且各方当事人未达成延长调解期限的合意', en: 'The period ran out without agreement and without every party consenting to extend it' },
  refusesToSignAgreement: { 'zh-CN': '当事人拒绝在调解协议上签章', en: 'A party refuses to sign the agreement' },
  withdrawn: { 'zh-CN': '当事人撤回调解申请', en: 'The application was withdrawn' },
  other: { 'zh-CN': '其他导致调解无法进行的情形', en: 'Another reason mediation cannot go on' },
};

/** Outcomes after which the dispute, unresolved, is sent to the court for registration (ONLINE-MED art 21). */
const GOES_TO_REGISTRATION: ReadonlySet<MediationEndGround> = new Set(['partiesUnreachable', 'partyRefusesToContinue', 'wideDivergence', 'periodExpired', 'refusesToSignAgreement', 'other']);

export function mediationOutcome(ground: MediationEndGround): 'success' | 'failure' | 'withdrawal' {
  if (ground === 'agreement') return 'success';
  return GOES_TO_REGISTRATION.has(ground) ? 'failure' : 'withdrawal';
}
