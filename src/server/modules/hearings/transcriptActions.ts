// Writing, finalising, signing and correcting a hearing's record. Each is one transaction under the case's row lock,
// with its timeline entry (and so its transparency-log leaf: a signature's entry holds the signer and the hash).
import { sql } from 'drizzle-orm';
import { checkSections, isFullySigned, TRANSCRIPT_SECTIONS, type TranscriptSection } from '../../../domain/hearings/transcript';
import type { Role } from '../../../domain/roles/roles';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { appendCaseEvent } from '../cases/caseRecord';
import { recorderRole, requireRecorder, type HearingAccess } from './hearingAccess';
import { fileTranscript } from './transcriptFiling';
import { partiesOf, transcriptHash, transcriptNotFound, transcriptOf, type TranscriptRow } from './transcriptStore';

const KNOWN_KEYS = new Set<string>(TRANSCRIPT_SECTIONS.map((s) => s.key));

export async function timeline(tx: Tx, a: HearingAccess, actor: Actor, role: Role | null, event: string, payload: Record<string, unknown>, now: Date): Promise<number> {
  const seq = await appendCaseEvent(tx, { caseId: a.c.id, event, actorId: actor.userId, actorRole: role, nodeBefore: a.c.node, nodeAfter: a.c.node, payload: { hearingId: a.hearing.id, ...payload }, at: now });
  const r = await tx.execute<{ id: string }>(sql`select id from case_events where case_id = ${a.c.id} and seq = ${seq}`);
  return Number(r.rows[0]!.id);
}

function sectionsOf(input: readonly TranscriptSection[]): TranscriptSection[] {
  const checked = checkSections(input);
  const unknown = checked.filter((s) => !KNOWN_KEYS.has(s.key)).map((s) => s.key);
  if (unknown.length) throw new AppError(422, 'TRANSCRIPT_SECTIONS_INVALID', `笔录栏目不存在：${unknown.join('、')}。`, `Unknown transcript sections: ${unknown.join(', ')}.`, { unknown });
  return checked;
}

const changed = (expected: number, actual: number) =>
  new AppError(409, 'TRANSCRIPT_CHANGED', '笔录已被他人修改，请刷新后再编辑。', 'Someone else changed the transcript; reload it before editing.', { expectedVersion: expected, version: actual });

/** Saves a draft; the first save creates the record (expectedVersion 0). */
export async function saveDraft(tx: Tx, a: HearingAccess, actor: Actor, body: { sections: TranscriptSection[]; expectedVersion: number }): Promise<void> {
  requireRecorder(a);
  if (a.hearing.status === 'postponed') throw new AppError(422, 'HEARING_POSTPONED', '该次开庭已延期，请在新的开庭排期下制作笔录。', 'This hearing was postponed; write the record under the new one.');
  const sections = sectionsOf(body.sections);
  const t = await transcriptOf(tx, a.hearing.id);
  const current = t?.version ?? 0;
  if (current !== body.expectedVersion) throw changed(body.expectedVersion, current);
  if (t && t.status !== 'draft') throw new AppError(409, 'TRANSCRIPT_FINALISED', '笔录已定稿，不能再修改；如需更正，请通过补正程序。', 'The transcript is final; corrections go through an objection.');
  const json = JSON.stringify(sections);
  const saved = t
    ? await tx.execute<{ id: string; version: number }>(sql`update hearing_transcripts set sections = ${json}::jsonb, version = version + 1, updated_by = ${actor.userId}, updated_at = now() where id = ${t.id} returning id, version`)
    : await tx.execute<{ id: string; version: number }>(sql`
        insert into hearing_transcripts (hearing_id, case_id, status, version, revision, sections, updated_by)
        values (${a.hearing.id}, ${a.c.id}, 'draft', 1, 1, ${json}::jsonb, ${actor.userId}) returning id, version`);
  const row = saved.rows[0]!;
  await tx.execute(sql`insert into hearing_transcript_versions (transcript_id, version, revision, sections, saved_by) values (${row.id}, ${row.version}, ${t?.revision ?? 1}, ${json}::jsonb, ${actor.userId})`);
}

async function requireTranscript(tx: Tx, a: HearingAccess): Promise<TranscriptRow> {
  const t = await transcriptOf(tx, a.hearing.id);
  if (!t) throw transcriptNotFound();
  return t;
}

