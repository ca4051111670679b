// 执行 over HTTP: a party's online application, and one execution case's record (what was applied for, the stage).
// Every change after the application goes through the case events of 执 (src/domain/casetypes/executionCase.ts).
import { sql } from 'drizzle-orm';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { EndOfRoundChecklist, ExecutionApplication, ExecutionRecord, ExternalExecutionApplication, ObjectionApplication, ObjectionOpened, RestorationRequest } from '../../../contracts/execution';
import { EXECUTION_CASE_TYPES } from '../../../domain/casetypes/executionCase';
import { EXECUTION_TRACK_LABELS, executionStage, EXTERNAL_TITLE_RULES, type ExecutionTrack, type ExternalTitleKind } from '../../../domain/execution';
import { fenToYuan } from '../../../domain/money/yuan';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { loadCase } from '../cases/caseRecord';
import { applyForExecution } from './applyForExecution';
import { applyOnExternalTitle } from './applyOnExternalTitle';
import { endOfRoundView } from './endOfRound';
import { courtExecutionConfig } from './executionSettings';
import { fileObjection } from './objections';
import { restoreExecution } from './restoreExecution';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

function externalTitle(x: Record<string, any>): ExecutionRecord['externalTitle'] {
  const kind = x.kind as ExternalTitleKind;
  return {
    kind,
    kindLabel: EXTERNAL_TITLE_RULES[kind]?.label ?? { 'zh-CN': kind, en: kind },
    issuer: x.issuer,
    documentNumber: x.document_number,
    effectiveOn: x.effective_on,
    performanceDeadlines: x.performance_deadlines,
    amount: x.title_amount_fen === null ? null : fenToYuan(BigInt(x.title_amount_fen)),
    certificateNumber: x.certificate_number,
    documentId: Number(x.document_id),
    certificateId: x.certificate_id === null ? null : Number(x.certificate_id),
    jurisdictionWarning: x.jurisdiction_warning,
  };
}

async function executionRecord(q: Queryable, caseId: number): Promise<ExecutionRecord> {
  const r = await q.execute<Record<string, any>>(sql`
    select e.*, e.title_effective_on::text as effective_on, e.stage_entered_on::text as stage_on, c.case_number, c.node, c.court_id, t.case_number as title_case_number,
           to_jsonb(x) as external, tm.name as team_name, tr.track, tr.reasons as track_reasons, tr.preserved_fen::text as preserved_fen, tr.decided_on::text as track_on
      from execution_cases e join cases c on c.id = e.case_id left join cases t on t.id = e.title_case_id
      left join execution_external_titles x on x.case_id = e.case_id
      left join execution_teams tm on tm.id = e.team_id left join execution_case_tracks tr on tr.case_id = e.case_id
     where e.case_id = ${caseId}`);
  const e = r.rows[0];
  if (!e) throw caseNotFound();
  const { stages } = await courtExecutionConfig(q, Number(e.court_id));
  const objections = await q.execute<Record<string, any>>(sql`
    select o.id, o.case_number, o.node, f.payload->>'kind' as kind, f.payload->>'act' as act, r.payload->>'decision' as decision, r.payload->'effect' as effect
      from cases o
      left join lateral (select payload from case_events where case_id = o.id and event = 'fileObjection' order by seq limit 1) f on true
      left join lateral (select payload from case_events where case_id = ${caseId} and event = 'objectionRuled' and (payload->>'objectionCaseId')::bigint = o.id order by seq desc limit 1) r on true
     where o.origin_case_id = ${caseId} and o.case_type = '执异' order by o.id`);
  const stage = e.stage ? (executionStage(e.stage, stages) ?? { code: e.stage, label: { 'zh-CN': e.stage, en: e.stage } }) : null;
  return {
    caseId: Number(e.case_id),
    caseNumber: e.case_number,
    node: e.node,
    titleCaseId: e.title_case_id === null ? null : Number(e.title_case_id),
    titleCaseNumber: e.title_case_number,
    externalTitle: e.external ? externalTitle(e.external) : null,
    titleEffectiveOn: e.effective_on,
    titleEffect: e.title_effect,
    items: (e.items as { kind: string; label: string; amountFen: string; dueOn: string }[]).map((i) => ({ kind: i.kind, label: i.label, amount: fenToYuan(BigInt(i.amountFen)), dueOn: i.dueOn })),
    delayInterest: { asOf: e.delay_interest.asOf, amount: fenToYuan(BigInt(e.delay_interest.interestOwedFen)), exact: e.delay_interest.exact, trace: e.delay_interest.trace },
    amount: fenToYuan(BigInt(e.amount_fen)),
    assetClues: e.asset_clues,
    applicationPeriod: e.application_period,
    lateWarning: e.late_warning,
    fee: { amount: fenToYuan(BigInt(e.fee_fen)), collected: 'afterExecution', borneBy: 'debtor', source: 'FEE arts 14, 20, 38' },
    stage,
    stageEnteredOn: e.stage_on,
    stages,
    suspended: e.suspension_deduction_id !== null,
    triage: e.track
      ? { track: e.track, trackLabel: EXECUTION_TRACK_LABELS[e.track as ExecutionTrack], reasons: e.track_reasons, preserved: fenToYuan(BigInt(e.preserved_fen)), decidedOn: e.track_on }
      : null,
    teamId: e.team_id === null ? null : Number(e.team_id),
    teamName: e.team_name,
    objections: objections.rows.map((o) => ({ caseId: Number(o.id), caseNumber: o.case_number, node: o.node, kind: o.kind === 'object' ? 'object' : 'act', act: o.act ?? '', decision: o.decision ?? null, effect: o.effect ?? null })),
  };
}

