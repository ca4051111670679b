// Web-side names for API shapes that the contracts declare as schemas only.
import type { Static } from 'typebox';
import type { UserAccount as UserAccountSchema } from '../../contracts/auth';
import type { CaseDetail, CaseTypeInfo as CaseTypeInfoSchema, CaseView as CaseViewSchema } from '../../contracts/cases';
import type {
  CalcResponse as CalcResponseSchema,
  CalendarChangeResult as CalendarChangeResultSchema,
  CalendarYear as CalendarYearSchema,
  Closure as ClosureSchema,
  Deduction as DeductionSchema,
  Extension as ExtensionSchema,
  PendingExtension as PendingExtensionSchema,
  Reminder as ReminderSchema,
  SupervisedPeriod as SupervisedPeriodSchema,
} from '../../contracts/clock';
import type { Division as DivisionSchema, JudgeWithCaseload, Room as RoomSchema } from '../../contracts/reference';

export type Page<T> = { items: T[]; total: number; totalAtLeast?: boolean; page: number; pageSize: number };
export type CaseView = Static<typeof CaseViewSchema>;
export type CaseTypeInfo = Static<typeof CaseTypeInfoSchema>;
export type Party = CaseDetail['parties'][number];
export type Hearing = CaseDetail['hearings'][number];
export type LinkedCase = NonNullable<CaseDetail['origin']>;
export type AllowedEvent = CaseDetail['allowedEvents'][number];
export type Division = Static<typeof DivisionSchema>;
export type Room = Static<typeof RoomSchema>;
export type EligibleJudge = Static<typeof JudgeWithCaseload>;
export type UserAccount = Static<typeof UserAccountSchema>;
export type ClockExtension = Static<typeof ExtensionSchema>;
export type ClockDeduction = Static<typeof DeductionSchema>;
export type SupervisedPeriod = Static<typeof SupervisedPeriodSchema>;
export type PendingExtension = Static<typeof PendingExtensionSchema>;
export type Reminder = Static<typeof ReminderSchema>;
export type CalcResponse = Static<typeof CalcResponseSchema>;
export type CalendarYear = Static<typeof CalendarYearSchema>;
export type CalendarChangeResult = Static<typeof CalendarChangeResultSchema>;
export type Closure = Static<typeof ClosureSchema>;
