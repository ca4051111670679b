// 我的通知 over HTTP: every signed-in user (staff or party) lists, counts and marks read their own notifications;
// someone else's is "not found", never "forbidden", so an id reveals nothing.
import { sql } from 'drizzle-orm';
import { ErrorBody, IdParams, Page } from '../../../contracts/common';
import { MarkedRead, Notification, NotificationListQuery, UnreadCount, type NOTIFICATION_SORT_COLUMNS } from '../../../contracts/notifications';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { orderBy, type SortColumns } from '../../lists/sorting';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const COLUMNS = sql`id, kind, title, body, link, case_id, created_at, read_at`;
const SORTS: SortColumns<(typeof NOTIFICATION_SORT_COLUMNS)[number]> = { createdAt: sql`created_at`, kind: sql`kind` };

type Row = { id: string; kind: string; title: Notification['title']; body: Notification['body']; link: string | null; case_id: string | null; created_at: Date; read_at: Date | null };

function present(r: Row): Notification {
  return {
    id: Number(r.id),
    kind: r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    caseId: r.case_id === null ? null : Number(r.case_id),
    createdAt: new Date(r.created_at).toISOString(),
    readAt: r.read_at === null ? null : new Date(r.read_at).toISOString(),
  };
}

export function notificationRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/notifications',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: '我的通知 My notifications: unread first, newest first (or as sorted)', querystring: NotificationListQuery, response: { 200: Page(Notification), ...errors } } },
    async (req) => {
      const q = req.query;
      const cond = sql`user_id = ${requireActor(req).userId}${q.unread ? sql` and read_at is null` : sql``}`;
      const order = q.sort ? orderBy(SORTS, q.sort, '-createdAt', sql`id`) : sql`read_at is not null, created_at desc, id desc`;
      return pageOf<Row, Notification>(deps.db, q, sql`select ${COLUMNS} from notifications where ${cond} order by ${order}`, sql`select count(*) as n from notifications where ${cond}`, present);
    },
  );

  app.get(
    '/api/v1/notifications/unread-count',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: '未读通知数 How many of my notifications are unread (the bell\'s badge)', response: { 200: UnreadCount, ...errors } } },
    async (req) => {
      const r = await deps.db.execute<{ n: string }>(sql`select count(*) as n from notifications where user_id = ${requireActor(req).userId} and read_at is null`);
      return { unread: Number(r.rows[0]!.n) };
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: '标为已读 Mark one of my notifications read (again: no change)', params: IdParams, response: { 200: Notification, ...errors } } },
    async (req) => {
      const userId = requireActor(req).userId;
      // One statement: the first reading sets read_at, a later one keeps it.
      const r = await deps.db.execute<Row>(sql`
        update notifications set read_at = coalesce(read_at, now()) where id = ${req.params.id} and user_id = ${userId} returning ${COLUMNS}`);
      if (!r.rows[0]) throw new AppError(404, 'NOTIFICATION_NOT_FOUND', '通知不存在。', 'No such notification.');
      return present(r.rows[0]);
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: '全部标为已读 Mark all my notifications read', response: { 200: MarkedRead, ...errors } } },
    async (req) => {
      const r = await deps.db.execute(sql`update notifications set read_at = now() where user_id = ${requireActor(req).userId} and read_at is null`);
      return { marked: r.rowCount ?? 0 };
    },
  );
}
