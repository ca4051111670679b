// Court performance statistics: cases registered (收案) and closed (结案) per court and month, and open cases.
import Type, { type Static } from 'typebox';
import { Id } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const MonthlyStatsQuery = Type.Object(
  {
    months: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, description: '最近几个月（含本月），默认 12 Months up to this one' })),
    /** Only this court and the courts under it. */
    courtId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

const Series = {
  /** One figure per month, in the order of `months`. */
  received: Type.Array(Type.Integer()),
  closed: Type.Array(Type.Integer()),
  /** Registered and not yet closed, today. */
  pending: Type.Integer(),
};

export const MonthlyStats = Type.Object({
  months: Type.Array(Type.String({ description: 'YYYY-MM' })),
  courts: Type.Array(Type.Object({ courtId: Type.Integer(), courtName: Type.String(), level: Type.String(), ...Series })),
  total: Type.Object(Series),
});
export type MonthlyStats = Static<typeof MonthlyStats>;

export const MediationStatsQuery = Type.Object(
  {
    months: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, description: '最近几个月（含本月），默认 12 Months up to this one' })),
    courtId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

const Rate = Type.Union([Type.Number(), Type.Null()]);
const Outcomes = {
  received: Type.Integer(),
  settled: Type.Integer(),
  failed: Type.Integer(),
  withdrawn: Type.Integer(),
  /** 调解成功率 and 转立案率: shares of the matters that ended (null when none ended). */
  successRate: Rate,
  conversionRate: Rate,
  /** Mean days from receipt to the end, over the matters that ended. */
  averageDays: Rate,
};

/** 诉前调解 figures (issue 16 item 6): per court and month, and by organisation and mediator over the months. */
export const MediationStats = Type.Object({
  months: Type.Array(Type.String({ description: 'YYYY-MM' })),
  courts: Type.Array(
    Type.Object({
      courtId: Type.Integer(),
      courtName: Type.String(),
      /** One figure per month: matters received, and matters that ended settled or failed that month. */
      monthly: Type.Object({ received: Type.Array(Type.Integer()), settled: Type.Array(Type.Integer()), failed: Type.Array(Type.Integer()) }),
      ...Outcomes,
    }),
  ),
  byOrganisation: Type.Array(Type.Object({ organisationId: Type.Integer(), name: Type.String(), ...Outcomes })),
  byMediator: Type.Array(Type.Object({ mediatorId: Type.Integer(), name: Type.String(), organisationName: Type.String(), ...Outcomes })),
  total: Type.Object({
    ...Outcomes,
    /** 司法确认 decided in the months: confirmed, dismissed by the judge, refused at filing. */
    confirmationsGranted: Type.Integer(),
    confirmationsDismissed: Type.Integer(),
    confirmationsRefused: Type.Integer(),
  }),
});
export type MediationStats = Static<typeof MediationStats>;

export const ExecutionStatsQuery = Type.Object(
  {
    months: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, description: '最近几个月（含本月），默认 12 Months up to this one' })),
    courtId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type ExecutionStatsQuery = Static<typeof ExecutionStatsQuery>;

const Yuan = Type.String({ description: '元，两位小数 Yuan, two decimals' });
const Count = Type.Integer({ minimum: 0 });
/** Cases closed in the months, by closing method (EXECUTION_CLOSING_METHODS). */
export const ExecutionClosedBy = Type.Object({
  completed: Count,
  currentRoundEnded: Count,
  terminated: Count,
  cancelled: Count,
  notEnforced: Count,
  applicationRejected: Count,
});
const ExecutionFigures = {
  /** 立案 in the months (registered). */
  received: Count,
  /** 结案 in the months, by any method. */
  closed: Count,
  closedBy: ExecutionClosedBy,
  /** 执行完毕率, 终本率: shares of the cases closed (null when none closed). */
  completionRate: Rate,
  currentRoundEndedRate: Rate,
  /** 执行到位率: paidAmount ÷ appliedAmount (null when nothing was applied for). */
  fundsRecoveryRate: Rate,
  /** Of the cases closed in the months: what was applied for, and what was paid out towards it (each case's capped at its amount). */
  appliedAmount: Yuan,
  paidAmount: Yuan,
  /** Mean days from 立案 to 结案, over the cases closed in the months. */
  averageDays: Rate,
};
const ExecutionMonthly = Type.Object({ received: Type.Array(Count), closed: Type.Array(Count) });

/** 执前调 and 执行和解 (issue 18 item 6), over the months. */
const SettlementFields = {
  /** 执前调 matters received in the months, and of them those settled by agreement; the rate settled ÷ received (null when none). */
  preExecutionReceived: Count,
  preExecutionSettled: Count,
  preExecutionSettledRate: Rate,
  /** 执行和解 agreements made in the months, and of them those performed in full and those defaulted (an instalment missed). */
  settlementsMade: Count,
  settlementsPerformed: Count,
  settlementsDefaulted: Count,
};
const SettlementFigures = Type.Object(SettlementFields);
export type SettlementFigures = Static<typeof SettlementFigures>;

/** 执行 figures (issue 17 item 6): per court and month, and by team and officer over the months. */
export const ExecutionStats = Type.Object({
  months: Type.Array(Type.String({ description: 'YYYY-MM' })),
  courts: Type.Array(Type.Object({ courtId: Type.Integer(), courtName: Type.String(), monthly: ExecutionMonthly, ...ExecutionFigures })),
  /** By execution team (execution_cases.team_id); `name` is null until the court's teams are named. */
  byTeam: Type.Array(Type.Object({ teamId: Type.Integer(), name: Nullable(Type.String()), courtId: Type.Integer(), courtName: Type.String(), ...ExecutionFigures })),
  /** By the officer the case is assigned to (承办人). */
  byOfficer: Type.Array(Type.Object({ officerId: Type.Integer(), name: Type.String(), courtId: Type.Integer(), courtName: Type.String(), ...ExecutionFigures })),
  total: Type.Object({ monthly: ExecutionMonthly, ...ExecutionFigures }),
  /** 一日三通报: each court's latest report — 不明款 and 超期发放, both at zero the goal (issue 17 item 5); none before the first. */
  fundReports: Type.Array(
    Type.Object({ courtId: Type.Integer(), courtName: Type.String(), slot: Type.String(), unclaimedCount: Count, unclaimedAmount: Yuan, heldOverdue: Count, goalMet: Type.Boolean() }),
  ),
  /** 执前调 received/settled and 执行和解 performed/defaulted, per court (zeros included) and in total. */
  settlements: Type.Object({ courts: Type.Array(Type.Object({ courtId: Type.Integer(), courtName: Type.String(), ...SettlementFields })), total: SettlementFigures }),
});
export type ExecutionStats = Static<typeof ExecutionStats>;

/** One line of the Excel export: a court, the total, a team or an officer. */
export type ExecutionStatsRow = { group: 'court' | 'total' | 'team' | 'officer'; name: string; courtName: string } & Omit<ExecutionStats['total'], 'monthly'>;

export const CrossRegionStatsQuery = Type.Object(
  {
    courtId: Type.Optional(Id),
    from: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 }),
    to: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 }),
  },
  { additionalProperties: false },
);
export type CrossRegionStatsQuery = Static<typeof CrossRegionStatsQuery>;

export const CrossRegionStats = Type.Object({
  courtId: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  /** Taken at this court's counter for other courts, and of those forwarded. */
  receivedForOthers: Type.Integer(),
  forwarded: Type.Integer(),
  /** Taken at other courts' counters for this court, and of those registered here. */
  receivedFromOthers: Type.Integer(),
  registered: Type.Integer(),
});
