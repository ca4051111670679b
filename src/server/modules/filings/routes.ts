// 网上立案: submit a complaint, and correct it after a one-time notice.
import { CaseDetail, FiledCase, FilingEdit, FilingInput } from '../../../contracts/cases';
import { ErrorBody, IdParams } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { caseDetail } from '../cases/caseDetail';
import { editFiling } from './editFiling';
import { submitFiling } from './submitFiling';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

export function filingRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/filings',
    { config: { access: ['party', 'lawyer'] }, schema: { tags: ['filings'], summary: '提交网上立案 Submit a complaint online', body: FilingInput, response: { 201: FiledCase, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const { row, jurisdictionWarnings } = await submitFiling(deps, actor, req.body);
      reply.status(201);
      return { ...(await caseDetail(deps.db, actor, row.id, deps.clock.today(), deps.clock.now(), row)), jurisdictionWarnings };
    },
  );

  app.put(
    '/api/v1/filings/:id',
    { config: { access: ['party', 'lawyer'] }, schema: { tags: ['filings'], summary: '补正立案材料 Correct a filing', params: IdParams, body: FilingEdit, response: { 200: CaseDetail, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      await editFiling(deps, actor, req.params.id, req.body);
      return caseDetail(deps.db, actor, req.params.id, deps.clock.today(), deps.clock.now());
    },
  );
}

