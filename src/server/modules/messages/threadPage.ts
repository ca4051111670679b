// One page of a case's message thread, oldest first: each message with its author and side, its files and the read
// receipts of the other participants; and how many messages of others the caller has not read.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { MessageThread, ThreadMessage } from '../../../contracts/messages';
import type { MessageThreadKindName } from '../../../domain/messages/threadKinds';
import { isThreadOpen } from '../../../domain/messages/threadKinds';
import { ROLE_LABELS, type Role } from '../../../domain/roles/roles';
import type { Actor } from '../../access/actor';
import type { Queryable } from '../../db/database';
import { pageOf, type PageRequest } from '../../http/pagination';
import type { ThreadSeat } from './threadAccess';

type Row = Record<string, any>;

const iso = (d: Date | string) => new Date(d).toISOString();

function present(r: Row, actor: Actor): ThreadMessage {
  const role = r.author_role as Role;
  return {
    id: Number(r.id),
    author: { userId: Number(r.author_id), displayName: r.author_name, role, roleLabel: ROLE_LABELS[role] ?? { 'zh-CN': role, en: role }, side: r.author_side },
    body: r.body,
    createdAt: iso(r.created_at),
    isMine: Number(r.author_id) === actor.userId,
    attachments: (r.files as Row[]).map((f) => ({ id: Number(f.id), fileName: f.file_name, mimeType: f.mime_type, sizeBytes: Number(f.size_bytes) })),
    readBy: (r.reads as Row[]).map((x) => ({ userId: Number(x.user_id), displayName: x.display_name, readAt: iso(x.read_at) })),
  };
}

export async function unreadCount(q: Queryable, caseId: number, thread: string, userId: number): Promise<number> {
  const r = await q.execute<{ n: string }>(sql`
    select count(*) as n from case_messages m
     where m.case_id = ${caseId} and m.thread = ${thread} and m.author_id <> ${userId}
       and not exists (select 1 from case_message_reads r where r.message_id = m.id and r.user_id = ${userId})`);
  return Number(r.rows[0]!.n);
}

/** The messages `where` selects (with its LIMIT/OFFSET), oldest first, with authors, files and receipts. */
const selectMessages = (where: SQL, limitOffset: SQL) => sql`
  select m.*, u.display_name as author_name,
    (select coalesce(json_agg(f order by f.id), '[]') from (
       select a.id, a.file_name, a.mime_type, a.size_bytes from case_message_attachments l join attachments a on a.id = l.attachment_id
        where l.message_id = m.id) f) as files,
    (select coalesce(json_agg(x order by x.read_at, x.user_id), '[]') from (
       select r.user_id, r.read_at, ru.display_name from case_message_reads r join users ru on ru.id = r.user_id
        where r.message_id = m.id and r.user_id <> m.author_id) x) as reads
    from (select * from case_messages m where ${where} order by m.id ${limitOffset}) m
    join users u on u.id = m.author_id
   order by m.id`;

/** One message, as the thread shows it. */
export async function threadMessage(q: Queryable, actor: Actor, messageId: number): Promise<ThreadMessage> {
  const r = await q.execute<Row>(selectMessages(sql`m.id = ${messageId}`, sql``));
  return present(r.rows[0]!, actor);
}

export async function threadPage(q: Queryable, actor: Actor, seat: ThreadSeat, thread: MessageThreadKindName, page: PageRequest): Promise<Static<typeof MessageThread>> {
  const caseId = seat.case.id;
  const where = sql`m.case_id = ${caseId} and m.thread = ${thread}`;
  const list = await pageOf<Row, ThreadMessage>(q, page, (limitOffset) => selectMessages(where, limitOffset), sql`select count(*) as n from case_messages m where ${where}`, (r) => present(r, actor));
  return {
    ...list,
    thread,
    label: seat.kind.label,
    isParticipant: seat.access === 'participant',
    isOpen: isThreadOpen(seat.kind, seat.case.node),
    unreadCount: seat.access === 'participant' ? await unreadCount(q, caseId, thread, actor.userId) : null,
  };
}
