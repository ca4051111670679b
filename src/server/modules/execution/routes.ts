// 执行 over HTTP: a party's online application, and one execution case's record (what was applied for, the stage).
// Every change after the application goes through the case events of 执 (src/domain/casetypes/executionCase.ts).
import { sql } from 'drizzle-orm';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { ExecutionApplication, ExecutionRecord } from '../../../contracts/execution';
import { EXECUTION_TRACK_LABELS, executionStage, type ExecutionTrack } from '../../../domain/execution';
import { fenToYuan } from '../../../domain/money/yuan';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { loadCase } from '../cases/caseRecord';
import { applyForExecution, EXECUTION_TYPE } from './applyForExecution';
import { courtExecutionConfig } from './executionSettings';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

async function executionRecord(q: Queryable, caseId: number): Promise<ExecutionRecord> {
  const r = await q.execute<Record<string, any>>(sql`
    select e.*, e.title_effective_on::text as effective_on, e.stage_entered_on::text as stage_on, c.case_number, c.node, c.court_id, t.case_number as title_case_number,
           tm.name as team_name, tr.track, tr.reasons as track_reasons, tr.preserved_fen::text as preserved_fen, tr.decided_on::text as track_on
      from execution_cases e join cases c on c.id = e.case_id join cases t on t.id = e.title_case_id
      left join execution_teams tm on tm.id = e.team_id left join execution_case_tracks tr on tr.case_id = e.case_id
     where e.case_id = ${caseId}`);
  const e = r.rows[0];
  if (!e) throw caseNotFound();
  const { stages } = await courtExecutionConfig(q, Number(e.court_id));
  const stage = e.stage ? (executionStage(e.stage, stages) ?? { code: e.stage, label: { 'zh-CN': e.stage, en: e.stage } }) : null;
  return {
    caseId: Number(e.case_id),
    caseNumber: e.case_number,
    node: e.node,
    titleCaseId: Number(e.title_case_id),
    titleCaseNumber: e.title_case_number,
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

  app.get(
    '/api/v1/cases/:id/execution',
    { config: { access: 'authenticated' }, schema: { tags: ['execution'], summary: '执行案件记录（申请事项、迟延履行利息、执行阶段）An execution case: what was applied for, delay interest, stage', params: IdParams, response: { 200: ExecutionRecord, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCase(deps.db, req.params.id);
      if (!c || c.caseType !== EXECUTION_TYPE || !(await relationToCase(deps.db, actor, c)).canView) throw caseNotFound();
      return executionRecord(deps.db, c.id);
    },
  );
}
