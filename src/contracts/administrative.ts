// Administrative cases (行初): the act a complaint challenges, and the lawsuit-deadline check the filing clerk sees.
import Type, { type Static } from 'typebox';
import { ADMINISTRATIVE_ACT_TYPE_KEYS } from '../domain/administrative/actTypes';
import { Bilingual } from './common';

const Day = Type.String({ format: 'date', pattern: '^[12]\\d{3}-\\d{2}-\\d{2}$', description: 'calendar date YYYY-MM-DD' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** 被诉行政行为: its name, document number and date, when the plaintiff knew of it, and a prior 复议 if any. */
export const AdministrativeActInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: '行政行为名称，如“行政处罚决定”' }),
    documentNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '文书编号' })),
    actOn: Day,
    knownOn: Day,
    /** ALL art 12 para 1: the kind of act (catalogue in src/domain/administrative/actTypes.ts). */
    actType: Type.Optional(Type.Enum(ADMINISTRATIVE_ACT_TYPE_KEYS)),
    /** ALL art 46 para 2: the suit arises from real estate (20 years from the act, else 5). */
    concernsRealEstate: Type.Optional(Type.Boolean()),
    /** ALL art 47: the duty the organ was asked to perform — when, the period a law sets (days; default 2 months), an emergency. */
    dutyApplication: Type.Optional(Type.Object({ appliedOn: Day, periodDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })), isEmergency: Type.Optional(Type.Boolean()) }, { additionalProperties: false })),
    /** ALL art 45: a reconsideration came first — its decision date and, if known, the date it was received. */
    reconsideration: Type.Optional(Type.Object({ decisionOn: Day, receivedOn: Type.Optional(Day) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type AdministrativeActInput = Static<typeof AdministrativeActInput>;

export const AdministrativeAct = Type.Object({
  name: Type.String(),
  documentNumber: Nullable(Type.String()),
  actOn: Type.String(),
  knownOn: Type.String(),
  actType: Nullable(Type.String()),
  concernsRealEstate: Type.Boolean(),
  dutyApplication: Nullable(Type.Object({ appliedOn: Type.String(), periodDays: Nullable(Type.Integer()), isEmergency: Type.Boolean() })),
  reconsideration: Nullable(Type.Object({ decisionOn: Type.String(), receivedOn: Nullable(Type.String()) })),
  /** ALL arts 69–78: the first-instance judgment's kind, once decided by judgment. */
  judgmentKind: Nullable(Type.String()),
  /** ALL arts 45–46, checked against the day the complaint was received: a warning, the court decides. */
  lawsuitDeadline: Type.Object({ dueOn: Type.String(), source: Type.String(), isLate: Type.Boolean(), earliestOn: Nullable(Type.String()), isEarly: Type.Boolean(), warning: Nullable(Bilingual) }),
});
export type AdministrativeAct = Static<typeof AdministrativeAct>;
