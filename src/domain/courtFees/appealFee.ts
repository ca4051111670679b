// The fee a 民终 case is charged: each side's appeal on its own appealed part, summed (FEE arts 17, 22; CPL-Interp art 202).
import Decimal from 'decimal.js';
import { appealFeeBases, type SideAppeal } from '../appeal/appealedPart';
import { STANDING_LABELS, type Standing } from '../appeal/appealStanding';
import { acceptanceFeeRequest } from './acceptanceFee';
import { calculateFee, type FeeComponent } from './calculateFee';
import type { FeeScheduleSettings } from './feeSettings';

export function appealFee(bases: readonly SideAppeal[], settings?: FeeScheduleSettings): { total: string; breakdown: FeeComponent[] } {
  const fees = bases.map((b) => ({ base: b, fee: calculateFee(acceptanceFeeRequest({ caseType: '民终', amountFen: b.partFen === null ? null : Number(b.partFen), procedure: 'secondInstance' }), settings) }));
  if (fees.length === 1) return { total: fees[0]!.fee.total, breakdown: fees[0]!.fee.breakdown };
  const total = fees.reduce((sum, f) => sum.plus(f.fee.total), new Decimal(0)).toFixed(2);
  const breakdown = fees.map(({ base, fee }): FeeComponent => {
    const side = STANDING_LABELS[base.side as Standing] ?? { 'zh-CN': base.side, en: base.side };
    const part = base.partFen === null ? null : new Decimal(base.partFen.toString()).div(100).toFixed(2);
    return {
      component: 'appealBySide',
      label: { 'zh-CN': `${side['zh-CN']}一方上诉${part ? `（涉及金额${part}元）` : ''}`, en: `appeal by the ${side.en.toLowerCase()} side${part ? ` (${part} yuan appealed)` : ''}` },
      ...(part ? { base: part } : {}),
      amount: fee.total,
      source: 'FEE arts 17, 22; CPL-Interp art 202',
    };
  });
  return { total, breakdown };
}

/**
 * FEE arts 17, 22; CPL-Interp art 202: a party appealing after the appeal case was registered prepays its side's fee
 * on its own appealed part, less what its side was charged already (a co-appellant of a side that appealed on a smaller
 * part pays the difference; on an equal or smaller part, nothing). `before` and `after` are the appeals without and
 * with the joining one; null when nothing more is owed.
 */
export function joiningAppealFee(before: readonly SideAppeal[], after: readonly SideAppeal[], side: string, settings?: FeeScheduleSettings): { total: string; breakdown: FeeComponent[] } | null {
  const sideFee = (appeals: readonly SideAppeal[]) => {
    const base = appealFeeBases(appeals).find((b) => b.side === side);
    return base && appealFee([base], settings);
  };
  const now = sideFee(after);
  if (!now) return null;
  const charged = sideFee(before);
  const total = new Decimal(now.total).minus(charged?.total ?? 0);
  if (total.lte(0)) return null;
  if (!charged) return now;
  const credit: FeeComponent = {
    component: 'chargedToSide',
    label: { 'zh-CN': '同一方已交纳的上诉案件受理费', en: 'appeal fee already charged to the same side' },
    amount: new Decimal(charged.total).neg().toFixed(2),
    source: 'FEE art 22; CPL-Interp art 202',
  };
  return { total: total.toFixed(2), breakdown: [...now.breakdown, credit] };
}
