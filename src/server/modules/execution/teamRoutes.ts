// 分段集约 over HTTP: a court's stages and 繁简分流 rules and its teams (the administrator, or the court's 执行局 chief),
// the court's teams for its staff (the 分案 form), and a team's queue with its batch actions.
import Type from 'typebox';
import type { FastifyRequest } from 'fastify';
import { ErrorBody, IdParams, Page } from '../../../contracts/common';
import {
  BatchAction,
  BatchResult,
  CourtExecutionSetup,
  CourtParams,
  ExecutionSettings,
  ExecutionSettingsInput,
  TeamCandidate,
  TeamInput,
  TeamListQuery,
  TeamQueueParams,
  TeamQueueQuery,
  TeamQueueRow,
  TeamRow,
  TeamUpdate,
} from '../../../contracts/executionTeams';
import { isStaff } from '../../access/actor';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { registerListExport, zhEn } from '../../lists/excelExport';
import type { CaseEventEngine } from '../cases/effects/effectContext';
import { courtExecutionConfig, courtInExecutionScope, executionAdminScope, loadCourtForSettings, presentSettings, saveExecutionSettings } from './executionSettings';
import { createTeam, listTeams, TEAM_EXPORT_COLUMNS, teamCandidates, updateTeam } from './executionTeams';
import { QUEUE_EXPORT_COLUMNS, runBatch, teamForQueue, teamQueue } from './teamQueue';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ADMIN = ['admin', 'divisionChief'] as const;
const STAFF = ['filingClerk', 'judge', 'judgeAssistant', 'courtClerk', 'divisionChief', 'president', 'admin'] as const;
const TAGS = ['execution'];