/** Locks the text: its SHA-256 is what the participants sign (CPL-2023 art 150). */
export async function finalise(tx: Tx, a: HearingAccess, actor: Actor, expectedVersion: number, now: Date): Promise<void> {
  requireRecorder(a);
  if (a.hearing.status !== 'held') throw new AppError(422, 'HEARING_NOT_HELD', '请先记录开庭，再将笔录定稿。', 'Record the hearing as held before finalising its transcript.');
  const t = await requireTranscript(tx, a);
  if (t.version !== expectedVersion) throw changed(expectedVersion, t.version);
  if (t.status !== 'draft') throw new AppError(409, 'TRANSCRIPT_FINALISED', '笔录已定稿。', 'The transcript is already final.');
  const sha256 = transcriptHash(a.c.caseNumber, a.hearing.id, t.revision, t.sections);
  await tx.execute(sql`update hearing_transcripts set status = 'finalised', sha256 = ${sha256}, finalised_at = ${now}, finalised_by = ${actor.userId}, version = version + 1, updated_at = now() where id = ${t.id}`);
  await timeline(tx, a, actor, recorderRole(a), 'hearingTranscriptFinalised', { revision: t.revision, sha256 }, now);
}

function requireSigning(t: TranscriptRow, sha256: string): void {
  if (t.status !== 'finalised') throw new AppError(409, 'TRANSCRIPT_NOT_SIGNABLE', '笔录尚未定稿或已入卷，不能签名。', 'The transcript is not open for signing.');
  if (t.sha256 !== sha256) throw new AppError(409, 'TRANSCRIPT_CHANGED', '笔录内容已更新，请重新阅读后再签名。', 'The transcript changed; read the new text before signing.', { sha256: t.sha256 });
}

/** A party (itself or its agent) or the court signs the current revision's hash; the last signature files it. */
export async function sign(tx: Tx, deps: Deps, a: HearingAccess, actor: Actor, body: { sha256: string; partyId?: number | undefined }, now: Date): Promise<void> {
  const t = await requireTranscript(tx, a);
  requireSigning(t, body.sha256);
  const litigant = a.relation.roles.find((r) => r === 'party' || r === 'lawyer');
  let partyId: number | null = null;
  let role: Role;
  if (litigant) {
    const mine = body.partyId === undefined ? (a.relation.partyIds.length === 1 ? a.relation.partyIds[0]! : undefined) : a.relation.partyIds.find((p) => p === body.partyId);
    if (mine === undefined) throw new AppError(422, 'TRANSCRIPT_SIGNER_PARTY', '请选择您本人或被代理的当事人签名。', 'Choose the party you are, or represent, to sign for.');
    partyId = mine;
    role = litigant;
  } else {
    const court = a.relation.roles.find((r) => r === 'judge' || r === 'courtClerk') ?? (a.relation.isStaffOfCourt && a.hearing.clerkId === actor.userId ? 'courtClerk' : undefined);
    if (!court) throw new AppError(403, 'TRANSCRIPT_SIGN_FORBIDDEN', '只有当事人（或其代理人）和本案法官、书记员可以在笔录上签名。', 'Only the parties (or their agents) and the judge or clerk sign the transcript.');
    role = court;
  }
  const done = await tx.execute(sql`select 1 from hearing_transcript_signatures where transcript_id = ${t.id} and revision = ${t.revision} and party_id is not distinct from ${partyId}`);
  if (done.rows.length) throw new AppError(409, 'TRANSCRIPT_ALREADY_SIGNED', '该方已在本次笔录上签名。', 'This side has already signed this transcript.');
  const party = partyId === null ? null : (await partiesOf(tx, a.c.id)).find((p) => p.id === partyId);
  const eventId = await timeline(tx, a, actor, role, 'hearingTranscriptSigned', { revision: t.revision, sha256: t.sha256, signerId: actor.userId, signerName: actor.displayName, role, partyId, partyName: party?.name ?? null }, now);
  await tx.execute(sql`
    insert into hearing_transcript_signatures (transcript_id, revision, sha256, signer_id, party_id, role, case_event_id, signed_at)
    values (${t.id}, ${t.revision}, ${t.sha256}, ${actor.userId}, ${partyId}, ${role}, ${eventId}, ${now})`);
  const sigs = await tx.execute<{ party_id: string | null }>(sql`select party_id from hearing_transcript_signatures where transcript_id = ${t.id} and revision = ${t.revision}`);
  const parties = await partiesOf(tx, a.c.id);
  if (isFullySigned({ partyIds: parties.map((p) => p.id) }, sigs.rows.map((s) => ({ partyId: s.party_id === null ? null : Number(s.party_id) })))) {
    await fileTranscript(tx, deps, a, actor, role, now);
  }
}

