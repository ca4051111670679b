// When held execution funds must be paid out (rules.md §5.7 [S FUNDS]: within 30 days of arrival, a court may set
// fewer): money leaves a case first-in first-out, so the deadline that binds is the one of the oldest arrival not yet
// covered by what was paid out or taken as fees.

export interface Arrival {
  amountFen: bigint;
  /** The arrival's payout deadline (arrival day + the court's payout days, on the clock). */
  dueOn: string;
}

/** The deadline of the oldest money still held, or null when the arrivals are all paid out. Arrivals in arrival order. */
export function heldFundsDeadline(arrivals: readonly Arrival[], outFen: bigint): string | null {
  let covered = outFen;
  for (const a of arrivals) {
    if (covered < a.amountFen) return a.dueOn;
    covered -= a.amountFen;
  }
  return null;
}
