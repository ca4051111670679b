// 繁简分流 at 分案: a case is "simple" (to the 快执 team) or "complex" (to a 精执 team) by the court's rules. The rules
// are court practice, not statute [U: issue 17 names "funds already preserved, small amounts"; the thresholds are
// court settings with these defaults].
import type { BilingualMessage } from '../errors/domainError';
import { fenToYuan } from '../money/yuan';

export type ExecutionTrack = 'simple' | 'complex';

export const EXECUTION_TRACK_LABELS: Readonly<Record<ExecutionTrack, BilingualMessage>> = {
  simple: { 'zh-CN': '简案（快执）', en: 'Simple (fast-track team)' },
  complex: { 'zh-CN': '繁案（精执）', en: 'Complex (full-track team)' },
};

export interface TriageRules {
  /** A case applying for at most this much (fen) is simple; null: the amount alone never makes a case simple. */
  simpleMaxAmountFen: bigint | null;
  /** Funds already preserved (财产保全) covering at least this share of the amount, in percent, make a case simple; null: off. */
  preservedCoverPercent: number | null;
}

/** [U] defaults: 10万元 or less, or preserved funds covering the whole amount. */
export const DEFAULT_TRIAGE_RULES: TriageRules = { simpleMaxAmountFen: 10_000_000n, preservedCoverPercent: 100 };

export interface TriageFacts {
  /** Everything applied for (the items and the doubled interest), fen. */
  amountFen: bigint;
  /** Funds of the debtor already preserved for this claim, fen (0 when none). */
  preservedFen: bigint;
}

export interface Triage {
  track: ExecutionTrack;
  /** Why: each rule that matched, or that none did. */
  reasons: BilingualMessage[];
}

// Issue 17 (court practice) [U]: either rule suffices; a case no rule calls simple is complex.
export function classifyExecution(facts: TriageFacts, rules: TriageRules): Triage {
  const reasons: BilingualMessage[] = [];
  const amount = fenToYuan(facts.amountFen);
  if (rules.simpleMaxAmountFen !== null && facts.amountFen <= rules.simpleMaxAmountFen) {
    const max = fenToYuan(rules.simpleMaxAmountFen);
    reasons.push({ 'zh-CN': `申请执行标的${amount}元，不超过${max}元`, en: `The amount applied for, ${amount} yuan, is at most ${max} yuan` });
  }
  const p = rules.preservedCoverPercent;
  // preserved / amount ≥ p% ⇔ preserved × 100 ≥ amount × p, in integers.
  if (p !== null && facts.preservedFen > 0n && facts.preservedFen * 100n >= facts.amountFen * BigInt(p)) {
    const preserved = fenToYuan(facts.preservedFen);
    reasons.push({ 'zh-CN': `已保全款项${preserved}元，达到申请执行标的的${p}%`, en: `Funds already preserved, ${preserved} yuan, cover at least ${p}% of the amount` });
  }
  if (reasons.length) return { track: 'simple', reasons };
  return { track: 'complex', reasons: [{ 'zh-CN': '不符合本院简案标准', en: "None of the court's rules for simple cases applies" }] };
}
