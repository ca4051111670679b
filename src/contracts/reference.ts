import Type, { type Static } from 'typebox';
import { Id, PageQuery, SortParam } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const CourtLevel = Type.Enum(['supreme', 'high', 'intermediate', 'basic']);

export const Court = Type.Object({
  id: Type.Integer(),
  code: Type.String({ description: '法院代字' }),
  name: Type.String(),
  level: CourtLevel,
  parentId: Nullable(Type.Integer()),
  province: Nullable(Type.String()),
  divisionCode: Nullable(Type.String()),
  codeBasis: Type.Enum(['attested', 'rule', 'derived']),
  codeEvidence: Nullable(Type.String()),
  isActive: Type.Boolean(),
});
export type Court = Static<typeof Court>;

export const CourtInput = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 10 }),
    name: Type.String({ minLength: 2, maxLength: 100 }),
    level: CourtLevel,
    parentId: Nullable(Id),
    province: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    divisionCode: Type.Optional(Nullable(Type.String({ pattern: '^\\d{6}$' }))),
    codeBasis: Type.Enum(['attested', 'rule', 'derived']),
    codeEvidence: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    isActive: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CourtInput = Static<typeof CourtInput>;

export const Division = Type.Object({ id: Type.Integer(), courtId: Type.Integer(), name: Type.String(), kind: Type.String() });
export const Room = Type.Object({ id: Type.Integer(), courtId: Type.Integer(), name: Type.String() });

export const JudgeWithCaseload = Type.Object({
  id: Type.Integer(),
  displayName: Type.String(),
  divisionId: Nullable(Type.Integer()),
  openCases: Type.Integer(),
});

export const Cause = Type.Object({
  id: Type.Integer(),
  edition: Type.String(),
  key: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  parentId: Nullable(Type.Integer()),
  number: Nullable(Type.Integer()),
  path: Type.String(),
  isActive: Type.Boolean(),
});
export type Cause = Static<typeof Cause>;

/** The columns the causes list sorts by (allow-list); unsorted, exact and shorter names come first. */
export const CAUSE_SORT_COLUMNS = ['name', 'path', 'level', 'number', 'edition', 'isActive'] as const;

export const CauseQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50 })),
    parentId: Type.Optional(Id),
    level: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
    includeInactive: Type.Optional(Type.Boolean()),
    isActive: Type.Optional(Type.Boolean({ description: 'only active (true) or only retired (false) causes; overrides includeInactive' })),
    sort: SortParam(CAUSE_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const CauseUpdate = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })), isActive: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

export const CaseTypeCode = Type.Object({
  code: Type.String(),
  name: Type.String(),
  typeCode: Nullable(Type.String()),
  category: Nullable(Type.String()),
  kind: Nullable(Type.String()),
  isActive: Type.Boolean(),
});
export type CaseTypeCode = Static<typeof CaseTypeCode>;

/** The columns the case-type codes list sorts by (allow-list). */
export const CASE_TYPE_CODE_SORT_COLUMNS = ['code', 'name', 'typeCode', 'category', 'kind', 'isActive'] as const;

export const CaseTypeCodeQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50 })),
    isActive: Type.Optional(Type.Boolean()),
    hasTypeCode: Type.Optional(Type.Boolean({ description: 'only codes with (true) or without (false) the characters case numbers carry' })),
    sort: SortParam(CASE_TYPE_CODE_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const CaseTypeCodeUpdate = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
    typeCode: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 4, pattern: '^[\\u4e00-\\u9fff]{1,4}$' }))),
    isActive: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
