// Electronic service of a task through the channels the recipient consented to, in order: the platform inbox,
// e-mail (SMTP), SMS. The first that reaches the recipient serves the task (rules.md §3.2, ONLINE-LIT arts 29–33:
// the earliest effective service counts); an SMS through the log transport is recorded as logged, never as sent.
import { eq, sql } from 'drizzle-orm';
import { electronicChannels, type ElectronicChannel } from '../../../domain/service/addressConfirmation';
import { checkServiceMethod } from '../../../domain/service/serviceRules';
import { documentLabel } from '../../../domain/service/serviceLabels';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import type { Tx } from '../../db/database';
import { caseParties, serviceDeliveries } from '../../db/schema';
import type { Deps } from '../../deps';
import { mailerFor, type OutgoingMail } from '../../channels/mailer';
import { logSmsProvider } from '../../channels/sms';
import type { CaseRow } from '../cases/caseRecord';
import { effectiveConfirmation, type PartyRow } from './addressConfirmations';
import { servedFile } from './servedFile';
import { recordAttempt, serviceFacts, type TaskRow } from './serviceTasks';

export interface ChannelResult {
  channel: ElectronicChannel;
  /** arrived: served through it; failed: the server refused; logged: written to the log only; unavailable: not configured; skipped: already served. */
  outcome: 'arrived' | 'failed' | 'logged' | 'unavailable' | 'skipped';
  detail?: string;
}

const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

async function mailFor(tx: Tx, deps: Deps, c: CaseRow, task: TaskRow, party: PartyRow, to: string): Promise<OutgoingMail> {
  const court = (await tx.execute<{ name: string }>(sql`select name from courts where id = ${c.courtId}`)).rows[0]!.name;
  const doc = documentLabel(task.document)['zh-CN'];
  const attachments: OutgoingMail['attachments'] = [];
  // The complaint copy goes with the complaint the filer uploaded; other documents are fetched on the platform.
  if (task.document === 'complaintCopy') {
    const files = await tx.execute<{ file_name: string; mime_type: string; storage_key: string; size_bytes: string }>(
      sql`select file_name, mime_type, storage_key, size_bytes from attachments where case_id = ${c.id} and category = 'complaint' order by id`,
    );
    let total = 0;
    for (const f of files.rows) {
      total += Number(f.size_bytes);
      if (total > MAX_ATTACHMENT_BYTES) break;
      const chunks: Buffer[] = [];
      for await (const chunk of await deps.blobs.open(f.storage_key)) chunks.push(chunk as Buffer);
      attachments.push({ filename: f.file_name, content: Buffer.concat(chunks), contentType: f.mime_type });
    }
  }
  const text = [
    `${party.name}：`,
    '',
    `${court}${c.caseNumber ? `（${c.caseNumber}）` : ''}依法向您电子送达${doc}。根据您签署的送达地址确认书，本邮件到达您的邮箱之日即为送达之日（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百三十五条）。`,
    attachments.length ? `文书见附件。` : `请登录 ${deps.config.publicUrl}/inbox 查看文书，或与承办法院联系。`,
    '',
    `${court}`,
  ].join('\n');
  return { to, subject: `【${court}】${c.caseNumber ?? ''} ${doc}送达`, text, attachments };
}

export async function sendElectronically(tx: Tx, deps: Deps, task: TaskRow, c: CaseRow, o: { by: number; actorRole: string; today: PlainDate; at: Date }) {
  const p = (await tx.select().from(caseParties).where(eq(caseParties.id, task.partyId)))[0]!;
  const conf = await effectiveConfirmation(tx, p, c);
  // CPL-2023 art 90: no electronic service without the recipient's consent (and its scope for decisions).
  checkServiceMethod('electronic', serviceFacts(c, task.document, conf));
  const results: ChannelResult[] = [];
  let current = task;
  for (const channel of electronicChannels(conf!.addresses)) {
    if (current.status === 'served') {
      results.push({ channel, outcome: 'skipped' });
      continue;
    }
    const attempt = (outcome: 'arrived' | 'failed' | 'logged', detail: Record<string, unknown>) =>
      recordAttempt(tx, current, c, { method: 'electronic', channel, outcome, on: o.today, detail }, o);
    if (channel === 'platform') {
      const attachmentId = await servedFile(tx, deps, c, task.document, { by: o.by, today: o.today });
      await tx.insert(serviceDeliveries).values({ caseId: c.id, courtId: c.courtId, partyId: p.id, userId: p.userId!, document: task.document, addressConfirmed: true, sentOn: o.today, sentBy: o.by, deemedOn: o.today, taskId: task.id, attachmentId });
      current = await attempt('arrived', {});
      results.push({ channel, outcome: 'arrived' });
    } else if (channel === 'email') {
      const mailer = mailerFor(deps.config);
      if (!mailer) {
        results.push({ channel, outcome: 'unavailable', detail: 'SMTP_URL not set' });
        continue;
      }
      const to = conf!.addresses.email!;
      try {
        const receipt = await mailer.send(await mailFor(tx, deps, c, task, p, to));
        current = await attempt('arrived', { to, messageId: receipt.messageId, response: receipt.response });
        results.push({ channel, outcome: 'arrived', detail: receipt.response });
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        deps.log.warn({ err: e, taskId: task.id }, 'e-mail service failed');
        current = await attempt('failed', { to, error });
        results.push({ channel, outcome: 'failed', detail: error });
      }
    } else {
      const to = conf!.addresses.mobile!;
      const doc = documentLabel(task.document)['zh-CN'];
      const sms = await logSmsProvider(deps.log).send(to, `【法院送达】${p.name}，${c.caseNumber ?? ''}${doc}已向您送达，请登录 ${deps.config.publicUrl}/inbox 查看。`);
      current = await attempt(sms.sent ? 'arrived' : 'logged', { to, transport: sms.transport, ...(sms.providerId ? { providerId: sms.providerId } : {}) });
      results.push({ channel, outcome: sms.sent ? 'arrived' : 'logged', detail: sms.sent ? undefined : 'log transport: not sent' });
    }
  }
  return { task: current, channels: results };
}
