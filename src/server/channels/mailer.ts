// E-mail through the SMTP server the court configures (SMTP_URL); without one the e-mail channel is unavailable.
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Config } from '../config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

export interface MailReceipt {
  messageId: string;
  /** The SMTP server's reply to the message (e.g. "250 OK: queued"): the court system's proof of sending. */
  response: string;
  accepted: string[];
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<MailReceipt>;
}

const transports = new Map<string, Transporter>();

export function mailerFor(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer | null {
  const url = config.smtpUrl;
  if (!url) return null;
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  const t = transport;
  return {
    async send(mail) {
      const info = await t.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, attachments: mail.attachments });
      return { messageId: String(info.messageId), response: String(info.response), accepted: (info.accepted as unknown[]).map(String) };
    },
  };
}
