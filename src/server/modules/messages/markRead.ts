// A participant has read the thread up to a message: a receipt for each message of others up to it, once (a second
// call changes nothing). Readers who do not take part (the filing clerk) leave no receipts.
import { sql } from 'drizzle-orm';
import type { MessageThreadKindName } from '../../../domain/messages/threadKinds';
import type { Actor } from '../../access/actor';
import type { Deps } from '../../deps';
import { requireParticipant, seatInThread } from './threadAccess';
import { unreadCount } from './threadPage';

export async function markRead(deps: Deps, actor: Actor, caseId: number, thread: MessageThreadKindName, upToMessageId: number) {
  return deps.db.transaction(async (tx) => {
    requireParticipant(await seatInThread(tx, actor, caseId, thread));
    const r = await tx.execute(sql`
      insert into case_message_reads (message_id, user_id, read_at)
      select m.id, ${actor.userId}, ${deps.clock.now()} from case_messages m
       where m.case_id = ${caseId} and m.thread = ${thread} and m.id <= ${upToMessageId} and m.author_id <> ${actor.userId}
      on conflict (message_id, user_id) do nothing`);
    return { marked: r.rowCount ?? 0, unreadCount: await unreadCount(tx, caseId, thread, actor.userId) };
  });
}
