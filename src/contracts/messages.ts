// HTTP contracts of a case's message threads (the kinds: src/domain/messages/threadKinds.ts).
import Type, { type Static } from 'typebox';
import { MESSAGE_MAX_ATTACHMENTS, MESSAGE_MAX_LENGTH, MESSAGE_THREAD_KIND_NAMES } from '../domain/messages/threadKinds';
import { Bilingual, Id, Page, PageQuery } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Thread = Type.Enum(MESSAGE_THREAD_KIND_NAMES, { description: 'the thread kind, e.g. mediation' });

export const MessagesQuery = Type.Object({ thread: Thread, ...PageQuery }, { additionalProperties: false });

export const PostMessageInput = Type.Object(
  {
    thread: Thread,
    /** Trimmed; may be empty only when files are attached. */
    body: Type.String({ maxLength: MESSAGE_MAX_LENGTH }),
    attachmentIds: Type.Optional(Type.Array(Id, { maxItems: MESSAGE_MAX_ATTACHMENTS, uniqueItems: true, description: 'uploads of the author not yet part of any case' })),
  },
  { additionalProperties: false },
);
export type PostMessageInput = Static<typeof PostMessageInput>;

export const MarkReadInput = Type.Object({ thread: Thread, upToMessageId: Id }, { additionalProperties: false });

export const MessageAuthor = Type.Object({
  userId: Id,
  displayName: Type.String(),
  role: Type.String(),
  roleLabel: Bilingual,
  /** The parties the author is or represents (a party or its lawyer); null for the mediator. */
  side: Nullable(Type.String()),
});

export const ThreadMessage = Type.Object({
  id: Id,
  author: MessageAuthor,
  body: Type.String(),
  createdAt: Type.String(),
  isMine: Type.Boolean(),
  attachments: Type.Array(Type.Object({ id: Id, fileName: Type.String(), mimeType: Type.String(), sizeBytes: Type.Integer() })),
  /** Who of the other participants has read it, and when. */
  readBy: Type.Array(Type.Object({ userId: Id, displayName: Type.String(), readAt: Type.String() })),
});
export type ThreadMessage = Static<typeof ThreadMessage>;

export const MessageThread = Type.Object({
  ...Page(ThreadMessage).properties,
  thread: Thread,
  label: Bilingual,
  /** The caller takes part (writes, leaves read receipts); false for a reader such as the filing clerk. */
  isParticipant: Type.Boolean(),
  /** The thread takes new messages (the matter has not ended). */
  isOpen: Type.Boolean(),
  /** Messages of others the caller has not read; null for a reader. */
  unreadCount: Nullable(Type.Integer()),
});
export type MessageThread = Static<typeof MessageThread>;

export const MarkReadResult = Type.Object({ marked: Type.Integer({ description: 'messages newly marked read' }), unreadCount: Type.Integer() });
