// A case's fee position from its ledger: what is due after reliefs, what was paid after refunds, and the difference.
export type LedgerKind = 'charge' | 'relief' | 'payment' | 'refund';

export interface LedgerEntry {
  kind: LedgerKind;
  amountFen: number;
}

export interface FeeBalance {
  dueFen: number;
  paidFen: number;
  /** Still to pay. */
  outstandingFen: number;
  /** Paid beyond what is due: to be refunded (FEE art 53: within 15 days of the decision taking effect). */
  refundableFen: number;
}

export function feeBalance(entries: readonly LedgerEntry[]): FeeBalance {
  let due = 0;
  let paid = 0;
  for (const e of entries) {
    if (e.kind === 'charge') due += e.amountFen;
    else if (e.kind === 'relief') due -= e.amountFen;
    else if (e.kind === 'payment') paid += e.amountFen;
    else paid -= e.amountFen;
  }
  return { dueFen: due, paidFen: paid, outstandingFen: Math.max(0, due - paid), refundableFen: Math.max(0, paid - due) };
}
