// Text messages through a provider. The only transport shipped writes the message to the log and says so: it
// sends nothing, and what it records is never presented as sent (a court plugs in its operator's gateway here).
import type { Logger } from 'pino';

export interface SmsResult {
  /** True only when a real gateway accepted the message. */
  sent: boolean;
  transport: string;
  providerId?: string;
}

export interface SmsProvider {
  readonly name: string;
  send(to: string, text: string): Promise<SmsResult>;
}

export function logSmsProvider(log: Logger): SmsProvider {
  return {
    name: 'log',
    async send(to, text) {
      log.info({ sms: { to, text } }, 'SMS written to the log only (log transport: not sent)');
      return { sent: false, transport: 'log' };
    },
  };
}
