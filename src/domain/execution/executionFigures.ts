// 执行 figures for /statistics (issue 17 item 6). QUALITY (rules.md §9.7) keeps 执行到位率 among the SPC's indicators,
// but its formula — like those of 执行完毕率 and 终本率 — is [U] (the SPC document is not in rules.md). Until it is,
// each is a share of the execution cases closed (结案, by any of the EXEC-CASES closing methods) in the period, and a
// rate with nothing to divide by is null, never NaN.

export interface ExecutionClosings {
  /** Cases closed in the period, by any method. */
  closed: number;
  /** …of which 执行完毕 and 终结本次执行程序. */
  completed: number;
  currentRoundEnded: number;
}

export interface ExecutionRates {
  /** 执行完毕率 [U formula]: 执行完毕 ÷ cases closed. */
  completionRate: number | null;
  /** 终本率 [U formula]: 终结本次执行程序 ÷ cases closed. */
  currentRoundEndedRate: number | null;
  /** 执行到位率 [U formula] (QUALITY names it): amount paid out to the applicants ÷ amount applied for, of the cases closed. */
  fundsRecoveryRate: number | null;
}

/**
 * What a case's payouts count towards its 到位率: what was paid out, up to what was applied for. Delay interest keeps
 * running after the application (DELAY-2014 art 1), so a case can pay out more than its applied amount; the excess is
 * not counted, so that one case cannot make up for another and the rate stays within [0, 1]. The statistics query
 * computes this per case in SQL as least(paid, applied) (src/server/modules/statistics/executionStats.ts).
 */
export function paidTowardApplication(paidFen: bigint, appliedFen: bigint): bigint {
  if (paidFen <= 0n || appliedFen <= 0n) return 0n;
  return paidFen < appliedFen ? paidFen : appliedFen;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : null);

/** The rates of a court, team or officer; `paidFen` is the sum of paidTowardApplication over the same closed cases. */
export function executionRates(c: ExecutionClosings & { paidFen: bigint; appliedFen: bigint }): ExecutionRates {
  return {
    completionRate: share(c.completed, c.closed),
    currentRoundEndedRate: share(c.currentRoundEnded, c.closed),
    // Fen sums stay well below 2^53 fen per court-year; Number keeps the ratio exact to double precision.
    fundsRecoveryRate: c.appliedFen > 0n ? share(Number(c.paidFen), Number(c.appliedFen)) : null,
  };
}
