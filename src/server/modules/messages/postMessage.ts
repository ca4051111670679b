// A participant writes in a case's message thread: the text (trimmed), and files the author uploaded and no case
// holds yet — they join the case (and the transparency log) with the message, in the same transaction.
import { sql } from 'drizzle-orm';
import type { PostMessageInput } from '../../../contracts/messages';
import { authorRole, isThreadOpen, messageText } from '../../../domain/messages/threadKinds';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { claimAttachments } from '../filings/filingContent';
import { requireParticipant, seatInThread } from './threadAccess';

export async function postMessage(deps: Deps, actor: Actor, caseId: number, input: PostMessageInput): Promise<number> {
  const ids = input.attachmentIds ?? [];
  return deps.db.transaction(async (tx) => {
    const seat = await seatInThread(tx, actor, caseId, input.thread, { lock: true });
    requireParticipant(seat);
    if (!isThreadOpen(seat.kind, seat.case.node)) {
      throw new AppError(409, 'MESSAGE_THREAD_CLOSED', '该事项已结束，不能再发送消息；已有消息仍可查看。', 'This matter has ended: no new messages; the thread can still be read.');
    }
    const body = messageText(input.body, ids.length);
    await checkUnclaimed(tx, actor, ids);
    await claimAttachments(tx, caseId, actor, ids);
    const side = await sideOf(tx, seat.relation.partyIds);
    const role = authorRole(seat.kind, seat.roles)!;
    const r = await tx.execute<{ id: number }>(sql`
      insert into case_messages (case_id, thread, author_id, author_role, author_side, body, created_at)
      values (${caseId}, ${input.thread}, ${actor.userId}, ${role}, ${role === 'party' || role === 'lawyer' ? side : null}, ${body}, ${deps.clock.now()}) returning id`);
    const id = Number(r.rows[0]!.id);
    if (ids.length) {
      const list = sql`${`{${ids.join(',')}}`}::bigint[]`;
      await tx.execute(sql`insert into case_message_attachments (attachment_id, message_id) select unnest(${list}), ${id}`);
      await tx.execute(sql`update attachments set category = 'message' where id = any(${list})`);
    }
    return id;
  });
}

/** A message carries only files its author uploaded that are not yet part of any case (locked against a second use). */
async function checkUnclaimed(tx: Tx, actor: Actor, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const r = await tx.execute<{ id: number }>(sql`
    select id from attachments where id = any(${`{${ids.join(',')}}`}::bigint[]) and uploaded_by = ${actor.userId} and case_id is null for update`);
  const free = new Set(r.rows.map((x) => Number(x.id)));
  const refused = ids.filter((id) => !free.has(id));
  if (refused.length) {
    throw new AppError(422, 'ATTACHMENT_INVALID', '部分附件不存在、不是您上传的或已用于其他案件或消息，请重新上传。', 'Some attachments do not exist, are not yours, or are already part of a case or message; upload them again.', { attachmentIds: refused });
  }
}

/** The parties the author is or represents, by name, in the case's order. */
async function sideOf(tx: Tx, partyIds: number[]): Promise<string | null> {
  if (!partyIds.length) return null;
  const r = await tx.execute<{ names: string | null }>(sql`
    select string_agg(name, '、' order by ordinal) as names from case_parties where id = any(${`{${partyIds.join(',')}}`}::bigint[])`);
  return r.rows[0]?.names ?? null;
}