export function executionTeamRoutes(app: App, deps: Deps, engine: CaseEventEngine) {
  const scopeOf = (req: FastifyRequest) => executionAdminScope(deps.db, requireActor(req));

  app.get(
    '/api/v1/admin/execution/courts/:courtId/settings',
    { config: { access: ADMIN }, schema: { tags: TAGS, summary: '执行阶段与繁简分流规则 A court’s execution stages and triage rules', params: CourtParams, response: { 200: ExecutionSettings, ...errors } } },
    async (req) => {
      courtInExecutionScope(await scopeOf(req), req.params.courtId);
      await loadCourtForSettings(deps.db, req.params.courtId);
      return presentSettings(req.params.courtId, await courtExecutionConfig(deps.db, req.params.courtId));
    },
  );

  app.put(
    '/api/v1/admin/execution/courts/:courtId/settings',
    { config: { access: ADMIN }, schema: { tags: TAGS, summary: '设置执行阶段与繁简分流规则 Configure the stages and triage rules', params: CourtParams, body: ExecutionSettingsInput, response: { 200: ExecutionSettings, ...errors } } },
    async (req) => {
      courtInExecutionScope(await scopeOf(req), req.params.courtId);
      return deps.db.transaction((tx) => saveExecutionSettings(tx, requireActor(req), req.params.courtId, req.body));
    },
  );

  app.get(
    '/api/v1/admin/execution/courts/:courtId/team-candidates',
    { config: { access: ADMIN }, schema: { tags: TAGS, summary: '可加入执行团队的人员 Staff of the execution division', params: CourtParams, response: { 200: Type.Array(TeamCandidate), ...errors } } },
    async (req) => {
      courtInExecutionScope(await scopeOf(req), req.params.courtId);
      return teamCandidates(deps.db, req.params.courtId);
    },
  );

  const loadTeams = async (req: FastifyRequest & { query: TeamListQuery }, page?: { page: 1; pageSize: number }) =>
    listTeams(deps.db, courtInExecutionScope(await scopeOf(req), req.query.courtId), { ...req.query, ...page });
  app.get(
    '/api/v1/admin/execution/teams',
    { config: { access: ADMIN }, schema: { tags: TAGS, summary: '执行团队列表 Execution teams', querystring: TeamListQuery, response: { 200: Page(TeamRow), ...errors } } },
    async (req) => loadTeams(req),
  );
  registerListExport<TeamListQuery, TeamRow>(app, {
    url: '/api/v1/admin/execution/teams',
    access: ADMIN,
    tags: TAGS,
    summary: '执行团队导出 Excel Export the execution teams to Excel',
    querystring: TeamListQuery,
    title: zhEn('执行团队', 'Execution teams'),
    columns: TEAM_EXPORT_COLUMNS,
    load: (req, page) => loadTeams(req, page),
  });

  app.post(
    '/api/v1/admin/execution/teams',
    { config: { access: ADMIN }, schema: { tags: TAGS, summary: '设立执行团队 Create an execution team', body: TeamInput, response: { 201: TeamRow, ...errors } } },
    async (req, reply) => {
      const scope = await scopeOf(req);
      const created = await deps.db.transaction((tx) => createTeam(tx, requireActor(req), scope, req.body));
      reply.status(201);
      return created;
    },
  );

  app.patch(
    '/api/v1/admin/execution/teams/:id',
    { config: { access: ADMIN }, schema: { tags: TAGS, summary: '修改执行团队（名称、类型、成员、启用停用）Change an execution team', params: IdParams, body: TeamUpdate, response: { 200: TeamRow, ...errors } } },
    async (req) => {
      const scope = await scopeOf(req);
      return deps.db.transaction((tx) => updateTeam(tx, requireActor(req), scope, req.params.id, req.body));
    },
  );

  app.get(
    '/api/v1/execution/teams',
    { config: { access: STAFF }, schema: { tags: TAGS, summary: '本院执行团队与执行阶段 The court’s active execution teams and its stages', response: { 200: CourtExecutionSetup, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      if (!isStaff(actor) || actor.courtId === null) throw new AppError(403, 'EXECUTION_TEAMS_FORBIDDEN', '只有法院工作人员可以查看执行团队。', 'Only court staff see the execution teams.');
      const teams = (await listTeams(deps.db, actor.courtId, { isActive: true, sort: 'name', page: 1, pageSize: 100 })).items;
      return { teams, stages: presentSettings(actor.courtId, await courtExecutionConfig(deps.db, actor.courtId)).stages };
    },
  );

  const loadQueue = async (req: FastifyRequest & { query: TeamQueueQuery }, page?: { page: 1; pageSize: number }) => {
    const team = await teamForQueue(deps.db, requireActor(req), (req.params as TeamQueueParams).teamId);
    return teamQueue(deps.db, team, { ...req.query, ...page }, deps.clock.today());
  };
  app.get(
    '/api/v1/execution/teams/:teamId/queue',
    { config: { access: STAFF }, schema: { tags: TAGS, summary: '团队案件队列 A team’s queue of cases by stage', params: TeamQueueParams, querystring: TeamQueueQuery, response: { 200: Page(TeamQueueRow), ...errors } } },
    async (req) => loadQueue(req),
  );
  registerListExport<TeamQueueQuery, TeamQueueRow>(app, {
    url: '/api/v1/execution/teams/:teamId/queue',
    access: STAFF,
    tags: TAGS,
    summary: '团队案件队列导出 Excel Export a team’s queue to Excel',
    params: TeamQueueParams,
    querystring: TeamQueueQuery,
    title: zhEn('团队案件队列', 'Team queue'),
    columns: QUEUE_EXPORT_COLUMNS,
    load: (req, page) => loadQueue(req, page),
  });

  app.post(
    '/api/v1/execution/teams/:teamId/batch',
    {
      config: { access: STAFF },
      schema: { tags: TAGS, summary: '批量操作（流转阶段、团队内变更承办人）Batch: move cases to a stage, or reassign within the team', params: TeamQueueParams, body: BatchAction, response: { 200: BatchResult, ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      const team = await teamForQueue(deps.db, actor, req.params.teamId);
      return runBatch(deps, engine, actor, team, req.body);
    },
  );
}
