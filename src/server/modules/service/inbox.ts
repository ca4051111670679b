// 我的送达: the files served on a party through the platform. Opening one in the portal is what serves it on a
// party that did not give this address (ONLINE-LIT art 31): the first opening by the addressee records the service
// and starts its periods; later openings and downloads change nothing. The addressee, its lawyer and the staff of
// the serving court may download it; anyone else is told it does not exist.
import { eq, sql } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { Bilingual, ErrorBody, IdParams, Page, PageQuery } from '../../../contracts/common';
import { platformServiceDate } from '../../../domain/service/serviceRules';
import { documentLabel } from '../../../domain/service/serviceLabels';
import type { Actor } from '../../access/actor';
import { relationToCase } from '../../access/casePolicy';
import { BlobMissingError } from '../../blobs/blobStore';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import type { Tx } from '../../db/database';
import { caseParties, serviceTasks } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { appendCaseEvent, loadCase, lockCase, type CaseRow } from '../cases/caseRecord';
import { completeComplaintService, startServicePeriod } from '../cases/effects/serviceEffects';
import { clockEnv } from '../clock/periodStore';
import { recordAttempt } from './serviceTasks';

const InboxItem = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  courtName: Type.String(),
  document: Type.String(),
  label: Bilingual,
  /** The served file's name; null only for deliveries made before files were attached. */
  fileName: Type.Union([Type.String(), Type.Null()]),
  sentAt: Type.String(),
  readAt: Type.Union([Type.String(), Type.Null()]),
  deemedOn: Type.Union([Type.String(), Type.Null()]),
});

const INBOX_SELECT = sql`select d.*, k.case_number, ct.name as court_name, f.file_name from service_deliveries d join cases k on k.id = d.case_id join courts ct on ct.id = d.court_id left join attachments f on f.id = d.attachment_id`;

function inboxItem(d: Record<string, any>): Static<typeof InboxItem> {
  return {
    id: Number(d.id),
    caseId: Number(d.case_id),
    caseNumber: d.case_number,
    courtName: d.court_name,
    document: d.document,
    label: documentLabel(d.document),
    fileName: d.file_name ?? null,
    sentAt: new Date(d.sent_at).toISOString(),
    readAt: d.read_at ? new Date(d.read_at).toISOString() : null,
    deemedOn: d.deemed_on,
  };
}

/** A delivery sent before service tasks existed: served on reading, without a task (kept for data of earlier versions). */
async function serveUntrackedDelivery(tx: Tx, c: CaseRow, d: Record<string, any>, actorId: number, today: PlainDate, at: Date) {
  const deemed = platformServiceDate({ gaveThisAddress: d.address_confirmed, sentOn: d.sent_on, readOn: today });
  const deemedOn = deemed.on!;
  await tx.execute(sql`update service_deliveries set deemed_on = ${deemedOn} where id = ${d.id}`);
  const party = (await tx.select().from(caseParties).where(eq(caseParties.id, Number(d.party_id))))[0]!;
  const period = await startServicePeriod(tx, await clockEnv(tx, c.courtId, today), c, party, d.document, 'platform', deemedOn, deemed.source);
  if (d.document === 'complaintCopy') await completeComplaintService(tx, c.id, today);
  await appendCaseEvent(tx, { caseId: c.id, event: 'platformServiceRead', actorId, actorRole: 'party', nodeBefore: c.node, nodeAfter: c.node, payload: { document: d.document, party: party.name, deemedOn, periodDueOn: period?.dueOn ?? null }, at });
}

/** The addressee opened the served file: recorded once; serves it if it was not served on arrival. */
async function recordOpening(deps: Deps, actor: Actor, deliveryId: number) {
  const today = deps.clock.today();
  await deps.db.transaction(async (tx) => {
    const d0 = (await tx.execute<Record<string, any>>(sql`select case_id from service_deliveries where id = ${deliveryId}`)).rows[0]!;
    const c = (await lockCase(tx, Number(d0.case_id)))!;
    // Locked with the case: a second opening (another tab) finds it read and changes nothing.
    const d = (await tx.execute<Record<string, any>>(sql`select * from service_deliveries where id = ${deliveryId} for update`)).rows[0]!;
    if (d.read_at) return;
    await tx.execute(sql`update service_deliveries set read_at = now() where id = ${d.id}`);
    if (d.deemed_on) return;
    if (d.task_id === null) return serveUntrackedDelivery(tx, c, d, actor.userId, today, deps.clock.now());
    const task = (await tx.select().from(serviceTasks).where(eq(serviceTasks.id, Number(d.task_id))).for('update'))[0]!;
    if (task.status !== 'inProgress' && task.status !== 'pending') return;
    // Opened in the recipient's own account: served that day (ONLINE-LIT art 31), and consent by conduct (art 29(4)).
    const done = await recordAttempt(tx, task, c, { method: 'electronic', channel: 'platform', outcome: 'read', on: today, detail: { attachmentId: d.attachment_id } }, { by: actor.userId, actorRole: 'party', today, at: deps.clock.now(), event: 'platformServiceRead', consentByConduct: true });
    await tx.execute(sql`update service_deliveries set deemed_on = ${done.deemedOn} where id = ${d.id}`);
  });
}

