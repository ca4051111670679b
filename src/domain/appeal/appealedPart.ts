// The appealed part (上诉请求涉及的金额) on which the appeal fee is charged.
import { refuse } from '../errors/domainError';
import { fenToYuan, yuanToFen } from '../money/yuan';

/**
 * FEE art 17: the appeal fee is charged on the part of the first-instance decision the appellant contests; it cannot
 * exceed what was in dispute below. [U] An appeal that states no part contests the whole claim (rules.md §4.5).
 */
export function appealedPartFen(claimFen: bigint | null, stated: string | undefined): bigint | null {
  if (stated === undefined) return claimFen;
  const fen = yuanToFen(stated);
  if (fen <= 0n) {
    refuse('APPEALED_AMOUNT_INVALID', 'invalid', '上诉请求涉及的金额须大于零。', 'The appealed amount must be greater than zero.');
  }
  if (claimFen === null || claimFen <= 0n) {
    refuse('APPEALED_AMOUNT_NOT_APPLICABLE', 'invalid', '一审没有争议金额，上诉不填写涉及金额。', 'The first instance had no amount in dispute; the appeal states no amount.');
  }
  if (fen > claimFen) {
    refuse(
      'APPEALED_AMOUNT_EXCEEDS_CLAIM',
      'invalid',
      `上诉请求涉及的金额（${fenToYuan(fen)}元）不能超过一审的争议金额（${fenToYuan(claimFen)}元）。`,
      `The appealed amount (${fenToYuan(fen)} yuan) cannot exceed the amount in dispute below (${fenToYuan(claimFen)} yuan).`,
      { appealedAmount: fenToYuan(fen), claimAmount: fenToYuan(claimFen) },
    );
  }
  return fen;
}

export interface SideAppeal {
  /** The appellant's standing below: the side it appeals from. */
  side: string;
  /** The appealed part in fen (null: no amount in dispute). */
  partFen: bigint | null;
}

/**
 * FEE art 22; CPL-Interp art 202 (rules.md §4.5): when both sides appeal, each prepays on its own appeal; several
 * appellants of one side pay one fee, [U] on the largest part any of them states. One base per side, in order.
 */
export function appealFeeBases(appeals: readonly SideAppeal[]): SideAppeal[] {
  const bySide = new Map<string, bigint | null>();
  for (const a of appeals) {
    const had = bySide.get(a.side);
    if (!bySide.has(a.side) || (a.partFen !== null && (had === null || had === undefined || a.partFen > had))) bySide.set(a.side, a.partFen);
  }
  return [...bySide].map(([side, partFen]) => ({ side, partFen }));
}
