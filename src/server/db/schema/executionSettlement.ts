// 执行和解 (CPL-2023 art 241; EXEC-SETTLE): a settlement agreement recorded on a 执/执恢 case, its instalments (each a
// period on the case's clock) and the payments made to the applicant outside the court; money paid through the court
// is read from the execution ledger (execution_ledger_entries), never kept twice.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { attachments, cases } from './cases';
import { casePeriods } from './clock';
import { users } from './people';
import { courts } from './reference';

export const executionSettlements = pgTable(
  'execution_settlements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    courtId: integer('court_id')
      .notNull()
      .references(() => courts.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    agreedOn: date('agreed_on').notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    /** What the agreement replaces of the title (EXEC-SETTLE art 1: amount, time, manner of performance), in words. */
    replaces: text('replaces').notNull(),
    /** The signed agreement (uploaded, filed with the case). */
    documentId: bigint('document_id', { mode: 'number' })
      .notNull()
      .references(() => attachments.id),
    lastDueOn: date('last_due_on').notNull(),
    /** performing → performed (EXEC-SETTLE art 8) or defaulted (art 9); recomputed on each payment and by the sweep. */
    status: text('status', { enum: ['performing', 'performed', 'defaulted'] }).notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    /** Execution of the original title restored (CPL-2023 art 241): the day, the ground, and the 执恢 case if one was opened. */
    restoredOn: date('restored_on'),
    restorationGround: text('restoration_ground'),
    restorationReason: text('restoration_reason'),
    restoredCaseId: bigint('restored_case_id', { mode: 'number' }).references(() => cases.id),
    restoredBy: integer('restored_by').references(() => users.id),
  },
  (t) => [
    index('execution_settlements_case_idx').on(t.caseId),
    index('execution_settlements_court_idx').on(t.courtId, t.agreedOn),
    // One agreement in force per case; after a restoration the parties may settle again.
    uniqueIndex('execution_settlements_open_uq').on(t.caseId).where(sql`${t.restoredOn} is null and ${t.status} <> 'performed'`),
  ],
);

export const executionSettlementInstalments = pgTable(
  'execution_settlement_instalments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    settlementId: bigint('settlement_id', { mode: 'number' })
      .notNull()
      .references(() => executionSettlements.id),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    seq: integer('seq').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** The day agreed; the period's due_on is that day rolled over rest days. */
    agreedDueOn: date('agreed_due_on').notNull(),
    periodId: bigint('period_id', { mode: 'number' })
      .notNull()
      .references(() => casePeriods.id),
    /** When the officer and the applicant were warned that it was missed (once). */
    warnedAt: timestamp('warned_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('execution_settlement_instalments_seq_uq').on(t.settlementId, t.seq),
    index('execution_settlement_instalments_unwarned_idx').on(t.agreedDueOn).where(sql`${t.warnedAt} is null`),
  ],
);

/** A payment the debtor made to the applicant directly, recorded by the officer (money through the court is in the ledger). */
export const executionSettlementPayments = pgTable(
  'execution_settlement_payments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    settlementId: bigint('settlement_id', { mode: 'number' })
      .notNull()
      .references(() => executionSettlements.id),
    paidOn: date('paid_on').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    note: text('note'),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('execution_settlement_payments_settlement_idx').on(t.settlementId)],
);
