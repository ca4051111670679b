// The 诉前调解 centre's mediator workload (issue 16 item 6): a list of the court's mediators with their matters, and its
// Excel export. The centre's matters themselves are GET /api/v1/cases?view=mediationCentre.
import { ErrorBody, Page } from '../../../contracts/common';
import { MediatorWorkloadQuery, MediatorWorkloadRow } from '../../../contracts/mediation';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { registerListExport } from '../../lists/excelExport';
import { centreCourt, listMediatorWorkload, WORKLOAD_EXPORT_COLUMNS } from './workloadList';

const ACCESS = ['filingClerk', 'divisionChief', 'president', 'admin'] as const;
const TAGS = ['mediation'];
const URL = '/api/v1/mediation/workload';

export function mediationCentreRoutes(app: App, deps: Deps) {
  const load = async (req: FastifyRequest & { query: MediatorWorkloadQuery }, page?: { page: 1; pageSize: number }) =>
    listMediatorWorkload(deps.db, await centreCourt(deps.db, requireActor(req), req.query.courtId), { ...req.query, ...page }, deps.clock.today());

  app.get(
    URL,
    {
      config: { access: ACCESS },
      schema: {
        tags: TAGS,
        summary: '调解员工作量（在办、各节点、超期、本月调解成功）Mediator workload: open matters, by node, overdue, settled this month',
        querystring: MediatorWorkloadQuery,
        response: { 200: Page(MediatorWorkloadRow), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (req) => load(req),
  );
  registerListExport<MediatorWorkloadQuery, MediatorWorkloadRow>(app, {
    url: URL,
    access: ACCESS,
    tags: TAGS,
    summary: '调解员工作量导出 Excel Export the mediator workload to Excel',
    querystring: MediatorWorkloadQuery,
    title: { 'zh-CN': '调解员工作量', en: 'Mediator workload' },
    columns: WORKLOAD_EXPORT_COLUMNS,
    load: (req, page) => load(req, page),
  });
}
