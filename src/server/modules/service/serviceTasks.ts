// Service tasks: one document to one recipient, the method the policy picks, every attempt with its result and
// proof, and — when an attempt serves — the deemed date that starts the recipient's periods (rules.md §3).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import { checkDocumentAvailable } from '../../../domain/casetypes/guards';
import type { SERVED_DOCUMENTS } from '../../../domain/casetypes/eventInputs';
import { electronicChannels } from '../../../domain/service/addressConfirmation';
import { checkAttemptOutcome, deemedByAttempt, type AttemptOutcome } from '../../../domain/service/serviceAttempts';
import { checkServiceMethod, chooseServiceMethod, type DocumentKind, type ServiceFacts, type ServiceMethodName } from '../../../domain/service/serviceRules';
import { refuse } from '../../../domain/errors/domainError';
import { fileEntry } from '../../../domain/transparency/logEntries';
import type { Tx } from '../../db/database';
import { attachments, caseParties, serviceAttempts, serviceTasks } from '../../db/schema';
import { AppError } from '../../http/appError';
import { appendCaseEvent, lockCase, type CaseRow } from '../cases/caseRecord';
import { completeComplaintService, publishServiceNotice, startServicePeriod } from '../cases/effects/serviceEffects';
import { clockEnv } from '../clock/periodStore';
import { queueEntry } from '../transparency/transparencyLog';
import { effectiveConfirmation, type EffectiveConfirmation, type PartyRow } from './addressConfirmations';

export type ServedDocument = (typeof SERVED_DOCUMENTS)[number];
export type TaskRow = typeof serviceTasks.$inferSelect;

/** The facts the service rules need, from the case and the recipient's confirmation in force. */
export function serviceFacts(c: Pick<CaseRow, 'procedure'>, document: string, conf: EffectiveConfirmation | null, publicNoticeReason?: string): ServiceFacts {
  const a = conf?.addresses;
  return {
    document: document as DocumentKind,
    procedure: c.procedure,
    electronicConsent: !!a && a.electronicConsent && electronicChannels(a).length > 0,
    electronicCoversDecisions: a?.consentScope === 'all',
    confirmedPostalAddress: !!a?.postalAddress,
    publicNoticeGrounds: !!publicNoticeReason?.trim(),
  };
}

/** Where the task goes, as the clerk will read it on the mail list or the queue. */
function addressFor(method: ServiceMethodName, conf: EffectiveConfirmation | null, p: PartyRow): string | null {
  const a = conf?.addresses;
  if (method === 'electronic' && a) return electronicChannels(a).map((ch) => (ch === 'platform' ? '平台账号' : ch === 'email' ? a.email : a.mobile)).join('；');
  if (method === 'mail' || method === 'direct' || method === 'leftAtResidence' || method === 'entrusted') return a?.postalAddress ?? p.address;
  return null;
}

async function partiesOf(tx: Tx, caseId: number, ids: number[]): Promise<PartyRow[]> {
  const rows = await tx.select().from(caseParties).where(and(eq(caseParties.caseId, caseId), inArray(caseParties.id, ids)));
  if (rows.length !== ids.length) throw new AppError(422, 'SERVICE_PARTY_UNKNOWN', '受送达人不是本案当事人。', 'A recipient is not a party to this case.');
  return rows;
}

/** Opens a task per recipient; each method is the policy's choice or the one asked for, if lawful for that recipient. */
export async function createServiceTasks(
  tx: Tx,
  c: CaseRow,
  o: { document: ServedDocument; partyIds: number[]; method?: ServiceMethodName; publicNoticeReason?: string; by: number; actorRole: string; today: PlainDate; at: Date },
): Promise<TaskRow[]> {
  if (!c.acceptedOn) refuse('SERVICE_BEFORE_ACCEPTANCE', 'invalid', '案件尚未立案，不能送达。', 'The case is not registered yet: nothing can be served.');
  checkDocumentAvailable(c, o.document);
  const parties = await partiesOf(tx, c.id, [...new Set(o.partyIds)]);
  const open = await tx.execute<{ party_id: string }>(sql`
    select party_id from service_tasks where case_id = ${c.id} and document = ${o.document} and status in ('pending', 'inProgress', 'served')
       and party_id in (${sql.join(parties.map((p) => sql`${p.id}`), sql`, `)})`);
  if (open.rows.length) {
    const names = parties.filter((p) => open.rows.some((r) => Number(r.party_id) === p.id)).map((p) => p.name).join('、');
    throw new AppError(409, 'SERVICE_TASK_EXISTS', `${names}已有该文书的送达任务。`, `${names} already has a service task for this document.`);
  }
  const created: TaskRow[] = [];
  for (const p of parties) {
    const conf = await effectiveConfirmation(tx, p, c);
    const facts = serviceFacts(c, o.document, conf, o.publicNoticeReason);
    const method = o.method ?? chooseServiceMethod(facts);
    checkServiceMethod(method, facts);
    const row = await tx
      .insert(serviceTasks)
      .values({ caseId: c.id, courtId: c.courtId, partyId: p.id, document: o.document, method, address: addressFor(method, conf, p), createdOn: o.today, createdBy: o.by })
      .returning();
    created.push(row[0]!);
  }
  await appendCaseEvent(tx, {
    caseId: c.id,
    event: 'serviceTasksCreated',
    actorId: o.by,
    actorRole: o.actorRole,
    nodeBefore: c.node,
    nodeAfter: c.node,
    payload: { document: o.document, tasks: created.map((t) => ({ party: parties.find((p) => p.id === t.partyId)!.name, method: t.method })) },
    at: o.at,
  });
  return created;
}

