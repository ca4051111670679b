// Reading a hearing's record: the saved transcript (or the skeleton the case's data gives), the signatures of its
// current revision, the objections, and what the viewer may do with it.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Transcript } from '../../../contracts/hearings';
import { STANDING_LABELS, type Standing } from '../../../domain/appeal/appealStanding';
import { courtTime } from '../../../domain/casetypes/hearingRules';
import { HEARING_MODE_LABELS, type HearingMode } from '../../../domain/hearings/hearingSlots';
import { canonicalTranscript, missingSignatures, transcriptSkeleton, type TranscriptSection } from '../../../domain/hearings/transcript';
import type { Queryable } from '../../db/database';
import type { TranscriptSectionRow } from '../../db/schema/hearings';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import type { HearingAccess } from './hearingAccess';
import { contributionsOf, type TranscriptSkeletonSource } from './skeletonSources';

export interface TranscriptRow {
  id: number;
  status: 'draft' | 'finalised' | 'filed';
  version: number;
  revision: number;
  sections: TranscriptSectionRow[];
  sha256: string | null;
  finalisedAt: Date | null;
  closingNote: string | null;
  filedAttachmentId: number | null;
}

export interface PartyRow {
  id: number;
  name: string;
  standing: string;
}

export const transcriptNotFound = () => new AppError(404, 'TRANSCRIPT_NOT_FOUND', '该次开庭尚无可查看的庭审笔录。', 'This hearing has no transcript you can read yet.');

export function standingLabel(standing: string): string {
  return STANDING_LABELS[standing as Standing]?.['zh-CN'] ?? standing;
}

export async function transcriptOf(q: Queryable, hearingId: number): Promise<TranscriptRow | null> {
  const r = await q.execute<{ id: string; status: TranscriptRow['status']; version: number; revision: number; sections: TranscriptSectionRow[]; sha256: string | null; finalised_at: Date | null; closing_note: string | null; filed_attachment_id: string | null }>(
    sql`select id, status, version, revision, sections, sha256, finalised_at, closing_note, filed_attachment_id from hearing_transcripts where hearing_id = ${hearingId}`,
  );
  const t = r.rows[0];
  if (!t) return null;
  return {
    id: Number(t.id),
    status: t.status,
    version: t.version,
    revision: t.revision,
    sections: t.sections,
    sha256: t.sha256,
    finalisedAt: t.finalised_at ? new Date(t.finalised_at) : null,
    closingNote: t.closing_note,
    filedAttachmentId: t.filed_attachment_id === null ? null : Number(t.filed_attachment_id),
  };
}

export async function partiesOf(q: Queryable, caseId: number): Promise<PartyRow[]> {
  const r = await q.execute<{ id: string; name: string; standing: string }>(sql`select id, name, standing from case_parties where case_id = ${caseId} order by ordinal, id`);
  return r.rows.map((p) => ({ id: Number(p.id), name: p.name, standing: p.standing }));
}

/** SHA-256 of the canonical text of one revision. */
export function transcriptHash(caseNumber: string | null, hearingId: number, revision: number, sections: readonly TranscriptSection[]): string {
  return createHash('sha256').update(canonicalTranscript({ caseNumber, hearingId, revision }, sections), 'utf8').digest('hex');
}

/** The first draft from the case's data and the registered sources. */
export async function skeletonFor(q: Queryable, deps: Deps, a: HearingAccess, sources: readonly TranscriptSkeletonSource[]): Promise<TranscriptSection[]> {
  const { c, hearing } = a;
  const facts = await q.execute<{ court: string; cause: string | null; judges: string[] | null; clerk: string | null }>(sql`
    select (select name from courts where id = ${c.courtId}) as court, (select name from causes where id = ${c.causeId}) as cause,
           (select array_agg(u.display_name order by p.role <> 'presiding', p.role <> 'sole', u.id) from case_panel p join users u on u.id = p.user_id where p.case_id = ${c.id}) as judges,
           (select display_name from users where id = ${hearing.clerkId}) as clerk`);
  const agents = await q.execute<{ party_id: string; name: string }>(sql`select a.party_id, u.display_name as name from case_agents a join users u on u.id = a.user_id where a.case_id = ${c.id} order by a.id`);
  const defences = await q.execute<{ name: string | null; summary: string | null }>(sql`
    select payload->>'name' as name, payload->>'summary' as summary from case_events where case_id = ${c.id} and event = 'fileDefence' order by seq`);
  const f = facts.rows[0]!;
  const parties = await partiesOf(q, c.id);
  const contributions = await contributionsOf(q, sources, { caseId: c.id, hearingId: hearing.id }, (name, e) => deps.log.warn({ err: e, source: name }, 'transcript skeleton source failed'));
  return transcriptSkeleton({
    caseNumber: c.caseNumber,
    cause: f.cause,
    courtName: f.court,
    startsAt: courtTime(hearing.startsAt.toISOString(), deps.config.timeZone),
    roomName: hearing.roomName,
    modeLabel: HEARING_MODE_LABELS[hearing.mode as HearingMode]?.['zh-CN'] ?? hearing.mode,
    judges: f.judges ?? [],
    clerkName: f.clerk,
    parties: parties.map((p) => ({ id: p.id, name: p.name, standingLabel: standingLabel(p.standing), agents: agents.rows.filter((x) => Number(x.party_id) === p.id).map((x) => x.name) })),
    claims: c.claims ?? [],
    facts: c.facts ?? '',
    defences: defences.rows.map((d) => ({ partyName: d.name ?? '被告', summary: d.summary })),
    contributions,
  });
}