export function executionRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/execution/applications',
    {
      config: { access: ['party', 'lawyer'] },
      schema: { tags: ['execution'], summary: '在线申请执行 Apply for execution online', body: ExecutionApplication, response: { 201: ExecutionRecord, ...errors, 409: ErrorBody, 422: ErrorBody } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await applyForExecution(deps, actor, req.body);
      reply.status(201);
      return executionRecord(deps.db, row.id);
    },
  );

  app.post(
    '/api/v1/execution/external-applications',
    {
      config: { access: ['party', 'lawyer', 'filingClerk'] },
      schema: { tags: ['execution'], summary: '依仲裁裁决、公证债权文书或其他法院的生效文书申请执行 Apply for execution on an external title', body: ExternalExecutionApplication, response: { 201: ExecutionRecord, ...errors, 422: ErrorBody } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await applyOnExternalTitle(deps, actor, req.body);
      reply.status(201);
      return executionRecord(deps.db, row.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/execution/restorations',
    {
      config: { access: ['party', 'lawyer', 'judge', 'filingClerk', 'divisionChief'] },
      schema: { tags: ['execution'], summary: '恢复执行（另立执恢案件）Restore execution as a new 执恢 case', params: IdParams, body: RestorationRequest, response: { 201: ExecutionRecord, ...errors, 409: ErrorBody, 422: ErrorBody } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await restoreExecution(deps, actor, req.params.id, req.body);
      reply.status(201);
      return executionRecord(deps.db, row.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/execution/objections',
    {
      config: { access: ['party', 'lawyer', 'filingClerk'] },
      schema: { tags: ['execution'], summary: '对执行行为提出异议（另立执异案件）Object to an execution act (a new 执异 case)', params: IdParams, body: ObjectionApplication, response: { 201: ObjectionOpened, ...errors, 409: ErrorBody, 422: ErrorBody } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await fileObjection(deps, actor, req.params.id, req.body);
      reply.status(201);
      return { caseId: row.id, caseNumber: row.caseNumber, node: row.node };
    },
  );

  app.get(
    '/api/v1/cases/:id/execution',
    { config: { access: 'authenticated' }, schema: { tags: ['execution'], summary: '执行案件记录（申请事项、迟延履行利息、执行阶段）An execution case: what was applied for, delay interest, stage', params: IdParams, response: { 200: ExecutionRecord, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCase(deps.db, req.params.id);
      if (!c || !EXECUTION_CASE_TYPES.includes(c.caseType) || !(await relationToCase(deps.db, actor, c)).canView) throw caseNotFound();
      return executionRecord(deps.db, c.id);
    },
  );

  app.get(
    '/api/v1/cases/:id/execution/end-of-round',
    { config: { access: 'authenticated' }, schema: { tags: ['execution'], summary: '终本条件清单（五项条件及约谈，附案件证据）The 终本 checklist: each condition with its evidence from the case', params: IdParams, response: { 200: EndOfRoundChecklist, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCase(deps.db, req.params.id);
      // The court's staff only: the checklist is the court's internal review (ZHONGBEN art 5 tells the applicant separately).
      if (!c || !EXECUTION_CASE_TYPES.includes(c.caseType) || !(await relationToCase(deps.db, actor, c)).isStaffOfCourt) throw caseNotFound();
      return endOfRoundView(deps.db, deps, c, deps.clock.today());
    },
  );
}
