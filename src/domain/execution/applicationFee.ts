// The execution application fee, computed by the fee engine (FEE art 14(1), courtFees 'execution'): not prepaid but collected
// after execution and borne by the debtor (FEE arts 20, 38); a restored execution pays no new fee (FEE art 26, rules.md §5.4).
import { calculateFee, type FeeResult } from '../courtFees/calculateFee';
import { DEFAULT_FEE_SCHEDULE_SETTINGS, type FeeScheduleSettings } from '../courtFees/feeSettings';
import { fenToYuan, yuanToFen } from '../money/yuan';

export interface ExecutionFee {
  totalFen: bigint;
  /** The engine's breakdown; null for a restoration, which is not charged. */
  fee: FeeResult | null;
  collected: 'afterExecution';
  borneBy: 'debtor';
  source: string;
}

export function executionApplicationFee(req: { amountFen: bigint | null; isRestoration: boolean }, settings: FeeScheduleSettings = DEFAULT_FEE_SCHEDULE_SETTINGS): ExecutionFee {
  const charge = { collected: 'afterExecution', borneBy: 'debtor' } as const;
  if (req.isRestoration) return { totalFen: 0n, fee: null, ...charge, source: 'FEE art 26' };
  const fee = req.amountFen === null ? calculateFee({ kind: 'execution_no_amount' }, settings) : calculateFee({ kind: 'execution', amount: fenToYuan(req.amountFen) }, settings);
  return { totalFen: yuanToFen(fee.total), fee, ...charge, source: 'FEE arts 14, 20, 38' };
}