/** 申请补正 (CPL-2023 art 150): a party says the record is wrong; the clerk corrects or declines. */
export async function object(tx: Tx, a: HearingAccess, actor: Actor, body: { text: string; partyId?: number | undefined }, now: Date): Promise<number> {
  const litigant = a.relation.roles.find((r) => r === 'party' || r === 'lawyer');
  if (!litigant) throw new AppError(403, 'TRANSCRIPT_OBJECTION_FORBIDDEN', '只有当事人（或其代理人）可以申请补正笔录。', 'Only a party (or its agent) asks for a correction of the transcript.');
  const t = await requireTranscript(tx, a);
  if (t.status !== 'finalised') throw new AppError(409, 'TRANSCRIPT_NOT_SIGNABLE', '笔录尚未定稿或已入卷，不能申请补正。', 'The transcript is not open for signing or correction.');
  const partyId = body.partyId === undefined ? (a.relation.partyIds[0] ?? null) : (a.relation.partyIds.find((p) => p === body.partyId) ?? null);
  if (partyId === null) throw new AppError(422, 'TRANSCRIPT_SIGNER_PARTY', '请选择您本人或被代理的当事人。', 'Choose the party you are, or represent.');
  const r = await tx.execute<{ id: string }>(sql`
    insert into hearing_transcript_objections (transcript_id, revision, party_id, raised_by, text, status) values (${t.id}, ${t.revision}, ${partyId}, ${actor.userId}, ${body.text.trim()}, 'open') returning id`);
  const id = Number(r.rows[0]!.id);
  await timeline(tx, a, actor, litigant, 'hearingTranscriptObjected', { revision: t.revision, objectionId: id, partyId, text: body.text.trim() }, now);
  return id;
}

/** The clerk corrects (a new revision: its hash changes and every signature is asked again) or declines with reasons. */
export async function resolveObjection(tx: Tx, a: HearingAccess, actor: Actor, objectionId: number, body: { decision: 'correct' | 'decline'; resolution: string; sections?: TranscriptSection[] | undefined }, now: Date): Promise<void> {
  requireRecorder(a);
  const t = await requireTranscript(tx, a);
  const o = await tx.execute<{ status: string }>(sql`select status from hearing_transcript_objections where id = ${objectionId} and transcript_id = ${t.id} for update`);
  if (!o.rows[0]) throw new AppError(404, 'TRANSCRIPT_OBJECTION_NOT_FOUND', '补正申请不存在。', 'No such objection.');
  if (o.rows[0].status !== 'open' || t.status !== 'finalised') throw new AppError(409, 'TRANSCRIPT_OBJECTION_CLOSED', '该补正申请已处理。', 'This objection has been dealt with.');
  const role = recorderRole(a);
  if (body.decision === 'decline') {
    await tx.execute(sql`update hearing_transcript_objections set status = 'declined', resolution = ${body.resolution}, resolved_by = ${actor.userId}, resolved_at = ${now} where id = ${objectionId}`);
    await timeline(tx, a, actor, role, 'hearingTranscriptObjectionDeclined', { objectionId, resolution: body.resolution }, now);
    return;
  }
  if (!body.sections) throw new AppError(422, 'TRANSCRIPT_CORRECTION_SECTIONS', '补正笔录时请提交更正后的笔录内容。', 'A correction needs the corrected sections.');
  const sections = sectionsOf(body.sections);
  const revision = t.revision + 1;
  const sha256 = transcriptHash(a.c.caseNumber, a.hearing.id, revision, sections);
  const json = JSON.stringify(sections);
  await tx.execute(sql`
    update hearing_transcripts set sections = ${json}::jsonb, revision = ${revision}, sha256 = ${sha256}, version = version + 1, finalised_at = ${now}, finalised_by = ${actor.userId}, updated_by = ${actor.userId}, updated_at = now()
     where id = ${t.id}`);
  await tx.execute(sql`insert into hearing_transcript_versions (transcript_id, version, revision, sections, saved_by) values (${t.id}, ${t.version + 1}, ${revision}, ${json}::jsonb, ${actor.userId})`);
  await tx.execute(sql`update hearing_transcript_objections set status = 'corrected', resolution = ${body.resolution}, resolved_by = ${actor.userId}, resolved_at = ${now} where id = ${objectionId}`);
  await timeline(tx, a, actor, role, 'hearingTranscriptCorrected', { objectionId, resolution: body.resolution, revision, sha256, previousSha256: t.sha256 }, now);
}

/** The judge ends signing with a note of who refused or did not sign (CPL-2023 art 150), and the record is filed. */
export async function closeSigning(tx: Tx, deps: Deps, a: HearingAccess, actor: Actor, note: string, now: Date): Promise<void> {
  if (!a.relation.roles.includes('judge')) throw new AppError(403, 'TRANSCRIPT_CLOSE_FORBIDDEN', '只有本案法官可以结束笔录签名。', "Only the case's judge closes the signing.");
  const t = await requireTranscript(tx, a);
  if (t.status !== 'finalised') throw new AppError(409, 'TRANSCRIPT_NOT_SIGNABLE', '笔录不在签名阶段。', 'The transcript is not open for signing.');
  await tx.execute(sql`update hearing_transcripts set closing_note = ${note.trim()}, updated_at = now() where id = ${t.id}`);
  await timeline(tx, a, actor, 'judge', 'hearingTranscriptSigningClosed', { revision: t.revision, sha256: t.sha256, note: note.trim() }, now);
  await fileTranscript(tx, deps, a, actor, 'judge', now);
}
