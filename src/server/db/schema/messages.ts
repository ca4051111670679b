// Message threads of a case (src/domain/messages/threadKinds.ts): the messages, their files and who read them.
import { bigint, bigserial, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { attachments, cases } from './cases';
import { users } from './people';

export const caseMessages = pgTable(
  'case_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => cases.id),
    /** MESSAGE_THREAD_KINDS of src/domain/messages/threadKinds.ts. */
    thread: text('thread').notNull(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    /** The case role the author wrote in (mediator, party, lawyer …). */
    authorRole: text('author_role').notNull(),
    /** The parties the author is or represents, as named when writing; null for court and mediator roles. */
    authorSide: text('author_side'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_messages_thread_idx').on(t.caseId, t.thread, t.id)],
);

/** A file carried by a message: an upload of its author, claimed for the case with the message, carried once. */
export const caseMessageAttachments = pgTable(
  'case_message_attachments',
  {
    attachmentId: bigint('attachment_id', { mode: 'number' })
      .primaryKey()
      .references(() => attachments.id),
    messageId: bigint('message_id', { mode: 'number' })
      .notNull()
      .references(() => caseMessages.id),
  },
  (t) => [index('case_message_attachments_message_idx').on(t.messageId)],
);

/** A read receipt: the participant saw the message (marked once; later marks change nothing). */
export const caseMessageReads = pgTable(
  'case_message_reads',
  {
    messageId: bigint('message_id', { mode: 'number' })
      .notNull()
      .references(() => caseMessages.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.userId] }), index('case_message_reads_user_idx').on(t.userId, t.messageId)],
);
