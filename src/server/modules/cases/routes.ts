// Case routes: lists, detail, timeline, the generic event endpoint, and the case-type declarations.
import Type from 'typebox';
import { CaseDetail, CaseListQuery, CaseSummary, CaseTypeInfo, EventParams, FireEventRequest, TimelineEntry } from '../../../contracts/cases';
import { ErrorBody, IdParams, Page } from '../../../contracts/common';
import { JudgeWithCaseload } from '../../../contracts/reference';
import { CASE_TYPES } from '../../../domain/casetypes/registry';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { loadCase } from './caseRecord';
import { caseDetail, caseTimeline } from './caseDetail';
import { caseExportRoute } from './caseExport';
import { eligibleJudges } from './effects/assignment';
import { fireCaseEvent } from './fireCaseEvent';
import type { CaseEventEngine } from './effects/effectContext';
import { listCases } from './queries';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

export function caseRoutes(app: App, deps: Deps, engine: CaseEventEngine) {
  app.get(
    '/api/v1/case-types',
    { config: { access: 'authenticated' }, schema: { tags: ['cases'], summary: '案件类型声明 Case-type declarations', response: { 200: Type.Array(CaseTypeInfo) } } },
    async () =>
      Object.values(CASE_TYPES).map((t) => ({
        code: t.code,
        label: t.label,
        nodes: t.nodes.map((n) => ({ name: n, label: (t.nodeLabels as Record<string, { 'zh-CN': string; en: string }>)[n]! })),
        events: Object.entries(t.events).map(([name, e]) => ({ name, label: e.label, from: [...e.from], to: e.to, by: [...e.by], input: e.input })),
      })),
  );

  app.get(
    '/api/v1/cases',
    { config: { access: 'authenticated' }, schema: { tags: ['cases'], summary: '案件列表 Case lists (mine, court, filing queue, assignment queue)', querystring: CaseListQuery, response: { 200: Page(CaseSummary), ...errors } } },
    async (req) => listCases(deps.db, requireActor(req), req.query, deps.clock.today(), deps.clock.now()),
  );
  caseExportRoute(app, deps);

  app.get(
    '/api/v1/cases/:id',
    { config: { access: 'authenticated' }, schema: { tags: ['cases'], summary: '案件详情 Case detail', params: IdParams, response: { 200: CaseDetail, ...errors } } },
    async (req) => caseDetail(deps.db, requireActor(req), req.params.id, deps.clock.today(), deps.clock.now()),
  );

  app.get(
    '/api/v1/cases/:id/timeline',
    { config: { access: 'authenticated' }, schema: { tags: ['cases'], summary: '案件时间轴 Timeline', params: IdParams, response: { 200: Type.Array(TimelineEntry), ...errors } } },
    async (req) => caseTimeline(deps.db, requireActor(req), req.params.id, deps.clock.now()),
  );

  app.post(
    '/api/v1/cases/:id/events/:event',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['cases'],
        summary: '执行案件节点操作 Fire a declared case event',
        description: 'The input schema of each event is in GET /api/v1/case-types.',
        params: EventParams,
        body: FireEventRequest,
        response: { 200: CaseDetail, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const fired = await fireCaseEvent(deps, engine, actor, { caseId: req.params.id, event: req.params.event, input: req.body.input, expectedVersion: req.body.expectedVersion });
      return caseDetail(deps.db, actor, req.params.id, deps.clock.today(), deps.clock.now(), fired.row);
    },
  );

  app.get(
    '/api/v1/cases/:id/eligible-judges',
    {
      config: { access: ['divisionChief', 'president', 'filingClerk'] },
      schema: {
        tags: ['cases'],
        summary: '可分案法官及在办案件数 Eligible judges with caseload',
        params: IdParams,
        // A case not yet registered to a division (a 民特 application) is asked about the division it will go to.
        querystring: Type.Object({ divisionId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 })) }, { additionalProperties: false }),
        response: { 200: Type.Array(JudgeWithCaseload), ...errors },
      },
    },
    async (req) =>
      deps.db.transaction(async (tx) => {
        const actor = requireActor(req);
        const c = await loadCase(tx, req.params.id);
        if (!c) throw caseNotFound();
        const rel = await relationToCase(tx, actor, c);
        if (!rel.canView) throw caseNotFound();
        if (!rel.isStaffOfCourt) throw new AppError(403, 'CASE_EVENT_FORBIDDEN', '只有本院人员可以查看分案信息。', 'Only staff of this court see assignment data.');
        const divisionId = c.divisionId ?? req.query.divisionId ?? null;
        const judges = await eligibleJudges(tx, { ...c, divisionId });
        return judges.map((j) => ({ id: j.judgeId, displayName: j.name, divisionId, openCases: j.openCases }));
      }),
  );
}
