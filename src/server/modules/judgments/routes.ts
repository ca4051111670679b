// The one-click judgment over HTTP: the draft composed from the case (read-only).
import { ErrorBody, IdParams } from '../../../contracts/common';
import { JudgmentDraft } from '../../../contracts/judgments';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { judgmentDraft } from './judgmentDraft';

export function judgmentRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/cases/:id/judgment-draft',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['judgments'], summary: '一键生成判决书草稿（段落及其来源）The judgment drafted from the case, each paragraph with its sources', params: IdParams, response: { 200: JudgmentDraft, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody } },
    },
    async (req) => deps.db.transaction((tx) => judgmentDraft(tx, requireActor(req), req.params.id, deps.clock.today())),
  );
}
