// How long a period is: on the calendar, or in working days.

/** A length counted on the calendar (CPL-2023 art 85; CIVILCODE arts 201–202). */
export type CalendarLength = { days: number } | { months: number } | { years: number };
/** Or in working days (工作日), as some court-internal and mediation periods are (ONLINE-MED arts 10, 12). */
export type PeriodLength = CalendarLength | { workingDays: number };
