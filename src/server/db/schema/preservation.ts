// 财保: one row per property-preservation application before suit or arbitration (CPL-2023 art 104): what was asked,
// the security offered, the ruling, the applicant's suit or arbitration that keeps it, and its lifting.
import { bigint, date, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { cases } from './cases';

export const preservationApplications = pgTable('preservation_applications', {
  caseId: bigint('case_id', { mode: 'number' })
    .primaryKey()
    .references(() => cases.id),
  stage: text('stage', { enum: ['preSuit', 'preArbitration'] }).notNull(),
  amountFen: bigint('amount_fen', { mode: 'bigint' }).notNull(),
  propertyClues: text('property_clues').notNull(),
  security: jsonb('security').$type<{ kind: string; amountFen: string; description: string }>().notNull(),
  /** The instant the 48 hours to rule end (CPL-2023 art 104), set at registration. */
  rulingDueAt: timestamp('ruling_due_at', { withTimezone: true }),
  decision: text('decision', { enum: ['granted', 'dismissed'] }),
  grantedAmountFen: bigint('granted_amount_fen', { mode: 'bigint' }),
  ruledAt: timestamp('ruled_at', { withTimezone: true }),
  /** The 民初 of the applicant against the respondent, or the arbitration recorded, that ended the 30 days. */
  suitCaseId: bigint('suit_case_id', { mode: 'number' }).references(() => cases.id),
  arbitration: jsonb('arbitration').$type<{ institution: string; appliedOn: string; reference?: string }>(),
  suitRecordedOn: date('suit_recorded_on'),
  /** 执保: the number of the execution case the ruling was handed to (recorded, not built). */
  executionCaseNumber: text('execution_case_number'),
  liftedOn: date('lifted_on'),
  liftReason: text('lift_reason'),
});
