// When held execution funds must be paid out (rules.md §5.7 [S FUNDS]: within 30 days of arrival, a court may set
// fewer, unless a postponement with a reason is approved — issue 17): money leaves a case first-in first-out, so the
// funds still held are the latest arrivals not covered by what was paid out or taken as fees, and the case's deadline is
// the earliest of their deadlines. An approved postponement moves the deadline of the arrivals it covers (those the case
// held when it was requested); funds arriving later keep their own.

export interface Arrival {
  amountFen: bigint;
  /** The arrival's payout deadline (arrival day + the court's payout days, on the clock). */
  dueOn: string;
  /** Its place in arrival order (the ledger entry's id); without it, its position in the list (1, 2, …). */
  seq?: number;
}

/** An approved postponement: the arrivals up to `coversSeq` (those held at the request) may be paid out by `untilOn`. */
export interface ApprovedPostponement {
  coversSeq: number;
  untilOn: string;
}

/** An arrival's deadline after the approved postponements that cover it (the latest of them; never earlier than its own). */
export function postponedDue(arrival: { dueOn: string; seq: number }, postponements: readonly ApprovedPostponement[]): string {
  let due = arrival.dueOn;
  for (const p of postponements) if (arrival.seq <= p.coversSeq && p.untilOn > due) due = p.untilOn;
  return due;
}

/**
 * The deadline of the money still held, or null when the arrivals are all paid out. Arrivals in arrival order; `outFen`
 * is what left the case (payouts and fees); approved postponements move the deadlines of the arrivals they cover.
 */
export function heldFundsDeadline(arrivals: readonly Arrival[], outFen: bigint, postponements: readonly ApprovedPostponement[] = []): string | null {
  let covered = outFen;
  let due: string | null = null;
  arrivals.forEach((a, i) => {
    if (covered >= a.amountFen) {
      covered -= a.amountFen;
      return;
    }
    covered = 0n;
    const d = postponedDue({ dueOn: a.dueOn, seq: a.seq ?? i + 1 }, postponements);
    if (due === null || d < due) due = d;
  });
  return due;
}