export interface AttemptInput {
  method?: ServiceMethodName;
  channel?: string;
  outcome: AttemptOutcome;
  on: PlainDate;
  proofAttachmentId?: number;
  note?: string;
  publicNoticeReason?: string;
  detail?: Record<string, unknown>;
}

/** Locks a task with its case; a finished task takes no more attempts. */
export async function lockOpenTask(tx: Tx, taskId: number, courtId?: number): Promise<{ task: TaskRow; c: CaseRow }> {
  const found = await tx.select().from(serviceTasks).where(eq(serviceTasks.id, taskId));
  const t0 = found[0];
  if (!t0 || (courtId !== undefined && t0.courtId !== courtId)) throw new AppError(404, 'SERVICE_TASK_NOT_FOUND', '送达任务不存在。', 'No such service task.');
  const c = (await lockCase(tx, t0.caseId))!;
  const task = (await tx.select().from(serviceTasks).where(eq(serviceTasks.id, taskId)).for('update'))[0]!;
  if (task.status === 'served' || task.status === 'cancelled') {
    throw new AppError(409, 'SERVICE_TASK_FINISHED', `该送达任务已${task.status === 'served' ? `于 ${task.deemedOn} 完成送达` : '撤销'}，不能再登记送达情况。`, `This task is already ${task.status === 'served' ? `served (${task.deemedOn})` : 'cancelled'}: no more attempts can be recorded.`);
  }
  return { task, c };
}

/** Whether the recipient gave or confirmed the address this attempt used (CPL-Interp art 135; POST art 11). */
function addressConfirmed(method: ServiceMethodName, channel: string | undefined, conf: EffectiveConfirmation | null): boolean {
  if (!conf) return false;
  if (method === 'electronic') return channel === undefined || electronicChannels(conf.addresses).includes(channel as never);
  return !!conf.addresses.postalAddress;
}

/**
 * Records one attempt on a locked open task. If it serves, the task is finished with its deemed date and the
 * recipient's period (答辩期, 上诉期…) starts from that date; otherwise the task stays open for the next attempt.
 */
