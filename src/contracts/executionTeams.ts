// HTTP contracts of 分段集约 (issue 17 item 3): a court's stages and 繁简分流 rules, its execution teams, and a team's
// queue with its batch actions.
import Type, { type Static } from 'typebox';
import { YuanAmount } from './cases';
import { Bilingual, DateFilter, Id, PageQuery, SortParam } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const EXECUTION_TEAM_KINDS = ['command', 'fast', 'full'] as const;
export type ExecutionTeamKind = (typeof EXECUTION_TEAM_KINDS)[number];
export const EXECUTION_TRACKS = ['simple', 'complex'] as const;

export const CourtParams = Type.Object({ courtId: Id }, { additionalProperties: false });

export const ConfiguredStage = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 40 }),
    label: Type.Object({ 'zh-CN': Type.String({ minLength: 1, maxLength: 40 }), en: Type.String({ minLength: 1, maxLength: 80 }) }, { additionalProperties: false }),
    /** The internal limit in calendar days from entering the stage (the clock's executionStage kind); null: none. */
    limitDays: Nullable(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  { additionalProperties: false },
);
export type ConfiguredStage = Static<typeof ConfiguredStage>;

export const TriageRulesBody = Type.Object(
  {
    /** A case applying for at most this much is simple; null: the amount alone never is. */
    simpleMaxAmount: Nullable(YuanAmount),
    /** Preserved funds covering at least this percentage of the amount make a case simple; null: off. */
    preservedCoverPercent: Nullable(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);
export type TriageRulesBody = Static<typeof TriageRulesBody>;

export const ExecutionSettingsInput = Type.Object(
  {
    stages: Type.Array(ConfiguredStage, { minItems: 1, maxItems: 20 }),
    triage: TriageRulesBody,
    /** [U] 终本: how recent the network inquiries must be, in days (default 90). */
    inquiryWindowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    expectedVersion: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type ExecutionSettingsInput = Static<typeof ExecutionSettingsInput>;

export const ExecutionSettings = Type.Object({
  courtId: Id,
  stages: Type.Array(ConfiguredStage),
  triage: TriageRulesBody,
  inquiryWindowDays: Type.Integer(),
  /** 0 while the court uses the defaults. */
  version: Type.Integer(),
  isDefault: Type.Boolean(),
});
export type ExecutionSettings = Static<typeof ExecutionSettings>;

export const TEAM_SORT_COLUMNS = ['id', 'name', 'kind', 'courtId', 'isActive', 'memberCount', 'openCases'] as const;

export const TeamListQuery = Type.Object(
  {
    /** A 执行局 chief's own court; the administrator sees every court's without it. */
    courtId: Type.Optional(Id),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    kind: Type.Optional(Type.Enum(EXECUTION_TEAM_KINDS)),
    isActive: Type.Optional(Type.Boolean()),
    sort: SortParam(TEAM_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type TeamListQuery = Static<typeof TeamListQuery>;

export const TeamMember = Type.Object({ userId: Id, displayName: Type.String(), roles: Type.Array(Type.String()) });

export const TeamRow = Type.Object({
  id: Id,
  courtId: Id,
  courtName: Type.String(),
  name: Type.String(),
  kind: Type.Enum(EXECUTION_TEAM_KINDS),
  kindLabel: Bilingual,
  isActive: Type.Boolean(),
  members: Type.Array(TeamMember),
  memberCount: Type.Integer(),
  /** Open 执 cases assigned to the team. */
  openCases: Type.Integer(),
});
export type TeamRow = Static<typeof TeamRow>;

const teamFields = {
  name: Type.String({ minLength: 2, maxLength: 60 }),
  kind: Type.Enum(EXECUTION_TEAM_KINDS),
  memberIds: Type.Array(Id, { maxItems: 100, uniqueItems: true }),
  isActive: Type.Optional(Type.Boolean()),
};
export const TeamInput = Type.Object({ courtId: Id, ...teamFields }, { additionalProperties: false });
export type TeamInput = Static<typeof TeamInput>;
/** Only the fields given change; `memberIds` replaces the members. */
export const TeamUpdate = Type.Object(
  { name: Type.Optional(teamFields.name), kind: Type.Optional(teamFields.kind), memberIds: Type.Optional(teamFields.memberIds), isActive: teamFields.isActive },
  { additionalProperties: false },
);
export type TeamUpdate = Static<typeof TeamUpdate>;

/** What a court's staff need for 分案 and the queues: its active teams and its stages. */
export const CourtExecutionSetup = Type.Object({ teams: Type.Array(TeamRow), stages: Type.Array(ConfiguredStage) });
export type CourtExecutionSetup = Static<typeof CourtExecutionSetup>;

/** Who may join a court's teams: active users of its execution division. */
export const TeamCandidate = Type.Object({ userId: Id, displayName: Type.String(), roles: Type.Array(Type.String()) });

export const QUEUE_SORT_COLUMNS = ['caseNumber', 'stage', 'stageEnteredOn', 'dueOn', 'officer', 'amount', 'acceptedOn'] as const;

export const TeamQueueQuery = Type.Object(
  {
    stage: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    officerId: Type.Optional(Id),
    /** Only cases with a running stage period past its due date (true), or none (false). */
    overdue: Type.Optional(Type.Boolean()),
    track: Type.Optional(Type.Enum(EXECUTION_TRACKS)),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    dueBefore: DateFilter,
    sort: SortParam(QUEUE_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type TeamQueueQuery = Static<typeof TeamQueueQuery>;

export const QueuePeriod = Type.Object({ kind: Type.String(), label: Bilingual, dueOn: Nullable(Type.String()), overdue: Type.Boolean() });

export const TeamQueueRow = Type.Object({
  caseId: Id,
  caseNumber: Nullable(Type.String()),
  node: Type.String(),
  version: Type.Integer(),
  stage: Nullable(Type.String()),
  stageLabel: Nullable(Bilingual),
  stageEnteredOn: Nullable(Type.String()),
  officerId: Nullable(Id),
  officerName: Nullable(Type.String()),
  track: Nullable(Type.Enum(EXECUTION_TRACKS)),
  amount: Type.String(),
  acceptedOn: Nullable(Type.String()),
  /** The running stage periods (notice, clue, investigation, the stage's own limit), earliest first. */
  periods: Type.Array(QueuePeriod),
  /** The earliest of them, and whether any is past due. */
  dueOn: Nullable(Type.String()),
  overdue: Type.Boolean(),
});
export type TeamQueueRow = Static<typeof TeamQueueRow>;

export const TeamQueueParams = Type.Object({ teamId: Id }, { additionalProperties: false });
export type TeamQueueParams = Static<typeof TeamQueueParams>;

export const BatchAction = Type.Union([
  Type.Object({ action: Type.Literal('moveStage'), caseIds: Type.Array(Id, { minItems: 1, maxItems: 100, uniqueItems: true }), stage: Type.String({ minLength: 1, maxLength: 40 }), note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('reassign'), caseIds: Type.Array(Id, { minItems: 1, maxItems: 100, uniqueItems: true }), judgeId: Id, note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
  // 集约: the execution notices of many cases sent at once, each its own event (CPL-2023 arts 251–252).
  Type.Object({ action: Type.Literal('issueNotice'), caseIds: Type.Array(Id, { minItems: 1, maxItems: 100, uniqueItems: true }), reportDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 30 })), note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
]);
export type BatchAction = Static<typeof BatchAction>;

export const BatchResult = Type.Object({
  succeeded: Type.Integer(),
  failed: Type.Integer(),
  results: Type.Array(Type.Object({ caseId: Id, caseNumber: Nullable(Type.String()), ok: Type.Boolean(), code: Nullable(Type.String()), message: Nullable(Bilingual) })),
});
export type BatchResult = Static<typeof BatchResult>;

/** 繁简分流 as stored for a case, with the team the assignment form proposes. */
export const ExecutionTriage = Type.Object({
  track: Type.Enum(EXECUTION_TRACKS),
  trackLabel: Bilingual,
  reasons: Type.Array(Bilingual),
  preserved: Type.String(),
  decidedOn: Type.String(),
});
export type ExecutionTriage = Static<typeof ExecutionTriage>;
