// Where receipts of an account are booked. Fee receipts go to fee_ledger here; the execution account's ledger belongs to
// the execution capability, which hands its book to payments through the composition root (app.ts, jobKinds.ts) —
// payments imports no capability above it.
import type { FundAccount } from '../../../domain/payments/receiptMatch';
import type { Tx } from '../../db/database';

/** Receipts of one statement chunk as inserted: `caseId` null for an unidentified one (不明款). */
export interface BookedReceipt {
  receiptId: number;
  caseId: number | null;
  amountFen: number;
  receivedOn: string;
  note: string;
}

export interface ReceiptBook {
  /** Books receipts just inserted for the court (posted ones to their cases, unidentified ones to the 不明款 pool). */
  book(tx: Tx, courtId: number, receipts: readonly BookedReceipt[], userId: number | null, today: string): Promise<void>;
  /** Books a claim of an unidentified receipt to a case, after the receipt row was marked claimed. */
  claim(tx: Tx, courtId: number, receipt: BookedReceipt, caseId: number, userId: number, reason: string, today: string): Promise<void>;
}

/** The books of the accounts other than fees, by account. */
export type ReceiptBooks = Readonly<Record<Exclude<FundAccount, 'fees'>, ReceiptBook>>;
