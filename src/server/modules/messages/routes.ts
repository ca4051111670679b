// A case's message threads (kinds declared in src/domain/messages/threadKinds.ts): read a page, write, mark read.
import { ErrorBody, IdParams } from '../../../contracts/common';
import { MarkReadInput, MarkReadResult, MessagesQuery, MessageThread, PostMessageInput, ThreadMessage } from '../../../contracts/messages';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { markRead } from './markRead';
import { postMessage } from './postMessage';
import { seatInThread } from './threadAccess';
import { threadMessage, threadPage } from './threadPage';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export function messageRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/cases/:id/messages',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['messages'], summary: '案件消息（调解沟通等），按时间先后，含已读回执 A page of a case\'s message thread, oldest first, with read receipts', params: IdParams, querystring: MessagesQuery, response: { 200: MessageThread, ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      const { thread, ...page } = req.query;
      return deps.db.transaction(async (tx) => threadPage(tx, actor, await seatInThread(tx, actor, req.params.id, thread), thread, page));
    },
  );

  app.post(
    '/api/v1/cases/:id/messages',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['messages'], summary: '发送消息 Write in a case\'s message thread (text and files uploaded by the author)', params: IdParams, body: PostMessageInput, response: { 201: ThreadMessage, ...errors, 409: ErrorBody, 422: ErrorBody } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const id = await postMessage(deps, actor, req.params.id, req.body);
      reply.status(201);
      return threadMessage(deps.db, actor, id);
    },
  );

  app.post(
    '/api/v1/cases/:id/messages/read',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['messages'], summary: '标记已读 Mark the thread read up to a message (idempotent)', params: IdParams, body: MarkReadInput, response: { 200: MarkReadResult, ...errors } },
    },
    async (req) => markRead(deps, requireActor(req), req.params.id, req.body.thread, req.body.upToMessageId),
  );
}
