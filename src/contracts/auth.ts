import Type, { type Static } from 'typebox';
import { ROLES } from '../domain/roles/roles';
import { PageQuery, SortParam } from './common';

export const LoginRequest = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 100 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const CurrentUser = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.Enum(ROLES)),
  courtId: Type.Union([Type.Integer(), Type.Null()]),
  courtName: Type.Union([Type.String(), Type.Null()]),
  divisionId: Type.Union([Type.Integer(), Type.Null()]),
  divisionName: Type.Union([Type.String(), Type.Null()]),
  /** 'filing' for the 立案庭 (whose chief administers the court's mediation organisations), 'civil', …; null without a division. */
  divisionKind: Type.Union([Type.String(), Type.Null()]),
  /** The user's own verified identity, to prefill a filing (never another person's). */
  idNumber: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
});
export type CurrentUser = Static<typeof CurrentUser>;

export const SessionResponse = Type.Object({ user: CurrentUser, csrfToken: Type.String() });
export type SessionResponse = Static<typeof SessionResponse>;

/** The columns the accounts list sorts by (allow-list). */
export const USER_SORT_COLUMNS = ['id', 'username', 'displayName', 'courtId', 'isActive'] as const;

export const UserListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 50 })),
    role: Type.Optional(Type.Enum(ROLES)),
    isActive: Type.Optional(Type.Boolean()),
    sort: SortParam(USER_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const UserAccount = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.Enum(ROLES)),
  courtId: Type.Union([Type.Integer(), Type.Null()]),
  divisionId: Type.Union([Type.Integer(), Type.Null()]),
  teamJudgeId: Type.Union([Type.Integer(), Type.Null()]),
  idNumber: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  isActive: Type.Boolean(),
});

export const UserAccountInput = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' }),
    displayName: Type.String({ minLength: 1, maxLength: 50 }),
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
    roles: Type.Array(Type.Enum(ROLES), { minItems: 1, maxItems: 4 }),
    courtId: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    divisionId: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    teamJudgeId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
    idNumber: Type.Optional(Type.Union([Type.String({ maxLength: 18 }), Type.Null()])),
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 30 }), Type.Null()])),
    isActive: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UserAccountInput = Static<typeof UserAccountInput>;
