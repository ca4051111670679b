// 我的通知: the signed-in user's in-app notifications (the one who receives them is the only one who sees them).
import Type, { type Static } from 'typebox';
import { Bilingual, Id, PageQuery, SortParam } from './common';

export const NOTIFICATION_SORT_COLUMNS = ['createdAt', 'kind'] as const;

export const NotificationListQuery = Type.Object(
  {
    /** Only the unread ones. */
    unread: Type.Optional(Type.Boolean()),
    /** Without it: unread first, then newest first. */
    sort: SortParam(NOTIFICATION_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type NotificationListQuery = Static<typeof NotificationListQuery>;

export const Notification = Type.Object({
  id: Id,
  /** What it is about, e.g. 'executionFundReport'. */
  kind: Type.String(),
  title: Bilingual,
  body: Bilingual,
  /** A path of the web app to open, e.g. /execution/fund-reports?report=12. */
  link: Type.Union([Type.String(), Type.Null()]),
  caseId: Type.Union([Id, Type.Null()]),
  createdAt: Type.String({ description: 'ISO instant' }),
  readAt: Type.Union([Type.String(), Type.Null()]),
});
export type Notification = Static<typeof Notification>;

export const UnreadCount = Type.Object({ unread: Type.Integer({ minimum: 0 }) });
export type UnreadCount = Static<typeof UnreadCount>;

export const MarkedRead = Type.Object({ marked: Type.Integer({ minimum: 0, description: 'how many were unread and are now read' }) });
export type MarkedRead = Static<typeof MarkedRead>;