const isLitigant = (a: HearingAccess) => a.relation.roles.some((r) => r === 'party' || r === 'lawyer');

/** The record as the viewer may see it: a litigant sees it once finalised; the trial team from the first draft. */
export async function presentTranscript(q: Queryable, deps: Deps, a: HearingAccess, sources: readonly TranscriptSkeletonSource[], actorId: number): Promise<Transcript> {
  const t = await transcriptOf(q, a.hearing.id);
  if ((!t || t.status === 'draft') && (isLitigant(a) || !a.relation.isStaffOfCourt)) throw transcriptNotFound();
  const parties = await partiesOf(q, a.c.id);
  const sigs = t
    ? (
        await q.execute<{ id: string; revision: number; party_id: string | null; party_name: string | null; signer: string; role: string; sha256: string; signed_at: Date }>(sql`
          select s.id, s.revision, s.party_id, p.name as party_name, u.display_name as signer, s.role, s.sha256, s.signed_at
            from hearing_transcript_signatures s join users u on u.id = s.signer_id left join case_parties p on p.id = s.party_id
           where s.transcript_id = ${t.id} and s.revision = ${t.revision} order by s.signed_at, s.id`)
      ).rows
    : [];
  const objections = t
    ? (
        await q.execute<{ id: string; revision: number; party_name: string | null; raised_by: string; text: string; status: string; resolution: string | null; created_at: Date }>(sql`
          select o.id, o.revision, p.name as party_name, u.display_name as raised_by, o.text, o.status, o.resolution, o.created_at
            from hearing_transcript_objections o join users u on u.id = o.raised_by left join case_parties p on p.id = o.party_id
           where o.transcript_id = ${t.id} order by o.id`)
      ).rows
    : [];
  const missing = missingSignatures({ partyIds: parties.map((p) => p.id) }, sigs.map((s) => ({ partyId: s.party_id === null ? null : Number(s.party_id) })));
  const signing = t?.status === 'finalised';
  const isCourtSigner = a.relation.roles.includes('judge') || a.relation.roles.includes('courtClerk') || (a.relation.isStaffOfCourt && a.hearing.clerkId === actorId);
  return {
    hearingId: a.hearing.id,
    caseId: a.c.id,
    status: t?.status ?? 'none',
    version: t?.version ?? 0,
    revision: t?.revision ?? 1,
    sections: t ? t.sections : await skeletonFor(q, deps, a, sources),
    sha256: t?.sha256 ?? null,
    finalisedAt: t?.finalisedAt?.toISOString() ?? null,
    closingNote: t?.closingNote ?? null,
    filedAttachmentId: t?.filedAttachmentId ?? null,
    parties,
    signatures: sigs.map((s) => ({ id: Number(s.id), revision: s.revision, partyId: s.party_id === null ? null : Number(s.party_id), partyName: s.party_name, signerName: s.signer, role: s.role, sha256: s.sha256, signedAt: new Date(s.signed_at).toISOString() })),
    missing,
    objections: objections.map((o) => ({ id: Number(o.id), revision: o.revision, partyName: o.party_name, raisedBy: o.raised_by, text: o.text, status: o.status, resolution: o.resolution, createdAt: new Date(o.created_at).toISOString() })),
    mayEdit: a.isRecorder && (!t || t.status === 'draft'),
    maySignFor: signing ? a.relation.partyIds.filter((id) => missing.partyIds.includes(id)) : [],
    maySignForCourt: signing && isCourtSigner && missing.court,
    mayCloseSigning: signing && a.relation.roles.includes('judge'),
    mayResolve: signing && a.isRecorder,
  };
}
