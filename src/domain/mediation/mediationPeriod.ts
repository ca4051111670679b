// The pre-litigation mediation period (ONLINE-MED art 24): 30 days from the mediator's confirming the entrustment,
// extended only with every party's consent; appraisal time is not counted (art 26).
import { citationLabel, citeEn } from '../citations/citations';
import { refuse } from '../errors/domainError';

// ONLINE-MED art 24: 30 days before filing; 15 (ordinary) or 7 (simple) days once a case is registered.
export const MEDIATION_PERIOD_DAYS = { preFiling: 30, ordinary: 15, simple: 7 } as const;

// ONLINE-MED art 24: an extension needs the consent of every party; the extended time has no upper bound.
export function checkExtensionConsent(partyIds: readonly number[], consentingPartyIds: readonly number[], days: number): void {
  if (!Number.isInteger(days) || days < 1) {
    refuse('MEDIATION_EXTENSION_INVALID', 'invalid', '延长的调解期限应为正整数日。', 'An extension of the mediation period is a whole number of days.');
  }
  const consenting = new Set(consentingPartyIds);
  const stranger = consentingPartyIds.find((id) => !partyIds.includes(id));
  if (stranger !== undefined) {
    refuse('MEDIATION_CONSENT_UNKNOWN_PARTY', 'invalid', '同意延长调解期限的须是本纠纷的当事人。', 'Only parties of the dispute consent to an extension.', { partyId: stranger });
  }
  const missing = partyIds.filter((id) => !consenting.has(id));
  if (missing.length) {
    refuse(
      'MEDIATION_EXTENSION_NEEDS_EVERY_PARTY',
      'invalid',
      `延长调解期限须经各方当事人同意（${citationLabel('ONLINE-MED art 24')['zh-CN']}），尚有当事人未同意。`,
      `Every party must consent to extending the mediation period (${citeEn('ONLINE-MED art 24')}); some have not.`,
      { missingPartyIds: missing },
    );
  }
}
