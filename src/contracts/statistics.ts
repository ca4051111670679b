// Court performance statistics: cases registered (收案) and closed (结案) per court and month, and open cases.
import Type, { type Static } from 'typebox';
import { Id } from './common';

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
