// What an agency does with a request addressed to it: answers an inquiry (the assets found land in the case's asset
// list), executes or refuses a control, and files its e-sealed receipt. Each is one transaction under the case's lock,
// on the case's timeline, and tells the officer. A request of another agency, or still awaiting approval, is 404.
import { sql } from 'drizzle-orm';
import { checkInquiryAnswer, nextStatus, REQUEST_KIND_LABELS, type ControlKind, type InquiryAnswer, type RequestKind, type RequestStatus } from '../../../domain/execution/assetControl';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { appendCaseEvent, lockCase, type CaseRow } from '../cases/caseRecord';
import { claimAttachments } from '../filings/filingContent';
import { notifyUsers, type NewNotification } from '../notifications/notify';
import { agencyOfActor } from './agencies';
import { applyExecutedControl } from './controls';

export const requestNotFound = () => new AppError(404, 'CONTROL_REQUEST_NOT_FOUND', '协助执行请求不存在。', 'No such request.');

export type RequestRow = {
  id: number;
  case_id: number;
  party_id: number;
  agency_id: number;
  agency_name: string;
  kind: RequestKind;
  status: RequestStatus;
  asset_id: number | null;
  control_id: number | null;
  amount_fen: number | null;
  receipt_attachment_id: number | null;
};

/** The agency's own request, visible to it (sent or later), locked with its case. */
async function lockedAgencyRequest(tx: Tx, actor: Actor, id: number): Promise<{ c: CaseRow; r: RequestRow }> {
  const agencyId = await agencyOfActor(tx, actor);
  const found = await tx.execute<{ case_id: string }>(sql`
    select case_id from asset_control_requests where id = ${id} and agency_id = ${agencyId} and status not in ('awaitingApproval', 'rejected')`);
  if (!found.rows[0]) throw requestNotFound();
  const c = (await lockCase(tx, Number(found.rows[0].case_id)))!;
  const r = await tx.execute<RequestRow>(sql`
    select q.id, q.case_id, q.party_id, q.agency_id, a.name as agency_name, q.kind, q.status, q.asset_id, q.control_id, q.amount_fen, q.receipt_attachment_id
      from asset_control_requests q join agencies a on a.id = q.agency_id where q.id = ${id} for update of q`);
  const row = r.rows[0]!;
  return { c, r: { ...row, id: Number(row.id), case_id: Number(row.case_id), party_id: Number(row.party_id), agency_id: Number(row.agency_id), asset_id: row.asset_id === null ? null : Number(row.asset_id), control_id: row.control_id === null ? null : Number(row.control_id), amount_fen: row.amount_fen === null ? null : Number(row.amount_fen) } };
}

interface Stamp {
  today: string;
  now: Date;
}

const timeline = (tx: Tx, c: CaseRow, event: string, userId: number | null, payload: Record<string, unknown>, at: Date) =>
  appendCaseEvent(tx, { caseId: c.id, event, actorId: userId, actorRole: 'agency', nodeBefore: c.node, nodeAfter: c.node, payload, at });

/** The notice to the officer of the case that an agency has acted (once per request and outcome); none without one. */
export function officerNotice(c: CaseRow, r: { id: number; kind: RequestKind; agency_name: string }, outcome: 'answered' | 'executed' | 'refused'): NewNotification[] {
  if (c.judgeId === null) return [];
  const word = { answered: ['反馈了查询结果', 'answered'], executed: ['办结了', 'executed'], refused: ['拒绝了', 'refused'] }[outcome];
  return [{
    userId: c.judgeId, courtId: c.courtId, caseId: c.id, kind: 'assetControl', link: `/cases/${c.id}?tab=execution`, dedupeKey: `assetControl:${r.id}:${outcome}`,
    title: { 'zh-CN': `查控反馈：${c.caseNumber ?? ''}`, en: `Inquiry and control: ${c.caseNumber ?? ''}` },
    body: { 'zh-CN': `${r.agency_name}${word[0]}${REQUEST_KIND_LABELS[r.kind]['zh-CN']}请求。`, en: `${r.agency_name} ${word[1]} the ${REQUEST_KIND_LABELS[r.kind].en.toLowerCase()} request.` },
  }];
}

const tellOfficer = (tx: Tx, c: CaseRow, r: { id: number; kind: RequestKind; agency_name: string }, outcome: 'answered' | 'executed' | 'refused') => notifyUsers(tx, officerNotice(c, r, outcome));

/** The assets of an answer into the case's asset list, with their source; the request keeps the answer. */
export async function recordInquiryAnswer(tx: Tx, r: Pick<RequestRow, 'id' | 'case_id' | 'party_id' | 'agency_id'>, answer: InquiryAnswer, by: number | null, s: Stamp): Promise<void> {
  const a = checkInquiryAnswer(answer);
  if (a.assets.length) {
    const col = <T>(f: (x: (typeof a.assets)[number]) => T) => sql.param(a.assets.map(f));
    await tx.execute(sql`
      insert into case_assets (case_id, party_id, kind, identifier, description, balance_fen, source, agency_id, request_id, found_on, created_by)
      select ${r.case_id}, ${r.party_id}, x.kind, x.identifier, x.description, x.balance_fen, 'inquiry', ${r.agency_id}, ${r.id}, ${s.today}::date, ${by}
        from unnest(${col((x) => x.kind)}::text[], ${col((x) => x.identifier)}::text[], ${col((x) => x.description)}::text[], ${col((x) => x.balanceFen ?? null)}::bigint[])
          as x(kind, identifier, description, balance_fen)`);
  }
  await tx.execute(sql`
    update asset_control_requests set status = 'answered', answer = ${JSON.stringify({ found: a.assets.length > 0, ...a })}::jsonb, answered_on = ${s.today}::date,
           answered_by = ${by}, answered_at = ${s.now.toISOString()}::timestamptz where id = ${r.id}`);
}

