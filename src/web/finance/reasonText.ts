// A match outcome's reason code as words; codes this build does not know show as they are.
import type { MessageKey } from '../i18n/messages';
import { financeMessages } from './financeMessages';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function reasonText(t: T, reason: string | null): string {
  if (!reason) return '';
  const key = `reason.${reason}`;
  return key in financeMessages ? t(key as MessageKey) : reason;
}
