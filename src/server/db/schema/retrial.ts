// 民申: one row per application for retrial (CPL-2023 arts 210–216): the judgment applied against, the grounds of
// art 211, the 6 months it came within, and the ruling (a 民再 when retrial is ordered).
import { bigint, date, pgTable, text } from 'drizzle-orm/pg-core';
import { cases } from './cases';

export const retrialApplications = pgTable('retrial_applications', {
  caseId: bigint('case_id', { mode: 'number' })
    .primaryKey()
    .references(() => cases.id),
  originalCaseId: bigint('original_case_id', { mode: 'number' })
    .notNull()
    .references(() => cases.id),
  grounds: text('grounds').array().notNull(),
  /** CPL-2023 art 216: when the applicant learned of a ground of items (1), (3), (12), (13). */
  knownOn: date('known_on'),
  judgmentEffectiveOn: date('judgment_effective_on').notNull(),
  applicationDueOn: date('application_due_on').notNull(),
  decision: text('decision', { enum: ['dismiss', 'retry'] }),
  ruledOn: date('ruled_on'),
  retrialCaseId: bigint('retrial_case_id', { mode: 'number' }).references(() => cases.id),
});
