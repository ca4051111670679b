import Type, { type Static } from 'typebox';
import { Id, PageQuery } from './common';

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

export const CauseQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50 })),
    parentId: Type.Optional(Id),
    level: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
    includeInactive: Type.Optional(Type.Boolean()),
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

export const CaseTypeCodeQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 50 })), ...PageQuery },
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