const notFound = () => new AppError(404, 'DELIVERY_NOT_FOUND', '送达记录不存在。', 'No such document.');

/** The delivery and whether the actor is its addressee; its lawyer and the serving court's staff may see it too. */
async function visibleDelivery(deps: Deps, actor: Actor, id: number) {
  const r = await deps.db.execute<Record<string, any>>(sql`${INBOX_SELECT} where d.id = ${id}`);
  const d = r.rows[0];
  if (!d) throw notFound();
  if (Number(d.user_id) === actor.userId) return { d, isAddressee: true };
  const relation = await deps.db.transaction(async (tx) => relationToCase(tx, actor, (await loadCase(tx, Number(d.case_id)))!));
  const isCourtStaff = relation.isStaffOfCourt && relation.canView;
  if (!isCourtStaff && !relation.partyIds.includes(Number(d.party_id))) throw notFound();
  return { d, isAddressee: false };
}

export function inboxRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/inbox',
    { config: { access: 'authenticated' }, schema: { tags: ['service'], summary: '我的送达 Documents served on me through the platform', querystring: Type.Object(PageQuery, { additionalProperties: false }), response: { 200: Page(InboxItem) } } },
    async (req) => {
      const cond = sql`d.user_id = ${requireActor(req).userId}`;
      return pageOf<Record<string, any>, Static<typeof InboxItem>>(
        deps.db,
        req.query,
        sql`${INBOX_SELECT} where ${cond} order by d.read_at is not null, d.sent_at desc, d.id desc`,
        sql`select count(*) as n from service_deliveries d where ${cond}`,
        inboxItem,
      );
    },
  );

  app.get(
    '/api/v1/inbox/:id',
    { config: { access: 'authenticated' }, schema: { tags: ['service'], summary: '送达记录 One document served through the platform', params: IdParams, response: { 200: InboxItem, 404: ErrorBody } } },
    async (req) => inboxItem((await visibleDelivery(deps, requireActor(req), req.params.id)).d),
  );

  app.get(
    '/api/v1/inbox/:id/file',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['service'],
        summary: '打开送达文书 Open the served file (the addressee\'s first opening serves it, ONLINE-LIT art 31); again later to download',
        params: IdParams,
        querystring: Type.Object({ download: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: { 200: Type.Any({ description: 'the file' }), 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { d, isAddressee } = await visibleDelivery(deps, actor, req.params.id);
      if (d.attachment_id === null) throw new AppError(409, 'DELIVERY_WITHOUT_FILE', '这份送达记录没有附带文件（早期版本的记录），请联系承办法院。', 'This delivery has no file (made by an earlier version); contact the court.');
      const f = (await deps.db.execute<{ file_name: string; mime_type: string; storage_key: string; sha256: string }>(sql`select file_name, mime_type, storage_key, sha256 from attachments where id = ${d.attachment_id}`)).rows[0]!;
      let stream;
      try {
        stream = await deps.blobs.open(f.storage_key);
      } catch (e) {
        if (!(e instanceof BlobMissingError)) throw e;
        throw new AppError(500, 'FILE_CONTENT_MISSING', '该文书的文件内容缺失，请联系管理员。', 'The content of this document is missing; contact the administrator.');
      }
      // Only once the file can be sent: an opening that fails does not serve.
      if (isAddressee) {
        try {
          await recordOpening(deps, actor, Number(d.id));
        } catch (e) {
          stream.destroy();
          throw e;
        }
      }
      reply.header('content-type', f.mime_type);
      reply.header('content-disposition', `${req.query.download || f.mime_type !== 'application/pdf' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(f.file_name)}`);
      reply.header('x-content-sha256', f.sha256);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('cache-control', 'private, no-store');
      return reply.send(stream);
    },
  );
}
