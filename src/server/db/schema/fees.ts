// Litigation fees and payments: each case's own sub-account (一案一账号), the fee notices, a per-case ledger, the
// bank statements finance imports and each receipt in them (one row per bank reference, so none is posted twice).
import { sql } from 'drizzle-orm';
import { bigint, bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { backgroundJobs } from './jobs';
import { users } from './people';
import { courts } from './reference';

export const caseFeeAccounts = pgTable('case_fee_accounts', {
  caseId: bigint('case_id', { mode: 'number' }).primaryKey().references(() => cases.id),
  accountNo: text('account_no').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 交纳诉讼费用通知: what the prepaying party owes and by when (FEE arts 20, 22). */
export const feeNotices = pgTable(
  'fee_notices',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    basis: text('basis').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    breakdown: jsonb('breakdown').$type<Record<string, unknown>[]>().notNull(),
    issuedOn: date('issued_on').notNull(),
    dueOn: date('due_on'),
    issuedBy: integer('issued_by').references(() => users.id),
  },
  (t) => [uniqueIndex('fee_notices_case_basis_uq').on(t.caseId, t.basis)],
);

/** Every money fact of a case: charges and reliefs change what is due, payments and refunds what was paid. */
export const feeLedger = pgTable(
  'fee_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    kind: text('kind', { enum: ['charge', 'relief', 'payment', 'refund'] }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    entryOn: date('entry_on').notNull(),
    /** What the entry records: a notice, a receipt or a decision, and its id. */
    source: text('source', { enum: ['notice', 'receipt', 'decision'] }).notNull(),
    sourceId: bigint('source_id', { mode: 'number' }).notNull(),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('fee_ledger_case_idx').on(t.caseId), uniqueIndex('fee_ledger_source_uq').on(t.source, t.sourceId, t.kind)],
);

/** 司法救助 (缓交/减交/免交, FEE arts 44–49) and refunds (FEE arts 27, 53), each with who approved it. */
export const feeDecisions = pgTable(
  'fee_decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' }).notNull().references(() => cases.id),
    kind: text('kind', { enum: ['deferral', 'reduction', 'exemption', 'refund'] }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    /** A deferral's new payment date; a refund's payment deadline. */
    dueOn: date('due_on'),
    reason: text('reason').notNull(),
    ground: text('ground').notNull(),
    decidedBy: integer('decided_by').notNull().references(() => users.id),
    decidedOn: date('decided_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('fee_decisions_case_idx').on(t.caseId)],
);

export const bankStatements = pgTable('bank_statements', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  courtId: integer('court_id').notNull().references(() => courts.id),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  encoding: text('encoding').notNull(),
  /** Which of the court's accounts the statement is of: litigation fees (诉讼费) or execution funds (执行案款, rules.md §5.7). */
  account: text('account', { enum: ['fees', 'execution'] }).notNull().default('fees'),
  /** preview → posting (a background job writes it, chunk by chunk) → posted. */
  status: text('status', { enum: ['preview', 'posting', 'posted', 'discarded'] }).notNull(),
  /** The parsed lines and skipped rows shown in the preview; posting re-checks each against the database. */
  parsed: jsonb('parsed').$type<Record<string, unknown>>().notNull(),
  uploadedBy: integer('uploaded_by').notNull().references(() => users.id),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  postedBy: integer('posted_by').references(() => users.id),
  postedAt: timestamp('posted_at', { withTimezone: true }),
  /** What posting did, in counts and integer fen (StatementPostResult). */
  summary: jsonb('summary').$type<Record<string, number>>(),
  /** The job posting it (the latest one, if a failed job was retried). */
  postJobId: bigint('post_job_id', { mode: 'number' }).references(() => backgroundJobs.id),
});

export const receipts = pgTable(
  'receipts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courtId: integer('court_id').notNull().references(() => courts.id),
    statementId: bigint('statement_id', { mode: 'number' }).notNull().references(() => bankStatements.id),
    bankRef: text('bank_ref').notNull(),
    receivedOn: date('received_on').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    payerName: text('payer_name').notNull(),
    payerAccount: text('payer_account').notNull(),
    memo: text('memo').notNull(),
    /** The statement's account: a fee receipt goes to fee_ledger, an execution one to execution_ledger_entries. */
    account: text('account', { enum: ['fees', 'execution'] }).notNull().default('fees'),
    /** An unidentified receipt's claim deadline (the clock's `unclaimedReceiptClaim`, court-settable). */
    claimDueOn: date('claim_due_on'),
    caseId: bigint('case_id', { mode: 'number' }).references(() => cases.id),
    status: text('status', { enum: ['posted', 'unidentified', 'claimed'] }).notNull(),
    /** How the case was found (account, caseNumber, claim) or why not (unknownCase, ambiguous, caseClosed, noReference). */
    match: text('match').notNull(),
    claimedBy: integer('claimed_by').references(() => users.id),
    claimReason: text('claim_reason'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('receipts_court_ref_uq').on(t.courtId, t.bankRef),
    index('receipts_unidentified_idx').on(t.courtId, t.receivedOn).where(sql`${t.status} = 'unidentified'`),
    index('receipts_case_idx').on(t.caseId),
  ],
);
