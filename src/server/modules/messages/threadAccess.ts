// Who stands where in a case's message thread: the case policy's relation (404 for who may not see the case),
// read against the thread kind's declaration (403 for who sees the case but is not in the thread).
import { eq, sql } from 'drizzle-orm';
import { MESSAGE_THREAD_KINDS, threadAccess, type MessageThreadKind, type MessageThreadKindName, type ThreadAccess } from '../../../domain/messages/threadKinds';
import type { Role } from '../../../domain/roles/roles';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase, type CaseRelation } from '../../access/casePolicy';
import type { Queryable, Tx } from '../../db/database';
import { cases } from '../../db/schema';
import { AppError } from '../../http/appError';
import type { CaseRow } from '../cases/caseRecord';

export interface ThreadSeat {
  case: CaseRow;
  kind: MessageThreadKind;
  relation: CaseRelation;
  access: Exclude<ThreadAccess, 'none'>;
  /** The case roles the actor holds for the thread (none from a relation limited to some events). */
  roles: readonly Role[];
}

const threadForbidden = () =>
  new AppError(403, 'MESSAGE_THREAD_FORBIDDEN', '您可以查看本案，但不是该消息会话的参与人。', 'You may see this case but do not take part in this message thread.');

export const threadNotFound = () => new AppError(404, 'MESSAGE_THREAD_NOT_FOUND', '本案没有该类消息会话。', 'This case has no message thread of that kind.');

/** The case roles that count in a thread: a relation limited to some events (a higher court's one decision) has none. */
export const threadRoles = (relation: CaseRelation): readonly Role[] => (relation.onlyEvents ? [] : relation.roles);

/**
 * The actor's seat in the thread of the case, or the refusal: 404 when the case is not theirs to see or has no such
 * thread, 403 when they see it but are not in the thread. With `lock`, the case row is held (shared) until the
 * transaction ends, so that the matter cannot end between the check and the message.
 */
export async function seatInThread(tx: Tx, actor: Actor, caseId: number, kindName: MessageThreadKindName, o: { lock?: boolean } = {}): Promise<ThreadSeat> {
  const q = tx.select().from(cases).where(eq(cases.id, caseId));
  const c = (o.lock ? await q.for('share') : await q)[0];
  if (!c) throw caseNotFound();
  const relation = await relationToCase(tx, actor, c);
  if (!relation.canView) throw caseNotFound();
  const kind: MessageThreadKind = MESSAGE_THREAD_KINDS[kindName];
  if (!kind.caseTypes.includes(c.caseType)) throw threadNotFound();
  const roles = threadRoles(relation);
  const access = threadAccess(kind, roles);
  if (access === 'none') throw threadForbidden();
  return { case: c, kind, relation, access, roles };
}

export function requireParticipant(seat: ThreadSeat): void {
  if (seat.access !== 'participant') throw threadForbidden();
}

/** The thread kind whose message carries this file, if any: such a file is for the thread's readers only. */
export async function threadOfAttachment(q: Queryable, attachmentId: number): Promise<MessageThreadKind | null> {
  const r = await q.execute<{ thread: string }>(sql`
    select m.thread from case_message_attachments l join case_messages m on m.id = l.message_id where l.attachment_id = ${attachmentId}`);
  const name = r.rows[0]?.thread;
  return name && Object.hasOwn(MESSAGE_THREAD_KINDS, name) ? MESSAGE_THREAD_KINDS[name as MessageThreadKindName] : null;
}
