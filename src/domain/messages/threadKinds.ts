// Message threads of a case: each kind declares on which case types it exists, at which nodes it takes no new
// messages (reading stays possible), who takes part and who may only read. Roles are those the case policy gives
// the user on the case (src/server/access/casePolicy.ts), so "the matter's mediator" is the policy's own answer.
import type { BilingualMessage } from '../errors/domainError';
import { refuse } from '../errors/domainError';
import { preFilingMediation } from '../casetypes/preFilingMediation';
import type { Role } from '../roles/roles';

export interface MessageThreadKind {
  kind: string;
  label: BilingualMessage;
  /** Case types (类型代字) on which the thread exists. */
  caseTypes: readonly string[];
  /** Nodes at which the thread is closed: no new message, reading and read receipts stay possible. */
  closedAt: readonly string[];
  /** Case roles that write, read and leave read receipts. */
  participants: readonly Role[];
  /** Case roles that read the thread without taking part (and leave no receipt). */
  readers: readonly Role[];
}

/**
 * 诉前调解 (issue 16 item 4): the mediator acting on the entrusted matter (ONLINE-MED arts 10–12: the designated one,
 * or the organisation's while it names no one; not one who declined) and the parties and their lawyers talk; the
 * court's filing clerk (诉调对接) follows. The thread closes with the mediation (agreement, failure, withdrawal:
 * ONLINE-MED arts 20, 21, 25).
 */
export const MEDIATION_THREAD: MessageThreadKind = {
  kind: 'mediation',
  label: { 'zh-CN': '调解沟通', en: 'Mediation messages' },
  caseTypes: [preFilingMediation.code],
  closedAt: preFilingMediation.terminal,
  participants: ['mediator', 'party', 'lawyer'],
  readers: ['filingClerk'],
};

export const MESSAGE_THREAD_KINDS = { mediation: MEDIATION_THREAD } as const satisfies Record<string, MessageThreadKind>;
export type MessageThreadKindName = keyof typeof MESSAGE_THREAD_KINDS;
export const MESSAGE_THREAD_KIND_NAMES = Object.keys(MESSAGE_THREAD_KINDS) as MessageThreadKindName[];

/** A message's text: at most this many characters after trimming. */
export const MESSAGE_MAX_LENGTH = 2000;
/** Files one message may carry. */
export const MESSAGE_MAX_ATTACHMENTS = 5;

export type ThreadAccess = 'participant' | 'reader' | 'none';

/** How a user with these roles on the case stands in the thread; a participant role wins over a reader's. */
export function threadAccess(kind: MessageThreadKind, roles: readonly Role[]): ThreadAccess {
  if (roles.some((r) => kind.participants.includes(r))) return 'participant';
  if (roles.some((r) => kind.readers.includes(r))) return 'reader';
  return 'none';
}

/** The participant role a user writes in: the first of the kind's participant roles the user holds. */
export function authorRole(kind: MessageThreadKind, roles: readonly Role[]): Role | null {
  return kind.participants.find((r) => roles.includes(r)) ?? null;
}

export function isThreadOpen(kind: MessageThreadKind, node: string): boolean {
  return !kind.closedAt.includes(node);
}

/** The text as stored: trimmed; refused when empty without files. */
export function messageText(body: string, attachmentCount: number): string {
  const text = body.trim();
  if (!text && attachmentCount === 0) refuse('MESSAGE_EMPTY', 'invalid', '请输入消息内容或添加附件。', 'Write a message or attach a file.', { field: 'body' });
  return text;
}
