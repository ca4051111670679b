// Administration of 诉前调解's organisations and mediators: lists (sorted, filtered, exported to Excel) and changes,
// for the administrator (every court) and a court's 立案庭 chief (their own court; src/server/modules/mediation/adminScope.ts).
import { ErrorBody, IdParams, Page } from '../../../contracts/common';
import {
  MediatorInput,
  MediatorListQuery,
  MediatorRow,
  MediatorUpdate,
  OrganisationInput,
  OrganisationListQuery,
  OrganisationRow,
  OrganisationUpdate,
} from '../../../contracts/mediation';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { registerListExport, zhEn } from '../../lists/excelExport';
import { listMediators, listOrganisations, MEDIATOR_EXPORT_COLUMNS, ORGANISATION_EXPORT_COLUMNS } from './adminLists';
import { courtInScope, mediationAdminScope } from './adminScope';
import { createMediator, updateMediator } from './administerMediators';
import { createOrganisation, updateOrganisation } from './administerOrganisations';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
/** The role gate; which chief may act is the scope's question (their division must be the court's 立案庭). */
const ACCESS = ['admin', 'divisionChief'] as const;
const TAGS = ['mediation'];

export function mediationAdminRoutes(app: App, deps: Deps) {
  const scopeOf = (req: FastifyRequest) => mediationAdminScope(deps.db, requireActor(req));

  const loadOrganisations = async (req: FastifyRequest & { query: OrganisationListQuery }, page?: { page: 1; pageSize: number }) =>
    listOrganisations(deps.db, courtInScope(await scopeOf(req), req.query.courtId), { ...req.query, ...page });
  const loadMediators = async (req: FastifyRequest & { query: MediatorListQuery }, page?: { page: 1; pageSize: number }) =>
    listMediators(deps.db, courtInScope(await scopeOf(req), req.query.courtId), { ...req.query, ...page });

  app.get(
    '/api/v1/admin/mediation/organisations',
    { config: { access: ACCESS }, schema: { tags: TAGS, summary: '调解组织列表 Mediation organisations', querystring: OrganisationListQuery, response: { 200: Page(OrganisationRow), ...errors } } },
    async (req) => loadOrganisations(req),
  );
  registerListExport<OrganisationListQuery, OrganisationRow>(app, {
    url: '/api/v1/admin/mediation/organisations',
    access: ACCESS,
    tags: TAGS,
    summary: '调解组织导出 Excel Export the mediation organisations (the filter\'s rows) to Excel',
    querystring: OrganisationListQuery,
    title: zhEn('调解组织', 'Mediation organisations'),
    columns: ORGANISATION_EXPORT_COLUMNS,
    load: (req, page) => loadOrganisations(req, page),
  });

  app.post(
    '/api/v1/admin/mediation/organisations',
    { config: { access: ACCESS }, schema: { tags: TAGS, summary: '登记调解组织 Register a mediation organisation', body: OrganisationInput, response: { 201: OrganisationRow, ...errors } } },
    async (req, reply) => {
      const scope = await scopeOf(req);
      const created = await deps.db.transaction((tx) => createOrganisation(tx, requireActor(req), scope, req.body));
      reply.status(201);
      return created;
    },
  );

  app.patch(
    '/api/v1/admin/mediation/organisations/:id',
    {
      config: { access: ACCESS },
      schema: { tags: TAGS, summary: '修改调解组织（名称、类型、联系方式、启用停用）Change a mediation organisation', params: IdParams, body: OrganisationUpdate, response: { 200: OrganisationRow, ...errors } },
    },
    async (req) => {
      const scope = await scopeOf(req);
      return deps.db.transaction((tx) => updateOrganisation(tx, requireActor(req), scope, req.params.id, req.body));
    },
  );

  app.get(
    '/api/v1/admin/mediation/mediators',
    { config: { access: ACCESS }, schema: { tags: TAGS, summary: '调解员列表 Mediators', querystring: MediatorListQuery, response: { 200: Page(MediatorRow), ...errors } } },
    async (req) => loadMediators(req),
  );
  registerListExport<MediatorListQuery, MediatorRow>(app, {
    url: '/api/v1/admin/mediation/mediators',
    access: ACCESS,
    tags: TAGS,
    summary: '调解员导出 Excel Export the mediators (the filter\'s rows) to Excel',
    querystring: MediatorListQuery,
    title: zhEn('调解员', 'Mediators'),
    columns: MEDIATOR_EXPORT_COLUMNS,
    load: (req, page) => loadMediators(req, page),
  });

  app.post(
    '/api/v1/admin/mediation/mediators',
    { config: { access: ACCESS }, schema: { tags: TAGS, summary: '新增特邀调解员（含登录账号）Invite a mediator, with their account', body: MediatorInput, response: { 201: MediatorRow, ...errors } } },
    async (req, reply) => {
      const created = await createMediator(deps.db, requireActor(req), await scopeOf(req), req.body);
      reply.status(201);
      return created;
    },
  );

  app.patch(
    '/api/v1/admin/mediation/mediators/:id',
    {
      config: { access: ACCESS },
      schema: { tags: TAGS, summary: '修改调解员（组织、擅长领域、服务法院、启用停用、密码）Change a mediator', params: IdParams, body: MediatorUpdate, response: { 200: MediatorRow, ...errors } },
    },
    async (req) => updateMediator(deps.db, requireActor(req), await scopeOf(req), req.params.id, req.body),
  );
}
