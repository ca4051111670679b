// The figures of a 诉调对接 centre: of the matters that ended, the share settled (调解成功率) and the share sent to
// registration (转立案率); withdrawals end a matter but count in neither numerator. Rates are null with no ended matter.
export interface MediationOutcomes {
  settled: number;
  failed: number;
  withdrawn: number;
}

export function mediationRates(o: MediationOutcomes): { ended: number; successRate: number | null; conversionRate: number | null } {
  const ended = o.settled + o.failed + o.withdrawn;
  return { ended, successRate: ended ? o.settled / ended : null, conversionRate: ended ? o.failed / ended : null };
}
