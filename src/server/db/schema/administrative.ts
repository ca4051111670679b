// 行初: the administrative act a complaint challenges (被诉行政行为) and its lawsuit-deadline check (ALL arts 45–46).
import { bigint, boolean, date, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { cases } from './cases';

/** One row per 行初 case; its 行终 reads the first instance's. */
export const challengedActs = pgTable('challenged_acts', {
  caseId: bigint('case_id', { mode: 'number' })
    .primaryKey()
    .references(() => cases.id),
  name: text('name').notNull(),
  documentNumber: text('document_number'),
  actOn: date('act_on').notNull(),
  knownOn: date('known_on').notNull(),
  /** ALL art 12 para 1: the kind of act (src/domain/administrative/actTypes.ts). */
  actType: text('act_type'),
  /** ALL art 46 para 2: the suit arises from real estate. */
  concernsRealEstate: boolean('concerns_real_estate').notNull().default(false),
  /** ALL art 47: the application to the organ, the period a law sets (days), an emergency. */
  dutyAppliedOn: date('duty_applied_on'),
  dutyPeriodDays: integer('duty_period_days'),
  isEmergency: boolean('is_emergency').notNull().default(false),
  reconsiderationDecisionOn: date('reconsideration_decision_on'),
  reconsiderationReceivedOn: date('reconsideration_received_on'),
  /** The last day to sue as computed at filing, and whether the complaint came after it (a warning; the court decides). */
  deadlineDueOn: date('deadline_due_on').notNull(),
  isFiledLate: boolean('is_filed_late').notNull(),
  /** What the first-instance judgment did with the act (ALL arts 69–78), once decided by judgment. */
  judgmentKind: text('judgment_kind'),
});