export async function answerInquiry(tx: Tx, actor: Actor, id: number, answer: InquiryAnswer, s: Stamp): Promise<void> {
  const { c, r } = await lockedAgencyRequest(tx, actor, id);
  nextStatus(r.status, 'answer', r.kind);
  await recordInquiryAnswer(tx, r, answer, actor.userId, s);
  await timeline(tx, c, 'assetInquiryAnswered', actor.userId, { requestId: id, agency: r.agency_name, assets: answer.assets.length }, s.now);
  await tellOfficer(tx, c, r, 'answered');
}

export async function executeControl(tx: Tx, actor: Actor, id: number, input: { executedOn?: string | undefined; amountFen?: number | undefined; receiptAttachmentId?: number | undefined; note?: string | undefined }, s: Stamp): Promise<void> {
  const { c, r } = await lockedAgencyRequest(tx, actor, id);
  nextStatus(r.status, 'execute', r.kind);
  const executedOn = input.executedOn ?? s.today;
  if (executedOn > s.today) throw new AppError(422, 'DATE_IN_FUTURE', '办理日期不能晚于今天。', 'The day executed cannot be after today.', { field: '/executedOn' });
  const amountFen = input.amountFen ?? r.amount_fen;
  if (r.kind === 'deduct' && r.amount_fen !== null && amountFen! > r.amount_fen) throw new AppError(422, 'CONTROL_AMOUNT_EXCEEDED', '扣划金额不能超过裁定的金额。', 'The amount deducted cannot exceed the amount ruled.', { field: '/amountFen' });
  const touched = await applyExecutedControl(tx, c, { id: r.id, kind: r.kind as ControlKind, partyId: r.party_id, agencyId: r.agency_id, agencyName: r.agency_name, assetId: r.asset_id!, controlId: r.control_id, amountFen: r.amount_fen }, executedOn, amountFen, s.today, actor.userId);
  if (input.receiptAttachmentId !== undefined) await fileReceipt(tx, actor, c, r, input.receiptAttachmentId);
  await tx.execute(sql`
    update asset_control_requests set status = 'executed', answer = ${JSON.stringify({ executedOn, amountFen, note: input.note?.trim() || null, ...touched })}::jsonb,
           answered_on = ${executedOn}::date, answered_by = ${actor.userId}, answered_at = ${s.now.toISOString()}::timestamptz,
           control_id = coalesce(control_id, ${touched.controlId ?? null}::bigint), ledger_entry_id = ${touched.ledgerEntryId ?? null}::bigint where id = ${id}`);
  await timeline(tx, c, 'assetControlExecuted', actor.userId, { requestId: id, agency: r.agency_name, kind: REQUEST_KIND_LABELS[r.kind]['zh-CN'], executedOn, amountFen, ...touched }, s.now);
  await tellOfficer(tx, c, r, 'executed');
}

export async function refuseRequest(tx: Tx, actor: Actor, id: number, reason: string, s: Stamp): Promise<void> {
  const { c, r } = await lockedAgencyRequest(tx, actor, id);
  nextStatus(r.status, 'refuse', r.kind);
  await tx.execute(sql`
    update asset_control_requests set status = 'refused', refusal_reason = ${reason.trim()}, answered_on = ${s.today}::date, answered_by = ${actor.userId},
           answered_at = ${s.now.toISOString()}::timestamptz where id = ${id}`);
  await timeline(tx, c, 'assetControlRefused', actor.userId, { requestId: id, agency: r.agency_name, reason: reason.trim() }, s.now);
  await tellOfficer(tx, c, r, 'refused');
}

/** The agency's e-sealed receipt (回执): its own upload, a PDF, filed once with the case. */
async function fileReceipt(tx: Tx, actor: Actor, c: CaseRow, r: RequestRow, attachmentId: number): Promise<void> {
  if (r.receipt_attachment_id !== null) throw new AppError(409, 'RECEIPT_ALREADY_FILED', '该请求已上传回执。', 'A receipt is already filed for this request.');
  const a = await tx.execute<{ mime_type: string }>(sql`select mime_type from attachments where id = ${attachmentId} and uploaded_by = ${actor.userId} and case_id is null`);
  if (!a.rows[0]) throw new AppError(422, 'ATTACHMENT_INVALID', '回执文件不存在或不是您上传的，请重新上传。', 'The receipt file does not exist or is not yours; upload it again.', { field: '/attachmentId' });
  if (a.rows[0].mime_type !== 'application/pdf') throw new AppError(422, 'RECEIPT_NOT_PDF', '回执须为加盖电子签章的 PDF 文件。', 'The receipt must be an e-sealed PDF.', { field: '/attachmentId' });
  await claimAttachments(tx, c.id, actor, [attachmentId], { category: 'agencyReceipt' });
  await tx.execute(sql`update asset_control_requests set receipt_attachment_id = ${attachmentId} where id = ${r.id}`);
}

export async function attachReceipt(tx: Tx, actor: Actor, id: number, attachmentId: number): Promise<void> {
  const { c, r } = await lockedAgencyRequest(tx, actor, id);
  await fileReceipt(tx, actor, c, r, attachmentId);
}