export async function recordAttempt(
  tx: Tx,
  task: TaskRow,
  c: CaseRow,
  a: AttemptInput,
  o: { by: number | null; actorRole: string; today: PlainDate; at: Date; event?: string; consentByConduct?: boolean },
): Promise<TaskRow> {
  const party = (await partiesOf(tx, c.id, [task.partyId]))[0]!;
  const conf = await effectiveConfirmation(tx, party, c);
  const method = a.method ?? (task.method as ServiceMethodName);
  // ONLINE-LIT art 29(4): reading a document in one's own account without objecting is consent by conduct.
  const facts = serviceFacts(c, task.document, conf, a.publicNoticeReason);
  checkServiceMethod(method, o.consentByConduct ? { ...facts, electronicConsent: true, electronicCoversDecisions: true } : facts);
  checkAttemptOutcome(method, a.outcome);
  if (a.on > o.today) refuse('SERVICE_DATE_IN_FUTURE', 'invalid', '送达日期不能晚于今天。', 'The service date cannot be later than today.');
  if (a.on < task.createdOn) refuse('SERVICE_DATE_BEFORE_TASK', 'invalid', `送达日期不能早于任务创建日 ${task.createdOn}。`, `The date cannot be before the task was opened (${task.createdOn}).`);
  if (a.proofAttachmentId !== undefined) await attachProof(tx, a.proofAttachmentId, c.id, o.by);

  const deemed =
    method === 'publicNotice'
      ? { on: await publishServiceNotice(tx, c, party, task.document, a.publicNoticeReason!.trim(), a.on), source: 'CPL-2023 art 95' }
      : deemedByAttempt({ method, outcome: a.outcome, on: a.on, addressConfirmed: addressConfirmed(method, a.channel, conf), foreignDomicile: party.hasForeignDomicile });
  await tx.insert(serviceAttempts).values({
    taskId: task.id,
    method,
    channel: a.channel ?? null,
    outcome: a.outcome,
    onDate: a.on,
    recordedBy: o.by,
    proofAttachmentId: a.proofAttachmentId ?? null,
    detail: { ...(a.detail ?? {}), ...(a.note ? { note: a.note } : {}), ...(a.publicNoticeReason ? { publicNoticeReason: a.publicNoticeReason } : {}) },
  });
  if (!deemed.on) {
    const r = await tx.update(serviceTasks).set({ method, status: 'inProgress' }).where(eq(serviceTasks.id, task.id)).returning();
    return r[0]!;
  }
  const env = await clockEnv(tx, c.courtId, o.today);
  const label = method === 'electronic' && a.channel === 'platform' ? 'platform' : method;
  const period = await startServicePeriod(tx, env, c, party, task.document, label, deemed.on, deemed.source);
  const r = await tx
    .update(serviceTasks)
    .set({ method, status: 'served', deemedOn: deemed.on, deemedSource: deemed.source, periodDueOn: period?.dueOn ?? null, finishedAt: o.at })
    .where(eq(serviceTasks.id, task.id))
    .returning();
  if (task.document === 'complaintCopy') await completeComplaintService(tx, c.id, o.today);
  await appendCaseEvent(tx, {
    caseId: c.id,
    event: o.event ?? 'serviceCompleted',
    actorId: o.by,
    actorRole: o.actorRole,
    nodeBefore: c.node,
    nodeAfter: c.node,
    payload: { document: task.document, party: party.name, method, channel: a.channel ?? null, outcome: a.outcome, deemedOn: deemed.on, source: deemed.source, periodDueOn: period?.dueOn ?? null },
    at: o.at,
  });
  return r[0]!;
}

/** A proof must be an upload of the recorder's own, not yet in another case; it joins this case's file. */
async function attachProof(tx: Tx, attachmentId: number, caseId: number, by: number | null) {
  const r = await tx.execute<{ case_id: string | null; uploaded_by: number }>(sql`select case_id, uploaded_by from attachments where id = ${attachmentId} for update`);
  const a = r.rows[0];
  if (!a || a.uploaded_by !== by || (a.case_id !== null && Number(a.case_id) !== caseId)) {
    throw new AppError(422, 'SERVICE_PROOF_INVALID', '送达凭证须是您本人刚上传的文件。', 'The proof must be a file you uploaded yourself.');
  }
  const row = (await tx.update(attachments).set({ caseId, category: 'serviceProof' }).where(eq(attachments.id, attachmentId)).returning())[0]!;
  await queueEntry(tx, 'caseFile', row.id, fileEntry({ ...row, caseId }));
}

/**
 * The method must be lawful for this recipient (consent, 调解书 in person, public notice's grounds) when a service is
 * recorded after the fact too: the same rule as for a task (CPL-2023 arts 90, 95; CPL-Interp arts 133, 140).
 */
export async function checkRecordedMethod(tx: Tx, c: CaseRow, p: PartyRow, document: string, method: ServiceMethodName, publicNoticeReason?: string): Promise<void> {
  checkServiceMethod(method, serviceFacts(c, document, await effectiveConfirmation(tx, p, c), publicNoticeReason));
}

/** A service recorded after the fact (the recordService event): one task, finished by its one attempt. */
export async function recordFinishedTask(
  tx: Tx,
  o: { caseId: number; courtId: number; partyId: number; document: string; method: string; on: PlainDate; deemedOn: PlainDate; periodDueOn: PlainDate | null; by: number; today: PlainDate },
) {
  const row = await tx
    .insert(serviceTasks)
    .values({ caseId: o.caseId, courtId: o.courtId, partyId: o.partyId, document: o.document, method: o.method, status: 'served', createdOn: o.on < o.today ? o.on : o.today, createdBy: o.by, deemedOn: o.deemedOn, periodDueOn: o.periodDueOn, finishedAt: new Date() })
    .returning({ id: serviceTasks.id });
  const outcome: AttemptOutcome = o.method === 'publicNotice' ? 'posted' : o.method === 'leftAtResidence' ? 'left' : o.method === 'electronic' ? 'arrived' : 'signed';
  await tx.insert(serviceAttempts).values({ taskId: row[0]!.id, method: o.method, outcome, onDate: o.on, recordedBy: o.by, detail: { recordedAfterTheFact: true } });
}
