// The agency portal: an agency user (role `agency`) lists and reads the requests addressed to its agency, answers
// inquiries, executes or refuses controls, files its e-sealed receipt and downloads the court's documents. Anything
// not addressed to its agency, or still awaiting the court's approval, is 404; it reaches no case route (casePolicy).
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { AgencyRequest, AgencyRequestQuery, AnswerInput, DocumentParams, ExecuteInput, ReceiptInput, RefuseInput } from '../../../contracts/assetControl';
import { IdParams, Page } from '../../../contracts/common';
import type { Actor } from '../../access/actor';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { errors } from '../execution/fundRoutes';
import { agencyOfActor } from './agencies';
import { answerInquiry, attachReceipt, executeControl, refuseRequest, requestNotFound } from './agencyActions';
import { listAgencyRequests, loadAgencyRequest } from './requestViews';

const AGENCY = ['agency'] as const;

export function agencyRoutes(app: App, deps: Deps) {
  const stamp = () => ({ today: deps.clock.today(), now: deps.clock.now() });
  const own = async (actor: Actor, id: number) => {
    const r = await loadAgencyRequest(deps.db, await agencyOfActor(deps.db, actor), id, deps.config.timeZone);
    if (!r) throw requestNotFound();
    return r;
  };

  app.get(
    '/api/v1/agency/requests',
    { config: { access: [...AGENCY] }, schema: { tags: ['agency'], summary: '协助执行请求 The requests addressed to my agency', querystring: AgencyRequestQuery, response: { 200: Page(AgencyRequest), ...errors } } },
    async (req) => listAgencyRequests(deps.db, await agencyOfActor(deps.db, requireActor(req)), req.query, deps.config.timeZone),
  );
  app.get(
    '/api/v1/agency/requests/:id',
    { config: { access: [...AGENCY] }, schema: { tags: ['agency'], summary: '协助执行请求详情 One request addressed to my agency', params: IdParams, response: { 200: AgencyRequest, ...errors } } },
    async (req) => own(requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/agency/requests/:id/answer',
    { config: { access: [...AGENCY] }, schema: { tags: ['agency'], summary: '反馈查询结果 Answer an inquiry: accounts with balances (fen), real estate, vehicles, securities, other', params: IdParams, body: AnswerInput, response: { 200: AgencyRequest, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      await deps.db.transaction((tx) => answerInquiry(tx, actor, req.params.id, req.body, stamp()));
      return own(actor, req.params.id);
    },
  );
  app.post(
    '/api/v1/agency/requests/:id/execute',
    { config: { access: [...AGENCY] }, schema: { tags: ['agency'], summary: '办结控制 Execute a freeze, seizure, deduction, release or renewal', params: IdParams, body: ExecuteInput, response: { 200: AgencyRequest, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      await deps.db.transaction((tx) => executeControl(tx, actor, req.params.id, req.body, stamp()));
      return own(actor, req.params.id);
    },
  );
  app.post(
    '/api/v1/agency/requests/:id/refuse',
    { config: { access: [...AGENCY] }, schema: { tags: ['agency'], summary: '拒绝协助 Refuse a request, with the reason', params: IdParams, body: RefuseInput, response: { 200: AgencyRequest, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      await deps.db.transaction((tx) => refuseRequest(tx, actor, req.params.id, req.body.reason, stamp()));
      return own(actor, req.params.id);
    },
  );
  app.post(
    '/api/v1/agency/requests/:id/receipt',
    { config: { access: [...AGENCY] }, schema: { tags: ['agency'], summary: '上传回执 File the e-sealed receipt (a PDF uploaded through /api/v1/uploads)', params: IdParams, body: ReceiptInput, response: { 200: AgencyRequest, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      await deps.db.transaction((tx) => attachReceipt(tx, actor, req.params.id, req.body.attachmentId));
      return own(actor, req.params.id);
    },
  );
  app.get(
    '/api/v1/agency/requests/:id/documents/:attachmentId',
    { config: { access: [...AGENCY] }, schema: { tags: ['agency'], summary: '下载文书 Download the ruling, the assistance notice or the receipt of a request', params: DocumentParams, response: { 200: Type.Any({ description: 'the file' }), ...errors } } },
    async (req, reply) => {
      const r = await own(requireActor(req), req.params.id);
      if (!r.documents.some((d) => d.attachmentId === req.params.attachmentId)) throw new AppError(404, 'ATTACHMENT_NOT_FOUND', '材料不存在或您无权查看。', 'The material does not exist or you may not see it.');
      const a = (await deps.db.execute<{ file_name: string; mime_type: string; storage_key: string; sha256: string }>(
        sql`select file_name, mime_type, storage_key, sha256 from attachments where id = ${req.params.attachmentId}`,
      )).rows[0]!;
      reply.header('content-type', a.mime_type);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(a.file_name)}`);
      reply.header('x-content-sha256', a.sha256);
      reply.header('x-content-type-options', 'nosniff');
      return reply.send(await deps.blobs.open(a.storage_key));
    },
  );
}
