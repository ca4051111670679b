// 民督: one row per application for a payment order (CPL-2023 arts 225–228): the claim, the order, the objection, and
// what became of it (effective as a title for execution, or turned to litigation).
import { bigint, date, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { cases } from './cases';

export const paymentOrders = pgTable('payment_orders', {
  caseId: bigint('case_id', { mode: 'number' })
    .primaryKey()
    .references(() => cases.id),
  claim: text('claim', { enum: ['money', 'securities'] }).notNull(),
  amountFen: bigint('amount_fen', { mode: 'bigint' }).notNull(),
  debtDueOn: date('debt_due_on').notNull(),
  issuedOn: date('issued_on'),
  objectedOn: date('objected_on'),
  objectionReasons: text('objection_reasons'),
  terminatedOn: date('terminated_on'),
  /** CPL-2023 art 228: the applicant's choice after the procedure ended. */
  applicantChoice: text('applicant_choice', { enum: ['litigate', 'decline'] }),
  litigationCaseId: bigint('litigation_case_id', { mode: 'number' }).references(() => cases.id),
  /** CPL-2023 art 227: the day the order took effect (enforceable). */
  effectiveOn: date('effective_on'),
  dismissedOn: date('dismissed_on'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
