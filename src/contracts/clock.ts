// The legal clock over HTTP: periods with their derivation, extensions, deductions, settings, calendar, calculator.
import Type, { type Static } from 'typebox';
import { Bilingual, Id, PageQuery, SortParam } from './common';
import { PlainDate } from '../domain/casetypes/eventInputs';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const TraceStep = Type.Object({ 'zh-CN': Type.String(), en: Type.String(), source: Type.Optional(Type.String()) });

export const Thresholds = Type.Object(
  { yellowDays: Type.Integer({ minimum: 0, maximum: 365 }), redDays: Type.Integer({ minimum: 0, maximum: 365 }) },
  { additionalProperties: false },
);

export const ClockSettings = Type.Object(
  {
    weekendsAreRestDays: Type.Boolean({ description: '[U] rules.md §2.1: weekends count as 法定休假日 for roll-forward' }),
    trialLimitRollsForward: Type.Boolean({ description: '[U] whether a 审限 ending on a rest day rolls forward' }),
    extensionLeadDays: Type.Integer({ minimum: 0, maximum: 60, description: 'EXT-2018 art 1: apply at least this many days before expiry' }),
    adminExtensionLeadDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 60, description: 'TL-2000 art 13 [U]: administrative cases apply at least this many days before expiry' })),
    thresholds: Type.Object({ trialLimit: Thresholds, party: Thresholds, court: Thresholds }, { additionalProperties: false }),
    hourThresholds: Type.Optional(
      Type.Object(
        { yellowHours: Type.Integer({ minimum: 0, maximum: 240 }), redHours: Type.Integer({ minimum: 0, maximum: 240 }) },
        { additionalProperties: false, description: '[U] warnings of a period counted in hours (48 hours to rule on preservation): hours left' },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ClockSettings = Static<typeof ClockSettings>;

export const Period = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  kind: Type.String(),
  label: Bilingual,
  audience: Type.String(),
  partyId: Nullable(Type.Integer()),
  partyName: Nullable(Type.String()),
  triggerOn: Type.String(),
  baseDueOn: Nullable(Type.String()),
  dueOn: Nullable(Type.String()),
  /** A period counted in hours (48 hours to rule on preservation): the instant it ends, ISO 8601. */
  dueAt: Type.Optional(Nullable(Type.String())),
  status: Type.String(),
  completedOn: Nullable(Type.String()),
  level: Type.String(),
  daysLeft: Nullable(Type.Integer()),
  trace: Type.Array(TraceStep),
  uncoveredYear: Nullable(Type.Integer()),
});
export type Period = Static<typeof Period>;

export const Extension = Type.Object({
  id: Type.Integer(),
  seq: Type.Integer(),
  length: Type.Record(Type.String(), Type.Integer()),
  approver: Type.String(),
  decidingCourtName: Type.String(),
  reason: Type.String(),
  requestedBy: Type.String(),
  requestedOn: Type.String(),
  status: Type.String(),
  decidedBy: Nullable(Type.String()),
  decidedOn: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
});

export const Deduction = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  label: Bilingual,
  startsOn: Type.String(),
  endsOn: Nullable(Type.String()),
  documentNo: Type.String(),
  note: Nullable(Type.String()),
  approvedBy: Type.String(),
});

export const CaseClock = Type.Object({
  periods: Type.Array(Period),
  extensions: Type.Array(Extension),
  deductions: Type.Array(Deduction),
  /** What the next extension would be, if the law allows one. */
  nextExtension: Nullable(Type.Object({ approver: Type.String(), length: Type.Record(Type.String(), Type.Integer()), source: Type.String() })),
});
export type CaseClock = Static<typeof CaseClock>;

export const SupervisedPeriod = Type.Object({
  ...Period.properties,
  caseNumber: Nullable(Type.String()),
  caseTitle: Type.String(),
  judgeName: Nullable(Type.String()),
  divisionName: Nullable(Type.String()),
});

/** The columns the supervision list sorts by (allow-list). */
export const SUPERVISION_SORT_COLUMNS = ['dueOn', 'caseNumber', 'kind', 'level', 'judgeName'] as const;

