// Shared API shapes: errors, pagination, bilingual labels.
import Type, { type Static, type TSchema } from 'typebox';

export const Bilingual = Type.Object({ 'zh-CN': Type.String(), en: Type.String() });
export type Bilingual = Static<typeof Bilingual>;

/** Every refusal: a stable code, a message in the request's language, and both languages. */
export const ErrorBody = Type.Object({
  code: Type.String({ description: 'stable machine-readable code, e.g. CASE_EVENT_NOT_ALLOWED' }),
  message: Type.String({ description: 'message in the language asked for (Accept-Language), zh-CN by default' }),
  messages: Bilingual,
  details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
export type ErrorBody = Static<typeof ErrorBody>;

export const Id = Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 });
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
};

/**
 * The sort of a list: one of its allow-listed columns, ascending ('receivedOn') or descending ('-receivedOn').
 * Anything else is refused (400 VALIDATION_FAILED) before the list runs.
 */
export function SortParam<const C extends readonly string[]>(columns: C) {
  const values = columns.flatMap((c) => [c, `-${c}`]) as (C[number] | `-${C[number]}`)[];
  return Type.Optional(Type.Enum(values, { description: `a column, '-' first for descending: ${columns.join(', ')}` }));
}

/** A calendar date in a filter (YYYY-MM-DD). */
export const DateFilter = Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 }));

export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    /** True when more rows match than were counted: `total` is a lower bound (lists count up to a cap). */
    totalAtLeast: Type.Optional(Type.Boolean()),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });
}

export const Ok = Type.Object({ ok: Type.Literal(true) });
