// HTTP contracts of 延期发放 (a postponement of the payout deadline with an approved reason) and of finance's reversal
// of a ledger entry.
import Type, { type Static } from 'typebox';
import { PlainDate } from '../domain/casetypes/eventInputs';
import { DateFilter, PageQuery, SortParam } from './common';
import { POSTPONEMENT_REASON_CODES } from '../domain/execution/payoutPostponement';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const POSTPONEMENT_STATUSES = ['proposed', 'awaitingDirector', 'approved', 'rejected', 'withdrawn'] as const;

export const PostponementInput = Type.Object(
  {
    reason: Type.Enum(POSTPONEMENT_REASON_CODES),
    /** Required when the reason is `other`. */
    reasonText: Type.Optional(Type.String({ maxLength: 500 })),
    /** The requested new payout deadline, 'YYYY-MM-DD'. */
    untilOn: PlainDate,
  },
  { additionalProperties: false },
);

export const Postponement = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  reason: Type.Enum(POSTPONEMENT_REASON_CODES),
  reasonLabel: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
  reasonText: Nullable(Type.String()),
  untilOn: Type.String(),
  /** The deadline when it was asked. */
  dueOnBefore: Type.String(),
  /** The funds the case held when it was asked (the threshold applies to them). */
  held: Type.String(),
  status: Type.Enum(POSTPONEMENT_STATUSES),
  needsDirector: Type.Boolean(),
  requestedBy: Type.String(),
  /** Court-local 'YYYY-MM-DD HH:mm'. */
  requestedAt: Type.String(),
  financeBy: Nullable(Type.String()),
  directorBy: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
});
export type Postponement = Static<typeof Postponement>;

export const POSTPONEMENT_SORT_COLUMNS = ['requestedAt', 'untilOn', 'status', 'caseNumber'] as const;

export const PostponementQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(POSTPONEMENT_STATUSES)),
    /** 案号 containing this text. */
    q: Type.Optional(Type.String({ maxLength: 100 })),
    requestedFrom: DateFilter,
    requestedTo: DateFilter,
    sort: SortParam(POSTPONEMENT_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

/** Finance reverses a ledger entry of the case (冲销), with a reason. */
export const ReversalInput = Type.Object({ reason: Text(500) }, { additionalProperties: false });
