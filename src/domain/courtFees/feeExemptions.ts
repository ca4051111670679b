// Cases that pay no case fee (诉讼费用交纳办法 art 8).
import type { ClosingMethod, RulingKind } from '../casetypes/caseModel';

// FEE art 8(3): an appeal against a ruling of 不予受理, 驳回起诉 or on a jurisdiction objection pays no case fee.
const FEE_FREE_APPEALED_RULINGS: readonly RulingKind[] = ['inadmissible', 'dismissal', 'jurisdiction'];

/** Whether the appeal against this first-instance outcome is free of the case fee, with the rule that makes it so. */
export function appealFeeExemption(appealed: { closingMethod: ClosingMethod | null; rulingKind: RulingKind | null }): { source: string } | null {
  if (appealed.closingMethod === 'ruling' && appealed.rulingKind !== null && FEE_FREE_APPEALED_RULINGS.includes(appealed.rulingKind)) return { source: 'FEE art 8(3)' };
  return null;
}
