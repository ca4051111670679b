// Allocating execution funds among several applicants (参与分配, rules.md §5.7; issue 17): the judge decides the ranks and
// the claims; a higher rank is paid in full before a lower one gets anything, and within a rank the amount is shared
// pro rata by claim ([U] CPL-Interp art 508, not in rules.md: ordinary creditors share in proportion to their claims).
import { step, type TraceStep } from '../clock/trace';
import { refuse } from '../errors/domainError';
import { fenToYuan } from '../money/yuan';

export interface AllocationClaim {
  /** The applicant (or the claim) being paid. */
  id: string;
  /** 1 is paid first; equal ranks share. */
  rank: number;
  claimFen: bigint;
}

export interface AllocationShare {
  id: string;
  rank: number;
  claimFen: bigint;
  shareFen: bigint;
}

export interface Allocation {
  /** In the order the claims were given. */
  shares: AllocationShare[];
  /** Left after every claim is paid in full (returned to the debtor or kept for other cases: the judge decides). */
  surplusFen: bigint;
  trace: TraceStep[];
}

function invalid(zh: string, en: string, details?: Record<string, unknown>): never {
  refuse('ALLOCATION_INPUT_INVALID', 'invalid', zh, en, details);
}

function check(amountFen: bigint, claims: readonly AllocationClaim[]): void {
  if (amountFen < 0n) invalid('分配金额不能为负数。', 'The amount to allocate cannot be negative.');
  const ids = new Set<string>();
  for (const c of claims) {
    if (ids.has(c.id)) invalid(`申请人 ${c.id} 重复。`, `Claim ${c.id} appears twice.`, { id: c.id });
    ids.add(c.id);
    if (!Number.isInteger(c.rank) || c.rank < 1) invalid(`${c.id} 的受偿顺位应为正整数。`, `The rank of ${c.id} must be a whole number from 1.`, { id: c.id });
    if (c.claimFen < 0n) invalid(`${c.id} 的债权金额不能为负数。`, `The claim of ${c.id} cannot be negative.`, { id: c.id });
  }
}

/**
 * Shares `amount` among claims of equal rank in proportion to their claims (amount < total): each gets the floor of its
 * exact share, and the fen left over go one each to the largest remainders — ties to the claim given first. So the shares
 * always add up to the amount, and none exceeds its claim.
 */
export function proRata(amountFen: bigint, claims: readonly { claimFen: bigint }[]): bigint[] {
  const total = claims.reduce((s, c) => s + c.claimFen, 0n);
  if (total === 0n) return claims.map(() => 0n);
  const floors = claims.map((c) => (amountFen * c.claimFen) / total);
  const remainders = claims.map((c, i) => ({ i, r: (amountFen * c.claimFen) % total }));
  let left = amountFen - floors.reduce((s, f) => s + f, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    floors[i]! += 1n;
    left -= 1n;
  }
  return floors;
}

/** The judge's allocation: rank by rank, each rank in full if the amount allows, else pro rata; with the derivation. */
export function allocate(amountFen: bigint, claims: readonly AllocationClaim[]): Allocation {
  check(amountFen, claims);
  const shares = new Map<string, bigint>();
  const trace: TraceStep[] = [step(`可供分配金额${fenToYuan(amountFen)}元`, `Amount to allocate: ${fenToYuan(amountFen)}`)];
  const ranks = [...new Set(claims.map((c) => c.rank))].sort((a, b) => a - b);
  let left = amountFen;
  for (const rank of ranks) {
    const group = claims.filter((c) => c.rank === rank);
    const total = group.reduce((s, c) => s + c.claimFen, 0n);
    if (left >= total) {
      group.forEach((c) => shares.set(c.id, c.claimFen));
      left -= total;
      trace.push(step(`第${rank}顺位债权合计${fenToYuan(total)}元，全额受偿，余${fenToYuan(left)}元`, `Rank ${rank}: claims of ${fenToYuan(total)} paid in full; ${fenToYuan(left)} left`));
      continue;
    }
    const parts = proRata(left, group);
    group.forEach((c, i) => shares.set(c.id, parts[i]!));
    const detail = group.map((c, i) => `${c.id} ${fenToYuan(parts[i]!)}`).join('，');
    trace.push(
      step(
        `第${rank}顺位债权合计${fenToYuan(total)}元，按债权比例分配${fenToYuan(left)}元（不足一分的余数按尾差大小依次补足）：${detail}`,
        `Rank ${rank}: claims of ${fenToYuan(total)} share ${fenToYuan(left)} pro rata (leftover fen to the largest remainders): ${group.map((c, i) => `${c.id} ${fenToYuan(parts[i]!)}`).join(', ')}`,
      ),
    );
    left = 0n;
  }
  return { shares: claims.map((c) => ({ id: c.id, rank: c.rank, claimFen: c.claimFen, shareFen: shares.get(c.id) ?? 0n })), surplusFen: left, trace };
}
