// 民申 over HTTP: a party's application for retrial of an effective judgment, and the application's record. Every
// change after it goes through the case events of 民申 and 民再 (src/domain/casetypes/civilRetrialReview.ts, civilRetrial.ts).
import { sql } from 'drizzle-orm';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { RetrialApplication, RetrialRecord } from '../../../contracts/retrial';
import { RETRIAL_GROUND_LABELS, type RetrialGround } from '../../../domain/retrial/retrialApplication';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { loadCase } from '../cases/caseRecord';
import { applyForRetrial } from './applyForRetrial';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

async function retrialRecord(q: Queryable, caseId: number): Promise<RetrialRecord> {
  const r = await q.execute<Record<string, any>>(sql`
    select ra.*, ra.judgment_effective_on::text as effective_on, ra.application_due_on::text as due_on, ra.ruled_on::text as ruled,
           c.case_number, c.node, c.court_id, o.case_number as original_number, rc.case_number as retrial_number
      from retrial_applications ra join cases c on c.id = ra.case_id join cases o on o.id = ra.original_case_id
      left join cases rc on rc.id = ra.retrial_case_id where ra.case_id = ${caseId}`);
  const a = r.rows[0];
  if (!a) throw caseNotFound();
  return {
    caseId,
    caseNumber: a.case_number,
    node: a.node,
    courtId: Number(a.court_id),
    originalCaseId: Number(a.original_case_id),
    originalCaseNumber: a.original_number,
    grounds: (a.grounds as RetrialGround[]).map((g) => ({ ground: g, label: RETRIAL_GROUND_LABELS[g] })),
    judgmentEffectiveOn: a.effective_on,
    applicationDueOn: a.due_on,
    decision: a.decision,
    ruledOn: a.ruled,
    retrialCaseId: a.retrial_case_id === null ? null : Number(a.retrial_case_id),
    retrialCaseNumber: a.retrial_number,
  };
}

export function retrialRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/cases/:id/retrial-applications',
    {
      config: { access: ['party', 'lawyer'] },
      schema: { tags: ['retrial'], summary: '对生效判决申请再审（另立民申案件）Apply for retrial of an effective judgment (a new 民申 case)', params: IdParams, body: RetrialApplication, response: { 201: RetrialRecord, ...errors, 422: ErrorBody } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await applyForRetrial(deps, actor, req.params.id, req.body);
      reply.status(201);
      return retrialRecord(deps.db, row.id);
    },
  );

  app.get(
    '/api/v1/cases/:id/retrial',
    { config: { access: 'authenticated' }, schema: { tags: ['retrial'], summary: '再审申请记录（事由、申请期间、审查结果）A retrial application: grounds, period, outcome', params: IdParams, response: { 200: RetrialRecord, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCase(deps.db, req.params.id);
      if (!c || c.caseType !== '民申' || !(await relationToCase(deps.db, actor, c)).canView) throw caseNotFound();
      return retrialRecord(deps.db, c.id);
    },
  );
}
