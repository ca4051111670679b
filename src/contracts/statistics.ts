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
