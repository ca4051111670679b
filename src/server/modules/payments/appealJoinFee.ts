// 交纳诉讼费用通知 for a party that appeals after the 民终 case was registered: the registration's notice charged the
// sides that had appealed then, so the joining party gets its own, on its appealed part, due in its own fee period.
import { appealFeeExemption } from '../../../domain/courtFees/feeExemptions';
import { joiningAppealFee } from '../../../domain/courtFees/appealFee';
import type { SideAppeal } from '../../../domain/appeal/appealedPart';
import type { ClosingMethod, RulingKind } from '../../../domain/casetypes/caseModel';
import { fenFromText } from '../../../domain/payments/moneyText';
import type { Tx } from '../../db/database';
import { clockEnv, startPeriod } from '../clock/periodStore';
import { issueChargeNotice } from './caseFees';
import { loadFeeScheduleSettings } from './feeSettings';

export interface JoiningAppeal {
  appealCase: { id: number; courtId: number };
  /** The first-instance outcome appealed against (FEE art 8(3) exempts some rulings). */
  appealed: { closingMethod: ClosingMethod | null; rulingKind: RulingKind | null };
  /** The appeals before and with the joining one (each side's appealed part). */
  before: readonly SideAppeal[];
  after: readonly SideAppeal[];
  /** The joining appellants on the appeal case, with the side each appeals from. */
  appellants: readonly { partyId: number; name: string; side: string }[];
  today: string;
  issuedBy: number;
}

/** One notice per side the joining appellants appeal from; what each records on the timeline. */
export async function chargeJoiningAppellants(tx: Tx, j: JoiningAppeal): Promise<Record<string, unknown>> {
  const exempt = appealFeeExemption(j.appealed);
  if (exempt) return { fee: '0.00', feeExemptBy: exempt.source };
  const settings = await loadFeeScheduleSettings(tx);
  const notices: { partyId: number; fee: string; feeDueOn: string | null }[] = [];
  for (const side of new Set(j.appellants.map((a) => a.side))) {
    const fee = joiningAppealFee(j.before, j.after, side, settings);
    if (!fee) continue;
    const payer = j.appellants.find((a) => a.side === side)!;
    const env = await clockEnv(tx, j.appealCase.courtId, j.today);
    const period = await startPeriod(tx, env, j.appealCase, {
      kind: 'feePayment',
      partyId: payer.partyId,
      triggerOn: j.today,
      triggerFact: { 'zh-CN': `上诉并发出交纳诉讼费用通知（${payer.name}）`, en: `appeal filed and the fee notice issued (${payer.name})` },
      triggerSource: 'FEE art 22; CPL-Interp art 318',
    });
    const notice = await issueChargeNotice(tx, {
      caseId: j.appealCase.id,
      basis: `appealJoined:${payer.partyId}`,
      amountFen: fenFromText(fee.total)!,
      breakdown: fee.breakdown as unknown as Record<string, unknown>[],
      issuedOn: j.today,
      dueOn: period.dueOn,
      issuedBy: j.issuedBy,
      note: `上诉案件受理费（${payer.name}）`,
    });
    notices.push({ partyId: payer.partyId, fee: fee.total, feeDueOn: notice.dueOn });
  }
  return notices.length ? { feeNotices: notices } : {};
}
