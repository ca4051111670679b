// What every credit-sanction step shares: the 执 case of the actor's court, its debtor, the officer and 院长 checks,
// the case's timeline, notices to the court's presidents, and the documents generated from the case's data.
import { sql } from 'drizzle-orm';
import { EXECUTION_CASE_TYPES } from '../../../domain/casetypes/executionCase';
import type { BilingualMessage } from '../../../domain/errors/domainError';
import type { DocumentKind, TemplateFacts } from '../../../domain/documents/templates';
import { hasRole, type Actor } from '../../access/actor';
import type { Queryable, Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { appendCaseEvent, lockCase, type CaseRow } from '../cases/caseRecord';
import { caseFacts, recipientFacts } from '../documents/caseFacts';
import { generateDocument } from '../documents/generateDocument';
import { titleDocumentOf } from '../execution/executionNotice';
import { notifyUsers } from '../notifications/notify';

export interface Clock {
  today: string;
  now: Date;
}

export const caseGone = () => new AppError(404, 'CASE_NOT_FOUND', '案件不存在。', 'No such case.');

/** The 执/执恢 case, locked; 404 unless it is of the actor's court (every credit sanction is the court's act). */
export async function lockExecutionCase(tx: Tx, actor: Actor, caseId: number): Promise<CaseRow> {
  const c = await lockCase(tx, caseId);
  if (!c || !EXECUTION_CASE_TYPES.includes(c.caseType) || c.courtId !== actor.courtId) throw caseGone();
  return c;
}

/** Only the case's officer proposes, lifts and deletes (as for payouts). */
export function requireOfficer(c: CaseRow, actor: Actor): void {
  if (c.judgeId !== actor.userId) throw new AppError(403, 'CREDIT_NOT_OFFICER', '只有本案承办人可以办理失信、限消事项。', 'Only the officer of this case handles its credit sanctions.');
}

/** CONSUME-2010 art 5 [V]; DISHONEST art 5 [S→U]: the 院长 signs. */
export function requirePresident(actor: Actor): void {
  if (!hasRole(actor, 'president')) throw new AppError(403, 'CREDIT_PRESIDENT_REQUIRED', '限制消费令和失信决定须由院长签发。', 'The president signs restriction orders and listing decisions.');
}

export interface Debtor {
  id: number;
  name: string;
  kind: 'person' | 'organization';
  idNumber: string | null;
  userId: number | null;
}

export async function debtorOf(q: Queryable, caseId: number, partyId: number): Promise<Debtor> {
  const r = await q.execute<{ id: string; name: string; kind: 'person' | 'organization'; id_number: string | null; credit_code: string | null; user_id: number | null }>(sql`
    select id, name, kind, id_number, credit_code, user_id from case_parties where case_id = ${caseId} and id = ${partyId} and standing = 'executionDebtor'`);
  const p = r.rows[0];
  if (!p) throw new AppError(422, 'CREDIT_NOT_A_DEBTOR', '所选当事人不是本案被执行人。', 'That party is not a debtor of this case.', { field: '/partyId' });
  return { id: Number(p.id), name: p.name, kind: p.kind, idNumber: p.id_number ?? p.credit_code, userId: p.user_id };
}

export const timeline = (tx: Tx, c: CaseRow, event: string, actor: { userId: number } | null, role: string, payload: Record<string, unknown>, at: Date) =>
  appendCaseEvent(tx, { caseId: c.id, event, actorId: actor?.userId ?? null, actorRole: role, nodeBefore: c.node, nodeAfter: c.node, payload, at });

/** Tells the court's presidents that something awaits their signature (their approval queue). */
export async function notifyPresidents(tx: Tx, c: CaseRow, kind: string, id: number, title: BilingualMessage): Promise<void> {
  const r = await tx.execute<{ id: number }>(sql`select id from users where court_id = ${c.courtId} and 'president' = any(roles) and is_active`);
  await notifyUsers(
    tx,
    r.rows.map((u) => ({ userId: u.id, courtId: c.courtId, kind: 'creditApproval', title, body: { 'zh-CN': `案号：${c.caseNumber ?? ''}`, en: `Case ${c.caseNumber ?? ''}` }, link: '/execution/credit-approvals', caseId: c.id, dedupeKey: `${kind}:${id}` })),
  );
}

/** Tells the officer of a case (a deletion ground recorded by itself, a correction application). */
export async function notifyOfficer(tx: Tx, c: CaseRow, dedupeKey: string, title: BilingualMessage, body: BilingualMessage): Promise<void> {
  if (!c.judgeId) return;
  await notifyUsers(tx, [{ userId: c.judgeId, courtId: c.courtId, kind: 'creditSanction', title, body, link: `/cases/${c.id}`, caseId: c.id, dedupeKey }]);
}

/** A document of the case addressed to the debtor, filled from the case's data and the sanction's own facts. */
export async function generateCreditDocument(tx: Tx, deps: Deps, c: CaseRow, kind: DocumentKind, debtor: Debtor, own: TemplateFacts, by: number, today: string): Promise<number> {
  const { parties, ...base } = await caseFacts(tx, c, today);
  const applicants = parties.filter((p) => p.standing === 'executionApplicant').map((p) => p.name).join('、') || '____';
  const facts: TemplateFacts = { ...base, ...recipientFacts({ id: debtor.id, name: debtor.name, standing: 'executionDebtor' }), applicants, titleDocument: await titleDocumentOf(tx, c.id), ...own };
  return (await generateDocument(tx, deps, { case: c, kind, facts, partyId: debtor.id, recipientName: debtor.name, by })).attachmentId;
}

/** Ends the running period of a kind for one debtor of the case (deletion, correction, reconsideration). */
export const endPartyPeriod = (tx: Tx, caseId: number, partyId: number, kind: string, on: string, reason: string) =>
  tx.execute(sql`update case_periods set status = 'completed', completed_on = ${on}, completed_reason = ${reason}, alert_on = null, updated_at = now()
                  where case_id = ${caseId} and kind = ${kind} and party_id = ${partyId} and status = 'running'`);
