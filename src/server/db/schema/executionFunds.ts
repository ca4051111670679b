// 执行案款 (一案一账户, rules.md §5.7): the execution-fund ledger — append-only entries, each with postings that sum to
// zero — and the payouts a judge proposes and finance (and the 执行局长 above a threshold) approves.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { caseParties, cases } from './cases';
import { receipts } from './fees';
import { users } from './people';
import { courts } from './reference';

/** One row per ledger entry (src/domain/execution/ledger.ts); never updated except `reversed_by`. */
export const executionLedgerEntries = pgTable(
  'execution_ledger_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    kind: text('kind', { enum: ['receipt', 'claim', 'feeDeduction', 'allocation', 'disbursement', 'reversal'] }).notNull(),
    caseId: bigint('case_id', { mode: 'number' }).references(() => cases.id),
    /** The bank receipt a `receipt` entry records, or the 不明款 a `claim` takes. */
    receiptId: bigint('receipt_id', { mode: 'number' }).references(() => receipts.id),
    /** A disbursement's payee (an 申请执行人 of the case). */
    applicantPartyId: bigint('applicant_party_id', { mode: 'number' }).references(() => caseParties.id),
    /** The entry's amount (an allocation: the sum of its shares; a reversal: the original's). */
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** An allocation's shares: [{ applicantId, amountFen }] (ids and fen as strings). */
    shares: jsonb('shares').$type<{ applicantId: string; amountFen: string }[]>(),
    reversesId: bigint('reverses_id', { mode: 'number' }),
    reversedBy: bigint('reversed_by', { mode: 'number' }),
    payoutId: bigint('payout_id', { mode: 'number' }),
    entryOn: date('entry_on').notNull(),
    /** A receipt's payout deadline (FUNDS: within 30 days of arrival, the court may set fewer — the clock's `fundDisbursement`). */
    payoutDueOn: date('payout_due_on'),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('execution_ledger_entries_case_idx').on(t.caseId),
    index('execution_ledger_entries_receipt_idx').on(t.receiptId),
    index('execution_ledger_entries_court_day_idx').on(t.courtId, t.kind, t.createdAt),
  ],
);

/** The postings of each entry: where money moved inside the court's execution account (or `outside` it). */
export const executionLedgerPostings = pgTable(
  'execution_ledger_postings',
  {
    entryId: bigint('entry_id', { mode: 'number' })
      .notNull()
      .references(() => executionLedgerEntries.id),
    courtId: integer('court_id').notNull(),
    account: text('account', { enum: ['outside', 'unmatched', 'case', 'allocated', 'fees'] }).notNull(),
    caseId: bigint('case_id', { mode: 'number' }),
    applicantPartyId: bigint('applicant_party_id', { mode: 'number' }),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
  },
  (t) => [index('execution_ledger_postings_entry_idx').on(t.entryId), index('execution_ledger_postings_case_idx').on(t.caseId, t.account).where(sql`${t.caseId} is not null`)],
);

/** 案款发放: proposed by the case's officer, approved by finance and, above the court's threshold, by the 执行局长. */
export const executionPayouts = pgTable(
  'execution_payouts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    payeePartyId: bigint('payee_party_id', { mode: 'number' })
      .notNull()
      .references(() => caseParties.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** The payee's account, checked against the payee's name (the account holder must be the applicant). */
    accountName: text('account_name').notNull(),
    accountNo: text('account_no').notNull(),
    bankName: text('bank_name').notNull(),
    reason: text('reason').notNull(),
    /** proposed → (awaitingDirector) → paid; or rejected / withdrawn. */
    status: text('status', { enum: ['proposed', 'awaitingDirector', 'paid', 'rejected', 'withdrawn'] }).notNull(),
    needsDirector: boolean('needs_director').notNull(),
    proposedBy: integer('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    financeBy: integer('finance_by').references(() => users.id),
    financeAt: timestamp('finance_at', { withTimezone: true }),
    directorBy: integer('director_by').references(() => users.id),
    directorAt: timestamp('director_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    paidOn: date('paid_on'),
    /** The disbursement entry that moved the money. */
    entryId: bigint('entry_id', { mode: 'number' }),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('execution_payouts_case_idx').on(t.caseId), index('execution_payouts_open_idx').on(t.courtId, t.status).where(sql`${t.status} in ('proposed', 'awaitingDirector')`)],
);

/** 一日三通报: one report per court and report time (unique, so two processes never build it twice). */
export const executionFundReports = pgTable(
  'execution_fund_reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    /** The report time it stands for (court-local date and time as an instant). */
    slotAt: timestamp('slot_at', { withTimezone: true }).notNull(),
    /** Payouts since this instant are in it (the previous report's slot; a day before for the first). */
    since: timestamp('since', { withTimezone: true }).notNull(),
    builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
    /** The three lists and their totals (FundReportContent). */
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('execution_fund_reports_slot_uq').on(t.courtId, t.slotAt)],
);

/**
 * 延期发放: the officer asks to pay the case's held funds out later than their deadline, with a reason; the payout chain
 * approves it (finance; above the threshold, on the funds held, the 执行局长 after finance). Only an approved one moves
 * the deadline — of the arrivals the case held when it was asked (ledger entries up to `covers_entry_id`).
 */
export const executionPayoutPostponements = pgTable(
  'execution_payout_postponements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    /** POSTPONEMENT_REASONS (src/domain/execution/payoutPostponement.ts). */
    reason: text('reason').notNull(),
    reasonText: text('reason_text'),
    /** The requested new deadline. */
    untilOn: date('until_on').notNull(),
    /** The deadline when it was asked, and the funds then held (the threshold applies to them). */
    dueOnBefore: date('due_on_before').notNull(),
    heldFen: bigint('held_fen', { mode: 'number' }).notNull(),
    /** The last arrival (receipt or claim entry) it covers; later arrivals keep their own deadline. */
    coversEntryId: bigint('covers_entry_id', { mode: 'number' }).notNull(),
    /** proposed → (awaitingDirector) → approved; or rejected / withdrawn. */
    status: text('status', { enum: ['proposed', 'awaitingDirector', 'approved', 'rejected', 'withdrawn'] }).notNull(),
    needsDirector: boolean('needs_director').notNull(),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    financeBy: integer('finance_by').references(() => users.id),
    financeAt: timestamp('finance_at', { withTimezone: true }),
    directorBy: integer('director_by').references(() => users.id),
    directorAt: timestamp('director_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [
    index('execution_payout_postponements_case_idx').on(t.caseId, t.status),
    // One open request per case.
    uniqueIndex('execution_payout_postponements_open_uq').on(t.caseId).where(sql`${t.status} in ('proposed', 'awaitingDirector')`),
    index('execution_payout_postponements_open_idx').on(t.courtId, t.status).where(sql`${t.status} in ('proposed', 'awaitingDirector')`),
  ],
);