export const SupervisionQuery = Type.Object(
  {
    level: Type.Optional(Type.Enum(['yellow', 'red', 'overdue', 'attention'])),
    kind: Type.Optional(Type.String({ maxLength: 40 })),
    sort: SortParam(SUPERVISION_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const PendingExtension = Type.Object({
  ...Extension.properties,
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  courtName: Type.String(),
  dueOnWhenRequested: Type.String(),
});

/** The columns the pending-extensions list sorts by (allow-list). */
export const PENDING_EXTENSION_SORT_COLUMNS = ['dueOnWhenRequested', 'requestedOn', 'caseNumber', 'courtName', 'seq', 'approver'] as const;

export const PendingExtensionQuery = Type.Object(
  {
    approver: Type.Optional(Type.Enum(['president', 'higherCourt', 'highCourt', 'supremeCourt'])),
    sort: SortParam(PENDING_EXTENSION_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

/** The columns the reminders list sorts by (allow-list); unsorted, unread first and newest first. */
export const REMINDER_SORT_COLUMNS = ['createdAt', 'dueOn', 'caseNumber', 'periodKind', 'level'] as const;

export const ReminderQuery = Type.Object(
  {
    unreadOnly: Type.Optional(Type.Boolean()),
    level: Type.Optional(Type.Enum(['yellow', 'red', 'overdue'])),
    sort: SortParam(REMINDER_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const Reminder = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  periodKind: Type.String(),
  label: Bilingual,
  level: Type.String(),
  dueOn: Type.String(),
  createdAt: Type.String(),
  read: Type.Boolean(),
});

export const CalcRequest = Type.Object(
  {
    trigger: Type.String({ maxLength: 20, description: 'the trigger date YYYY-MM-DD (the day itself is not counted)' }),
    days: Type.Optional(Type.Integer()),
    months: Type.Optional(Type.Integer()),
    kind: Type.Optional(Type.String({ maxLength: 40 })),
    foreignDomicile: Type.Optional(Type.Boolean()),
    detainedCriminal: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const CalcResponse = Type.Object({
  due: Type.String(),
  unrolled: Type.String(),
  kind: Nullable(Type.String()),
  length: Type.Record(Type.String(), Type.Integer()),
  trace: Type.Array(TraceStep),
  text: Bilingual,
  uncoveredYear: Nullable(Type.Integer()),
});

export const CalendarDayInput = Type.Object(
  { date: PlainDate, off: Type.Boolean(), name: Type.String({ minLength: 1, maxLength: 50 }) },
  { additionalProperties: false },
);

export const CalendarYearInput = Type.Object(
  {
    source: Type.String({ minLength: 1, maxLength: 500, description: 'the State Council notice (URL or document number)' }),
    days: Type.Array(CalendarDayInput, { minItems: 1, maxItems: 200 }),
  },
  { additionalProperties: false },
);

export const MovedPeriod = Type.Object({
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  kind: Type.String(),
  label: Bilingual,
  oldDueOn: Nullable(Type.String()),
  newDueOn: Nullable(Type.String()),
});
export type MovedPeriod = Static<typeof MovedPeriod>;

export const CalendarChangeResult = Type.Object({ recomputed: Type.Integer(), moved: Type.Array(MovedPeriod) });

export const CalendarYear = Type.Object({
  year: Type.Integer(),
  covered: Type.Boolean(),
  source: Nullable(Type.String()),
  days: Type.Array(Type.Object({ date: Type.String(), off: Type.Boolean(), name: Type.String() })),
});

/** One day of the holiday calendar: a public holiday (off) or a make-up working day (调休). */
export const CalendarDay = Type.Object({ date: Type.String(), off: Type.Boolean(), name: Type.String() });

/** The columns the holiday calendar's days sort by (allow-list). */
export const CALENDAR_DAY_SORT_COLUMNS = ['date', 'name', 'off'] as const;

export const CalendarDaysQuery = Type.Object(
  {
    off: Type.Optional(Type.Boolean({ description: 'only holidays (true) or only make-up working days (false)' })),
    q: Type.Optional(Type.String({ maxLength: 50, description: 'part of the holiday\'s name' })),
    sort: SortParam(CALENDAR_DAY_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const ClosureInput = Type.Object(
  { date: PlainDate, reason: Type.String({ minLength: 2, maxLength: 200 }) },
  { additionalProperties: false },
);

export const Closure = Type.Object({ id: Type.Integer(), courtId: Type.Integer(), date: Type.String(), reason: Type.String() });

/** The columns a court's closure days sort by (allow-list). */
export const CLOSURE_SORT_COLUMNS = ['date', 'reason'] as const;

export const ClosuresQuery = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'only the closure days of this year' })),
    q: Type.Optional(Type.String({ maxLength: 50, description: 'part of the reason' })),
    sort: SortParam(CLOSURE_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const YearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }, { additionalProperties: false });
export const ClosureParams = Type.Object({ id: Id, closureId: Id }, { additionalProperties: false });
