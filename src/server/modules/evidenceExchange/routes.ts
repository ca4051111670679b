// 证据交换与质证 over HTTP: the reads and the parties' written opinions. The court's steps (exchange, late evidence,
// findings, extensions) are declared case events (domain/casetypes/evidenceExchangeEvents.ts) on the generic endpoint.
import { CaseEvidence, EvidenceItemParams, OpinionInput } from '../../../contracts/evidenceExchange';
import { ErrorBody, IdParams } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { caseEvidence } from './evidenceQueries';
import { giveOpinion } from './giveOpinion';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

export function evidenceExchangeRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/cases/:id/evidence',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['evidence'], summary: '证据与质证 A case\'s evidence items (the other sides\' only once exchanged), opinions, findings and extension applications', params: IdParams, response: { 200: CaseEvidence, ...errors } },
    },
    async (req) => caseEvidence(deps.db, requireActor(req), req.params.id, deps.clock.today()),
  );

  app.put(
    '/api/v1/cases/:id/evidence/:itemId/opinion',
    {
      config: { access: ['party', 'lawyer'] },
      schema: { tags: ['evidence'], summary: '发表或修改质证意见 Give or change a written cross-examination opinion on another side\'s exchanged item, until its deadline', params: EvidenceItemParams, body: OpinionInput, response: { 200: CaseEvidence, ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      await giveOpinion(deps, actor, req.params.id, req.params.itemId, req.body);
      return caseEvidence(deps.db, actor, req.params.id, deps.clock.today());
    },
  );
}
