// 财保 over HTTP: the applicant's online application, and one preservation case's record (what was asked, the 48 hours,
// the 30 days, 应当解除保全). Every change after the application goes through the case events of 财保
// (src/domain/casetypes/preservationCase.ts).
import { sql } from 'drizzle-orm';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { PreservationApplication, PreservationRecord } from '../../../contracts/preservation';
import { preservationCase } from '../../../domain/casetypes/preservationCase';
import { fenToYuan } from '../../../domain/money/yuan';
import { mustBeLifted, preservationFee, type PreservationStage } from '../../../domain/preservation/preservationApplication';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { loadCase } from '../cases/caseRecord';
import { applyForPreservation } from './applyForPreservation';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

const MUST_BE_LIFTED = { 'zh-CN': '申请人在法院采取保全措施后三十日内未依法提起诉讼或者申请仲裁，应当解除保全（《民事诉讼法》第一百零四条）。', en: 'The applicant did not sue or apply for arbitration within 30 days of the measure: the preservation shall be lifted (Civil Procedure Law, art. 104).' };

async function preservationRecord(q: Queryable, caseId: number, today: string): Promise<PreservationRecord> {
  const r = await q.execute<Record<string, any>>(sql`
    select pa.*, pa.amount_fen::text as amount, pa.granted_amount_fen::text as granted, pa.suit_recorded_on::text as suit_on, pa.lifted_on::text as lifted,
           c.case_number, c.node,
           (select due_on::text from case_periods where case_id = pa.case_id and kind = 'preservationSuit' order by id desc limit 1) as suit_due_on
      from preservation_applications pa join cases c on c.id = pa.case_id where pa.case_id = ${caseId}`);
  const a = r.rows[0];
  if (!a) throw caseNotFound();
  const must = mustBeLifted({ granted: a.decision === 'granted', lifted: a.lifted !== null, suitRecorded: a.suit_on !== null, suitDueOn: a.suit_due_on, today });
  return {
    caseId: Number(a.case_id),
    caseNumber: a.case_number,
    node: a.node,
    stage: a.stage as PreservationStage,
    amount: fenToYuan(BigInt(a.amount)),
    propertyClues: a.property_clues,
    security: { kind: a.security.kind, amount: fenToYuan(BigInt(a.security.amountFen)), description: a.security.description },
    fee: preservationFee(BigInt(a.amount)).total,
    rulingDueAt: a.ruling_due_at ? new Date(a.ruling_due_at).toISOString() : null,
    decision: a.decision,
    grantedAmount: a.granted === null ? null : fenToYuan(BigInt(a.granted)),
    suitDueOn: a.suit_due_on,
    suitCaseId: a.suit_case_id === null ? null : Number(a.suit_case_id),
    arbitration: a.arbitration,
    executionCaseNumber: a.execution_case_number,
    liftedOn: a.lifted,
    mustBeLifted: must,
    notice: must ? MUST_BE_LIFTED : null,
  };
}

export function preservationRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/preservation/applications',
    {
      config: { access: ['party', 'lawyer'] },
      schema: { tags: ['preservation'], summary: '在线申请诉前（仲裁前）财产保全 Apply online for preservation before suit or arbitration', body: PreservationApplication, response: { 201: PreservationRecord, ...errors, 422: ErrorBody } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await applyForPreservation(deps, actor, req.body);
      reply.status(201);
      return preservationRecord(deps.db, row.id, deps.clock.today());
    },
  );

  app.get(
    '/api/v1/cases/:id/preservation',
    { config: { access: 'authenticated' }, schema: { tags: ['preservation'], summary: '财产保全案件记录（申请事项、48小时、30日期间）A preservation case: what was asked, the 48 hours, the 30 days', params: IdParams, response: { 200: PreservationRecord, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCase(deps.db, req.params.id);
      if (!c || c.caseType !== preservationCase.code || !(await relationToCase(deps.db, actor, c)).canView) throw caseNotFound();
      return preservationRecord(deps.db, c.id, deps.clock.today());
    },
  );
}
