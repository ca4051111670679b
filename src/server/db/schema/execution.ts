// 执行: the application that opened an execution case, and where the case stands among the court's stages.
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { attachments, cases } from './cases';
import { users } from './people';

/** One row per 执 case: what was applied for (CPL-2023 arts 247, 250, 264) and its current 分段集约 stage. */
export const executionCases = pgTable(
  'execution_cases',
  {
    caseId: bigint('case_id', { mode: 'number' })
      .primaryKey()
      .references(() => cases.id),
    /** The closed case whose judgment, 调解书 or confirmation ruling is executed (also cases.origin_case_id); null for
     * an external title (execution_external_titles). */
    titleCaseId: bigint('title_case_id', { mode: 'number' }).references(() => cases.id),
    /** The day the title took effect, as the server established it, and how. */
    titleEffectiveOn: date('title_effective_on').notNull(),
    titleEffect: jsonb('title_effect').$type<{ basis: string; note: { 'zh-CN': string; en: string } }>().notNull(),
    /** The items applied for (principal, ordinary interest, costs) in fen, as strings. */
    items: jsonb('items').$type<{ label: string; kind: string; amountFen: string; dueOn: string }[]>().notNull(),
    /** 迟延履行期间的加倍部分债务利息 as the domain computed it (with its explanation). */
    delayInterest: jsonb('delay_interest').$type<Record<string, unknown>>().notNull(),
    /** Everything applied for, delay interest included. */
    amountFen: bigint('amount_fen', { mode: 'bigint' }).notNull(),
    assetClues: text('asset_clues').notNull().default(''),
    /** The 2-year period (CPL-2023 art 250) and, when late, the warning the clerk sees. */
    applicationPeriod: jsonb('application_period').$type<Record<string, unknown>>().notNull(),
    lateWarning: jsonb('late_warning').$type<{ 'zh-CN': string; en: string } | null>(),
    /** FEE arts 14, 20, 38: computed now, charged to the debtor after execution, never prepaid. */
    feeFen: bigint('fee_fen', { mode: 'bigint' }).notNull(),
    /** The 分段集约 stage (a configured stage code), null before the first move. */
    stage: text('stage'),
    stageEnteredOn: date('stage_entered_on'),
    /** The open deduction of the 审限 while the case is suspended (CPL-2023 art 267). */
    suspensionDeductionId: bigint('suspension_deduction_id', { mode: 'number' }),
    teamId: integer('team_id'),
    appliedBy: integer('applied_by')
      .notNull()
      .references(() => users.id),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The team's queue (分段集约) reads a team's cases.
  (t) => [index('execution_cases_title_idx').on(t.titleCaseId), index('execution_cases_team_idx').on(t.teamId)],
);

/** An uploaded title that is not a case of ours (CPL-2023 arts 235, 248, 249): its data as the applicant gave them. */
export const executionExternalTitles = pgTable('execution_external_titles', {
  caseId: bigint('case_id', { mode: 'number' })
    .primaryKey()
    .references(() => executionCases.caseId),
  /** arbitralAward · notarisedDebt · courtJudgment · courtMediation (domain/execution/externalTitle.ts). */
  kind: text('kind').notNull(),
  /** The arbitration commission, notary office or court. */
  issuer: text('issuer').notNull(),
  /** The award's or instrument's number, or the other court's case number. */
  documentNumber: text('document_number').notNull(),
  effectiveOn: date('effective_on').notNull(),
  performanceDeadlines: jsonb('performance_deadlines').$type<string[]>().notNull(),
  /** What the title awards, as the applicant states it (the items applied for are in execution_cases). */
  titleAmountFen: bigint('title_amount_fen', { mode: 'bigint' }),
  certificateNumber: text('certificate_number'),
  documentId: bigint('document_id', { mode: 'number' })
    .notNull()
    .references(() => attachments.id),
  certificateId: bigint('certificate_id', { mode: 'number' }).references(() => attachments.id),
  /** The clerk's note when the chosen court is not of the level the law names ([U] a warning, not a refusal). */
  jurisdictionWarning: jsonb('jurisdiction_warning').$type<{ 'zh-CN': string; en: string } | null>(),
});
